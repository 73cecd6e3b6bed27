import { Button, Group, NumberInput, Paper, Stack, Text, Title } from '@mantine/core'
import { FIELD_LIMITS } from '@shared/field-limits'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorAlert } from '../../components/ErrorAlert'
import { placeError } from '../../lib/place-error'
import { useResultMutation } from '../../query/use-result-mutation'
import { setMaxRequestRate } from '../../stores/connections/actions'
import { useRequestRate } from './connection-queries'

const PLACES = { maxPerSecond: { field: 'maxPerSecond', label: 'connection.rate.max' } } as const

/**
 * The installer's ceiling on how many requests per second Fieldkey sends this connection's cloud
 * (blank: none beyond Fieldkey's own), with the rate Fieldkey is using beside it.
 */
export function RequestRateField({ connectionId }: { readonly connectionId: string }) {
  const { t } = useTranslation()
  const rate = useRequestRate(connectionId)
  const [draft, setDraft] = useState<string | number | null>(null)
  const save = useResultMutation((maxPerSecond: number | null) => setMaxRequestRate(connectionId, maxPerSecond), { onDone: () => setDraft(null) })
  const shown = draft ?? rate.data?.maxPerSecond ?? ''
  const placed = placeError(t, save.appError, PLACES)
  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    if (save.isPending) return
    save.mutate(shown === '' ? null : Number(shown))
  }
  const current = rate.data?.currentPerSecond ?? null
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        {t('connection.rate.title')}
      </Title>
      {rate.appError && <ErrorAlert error={rate.appError} onRetry={() => void rate.refetch()} />}
      {placed.alert && <ErrorAlert error={placed.alert} />}
      <Paper withBorder p="md">
        <form onSubmit={submit} data-testid="request-rate">
          <Stack gap="xs">
            <Group align="flex-end" gap="sm">
              <NumberInput
                label={t('connection.rate.max')}
                description={t('connection.rate.blank')}
                value={shown}
                onChange={setDraft}
                min={1}
                max={FIELD_LIMITS.maxRequestsPerSecond}
                clampBehavior="none"
                allowNegative={false}
                decimalScale={1}
                error={placed.inline.maxPerSecond}
                w={260}
              />
              <Button type="submit" variant="light" loading={save.isPending}>
                {t('connection.rate.save')}
              </Button>
            </Group>
            {rate.data && (
              <Text size="sm" c="dimmed" data-testid="request-rate-current">
                {current === null ? t('connection.rate.unknown') : t('connection.rate.using', { count: Math.max(1, Math.round(current)) })}
              </Text>
            )}
          </Stack>
        </form>
      </Paper>
    </Stack>
  )
}
