import { Button, Checkbox, Group, Modal, Stack, Table, Text } from '@mantine/core'
import type { ShiftPlan } from '@shared/access-groups/clock-shift'
import type { AppError } from '@shared/errors'
import type { Result } from '@shared/result'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorAlert } from '../../components/ErrorAlert'
import { errorMessage } from '../../lib/error-message'
import { useResultMutation } from '../../query/use-result-mutation'
import { type ShiftOutcome, shiftGroups } from '../../stores/access-groups/actions'
import { amountText, changeDate } from './clock-words'
import { utcScheduleText, utcWindowText } from './schedule-text'

interface Props {
  readonly zone: string
  readonly plan: ShiftPlan
  readonly now: number
  /** A group was shifted (or queued): not offered again. */
  readonly onShifted: (id: string) => void
  readonly onClose: () => void
}

const landed = (outcome: Result<ShiftOutcome, AppError> | undefined): boolean => outcome?.ok === true && outcome.value.kind !== 'doorsUnknown'

/** Each group the clock change moved, old → new UTC and its site times; the ticked ones are saved again in one step. */
export function ShiftDialog({ zone, plan, now, onShifted, onClose }: Props) {
  const { t } = useTranslation()
  const [picked, setPicked] = useState<ReadonlySet<string>>(() => new Set(plan.rows.map((r) => r.group.id)))
  const [keys] = useState(() => new Map(plan.rows.map((r) => [r.group.id, crypto.randomUUID()])))
  const [outcomes, setOutcomes] = useState<ReadonlyMap<string, Result<ShiftOutcome, AppError>>>(new Map())
  const shifting = useResultMutation((requests: Parameters<typeof shiftGroups>[0]) =>
    shiftGroups(requests, plan.change.at, (id, outcome) => {
      setOutcomes((m) => new Map(m).set(id, outcome))
      if (landed(outcome)) onShifted(id)
    }),
  )
  const waiting = plan.rows.filter((r) => picked.has(r.group.id) && !landed(outcomes.get(r.group.id)))
  const amount = amountText(t, plan.change)
  const finished = shifting.data?.allShifted === true
  const toggle = (id: string) =>
    setPicked((s) => {
      const next = new Set(s)
      if (next.has(id)) next.delete(id)
      else next.add(id)
      return next
    })
  const outcomeText = (outcome: Result<ShiftOutcome, AppError>): string => {
    if (!outcome.ok) return t('accessGroups.clock.outcome.failed', { reason: errorMessage(t, outcome.error) })
    if (outcome.value.kind === 'doorsUnknown') return t('accessGroups.clock.outcome.doorsUnknown')
    return t(outcome.value.kind === 'queued' ? 'accessGroups.clock.outcome.queued' : 'accessGroups.clock.outcome.saved')
  }
  return (
    <Modal opened onClose={onClose} size="xl" title={t('accessGroups.clock.title', { date: changeDate(zone, plan.change) })}>
      <Stack gap="sm" data-testid="shift-dialog">
        <Text size="sm">{t('accessGroups.clock.intro')}</Text>
        <Table withTableBorder striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('accessGroups.clock.group')}</Table.Th>
              <Table.Th scope="col">{t('accessGroups.clock.siteNow')}</Table.Th>
              <Table.Th scope="col">{t('accessGroups.clock.siteAfter')}</Table.Th>
              <Table.Th scope="col">{t('accessGroups.clock.utc')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {plan.rows.map(({ group, after }) => {
              const outcome = outcomes.get(group.id)
              return (
                <Table.Tr key={group.id} data-testid="shift-row">
                  <Table.Td>
                    <Checkbox
                      label={group.name}
                      aria-label={t('accessGroups.clock.pick', { name: group.name })}
                      checked={picked.has(group.id)}
                      disabled={shifting.isPending || landed(outcome)}
                      onChange={() => toggle(group.id)}
                    />
                    {outcome && (
                      <Text size="xs" c={landed(outcome) ? 'green' : 'red'} role={landed(outcome) ? undefined : 'alert'}>
                        {outcomeText(outcome)}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{utcScheduleText(t, group.schedule, zone, now)}</Table.Td>
                  <Table.Td>{utcScheduleText(t, after, zone, now)}</Table.Td>
                  <Table.Td>{t('accessGroups.clock.utcChange', { before: utcWindowText(t, group.schedule), after: utcWindowText(t, after) })}</Table.Td>
                </Table.Tr>
              )
            })}
          </Table.Tbody>
        </Table>
        {shifting.appError && <ErrorAlert error={shifting.appError} />}
        {finished && (
          <Text size="sm" c="green" role="status">
            {t('accessGroups.clock.done', { count: outcomes.size })}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('accessGroups.close')}
          </Button>
          {!finished && (
            <Button
              loading={shifting.isPending}
              disabled={waiting.length === 0}
              onClick={() => shifting.mutate(waiting.map((r) => ({ id: r.group.id, after: r.after, intentKey: keys.get(r.group.id) ?? crypto.randomUUID() })))}
            >
              {t('accessGroups.clock.shift', { count: waiting.length, amount })}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  )
}
