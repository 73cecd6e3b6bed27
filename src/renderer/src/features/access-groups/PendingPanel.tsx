import { Alert, Button, Group, List, Stack, Text } from '@mantine/core'
import type { PendingGroupChange } from '@shared/domain/access-groups'
import { IconSend } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { ErrorAlert } from '../../components/ErrorAlert'
import { errorMessage } from '../../lib/error-message'
import { useResultMutation } from '../../query/use-result-mutation'
import { replayPending } from '../../stores/access-groups/actions'
import { useAccessGroupsStore } from '../../stores/access-groups/store'

/** The changes waiting in the outbox, listed for review, and one button that sends them in order. */
export function PendingPanel({ pending }: { readonly pending: readonly PendingGroupChange[] }) {
  const { t } = useTranslation()
  const lastReplay = useAccessGroupsStore((s) => s.lastReplay)
  const sending = useResultMutation((ids: readonly number[]) => replayPending(ids))
  if (pending.length === 0 && !lastReplay) return null
  const applied = lastReplay?.filter((o) => o.kind === 'applied').length ?? 0
  return (
    <Alert color="orange" title={t('accessGroups.pending.title', { count: pending.length })} data-testid="pending-panel">
      <Stack gap="xs">
        {pending.length > 0 && (
          <>
            <Text size="sm">{t('accessGroups.pending.explain')}</Text>
            <List size="sm">
              {pending.map((p) => (
                <List.Item key={p.outboxId}>
                  {t(`accessGroups.pending.line.${p.kind}`, { name: p.name })}
                  {p.lastError && ` — ${errorMessage(t, p.lastError)}`}
                  {p.state === 'conflict' && ` — ${t('accessGroups.pending.conflictHint')}`}
                </List.Item>
              ))}
            </List>
            <Group>
              <Button
                leftSection={<IconSend size={16} aria-hidden />}
                loading={sending.isPending}
                disabled={sending.isPending}
                onClick={() => sending.mutate(pending.map((p) => p.outboxId))}
              >
                {t('accessGroups.pending.send', { count: pending.length })}
              </Button>
            </Group>
          </>
        )}
        {lastReplay && lastReplay.length > 0 && (
          <Text size="sm" role="status">
            {t('accessGroups.pending.replayed', { applied, total: lastReplay.length })}
          </Text>
        )}
        {sending.appError && <ErrorAlert error={sending.appError} />}
      </Stack>
    </Alert>
  )
}
