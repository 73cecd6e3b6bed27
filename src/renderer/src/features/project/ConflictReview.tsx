import { Button, Group, List, Radio, Stack, Table, Text } from '@mantine/core'
import type { OutboxEntry } from '@shared/domain/outbox'
import type { MergeReview, ReviewField } from '@shared/merge/review'
import { overwrites, sameValue } from '@shared/merge/three-way'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorAlert } from '../../components/ErrorAlert'
import { outboxKey } from '../../query/keys'
import { useResultQuery } from '../../query/use-result-query'
import { resolveConflict, reviewConflict } from '../../stores/project/actions'
import { ConfirmModal } from './ConfirmModal'
import { useSiteZone } from '../site-zone/site-zone-queries'
import { type SiteClock, changeText, valueText } from './merge-text'

/**
 * A change that met a newer version in the cloud, field by field: what the installer changed,
 * what changed in the cloud, and what will be sent (the merge). Where both changed a field the
 * installer picks which to keep (the cloud's until they do). "Use mine for everything" first
 * says exactly what it overwrites. Kinds that cannot be merged can be kept or discarded whole.
 */
export function ConflictReview({ entry }: { readonly entry: OutboxEntry }) {
  const { t } = useTranslation()
  // Read again when the conflict is detected again (the cloud's record may have moved on).
  const read = useResultQuery([...outboxKey, 'review', entry.id, entry.conflict?.detectedAt ?? 0], () => reviewConflict(entry.id))
  if (read.appError) return <ErrorAlert error={read.appError} onRetry={() => void read.refetch()} />
  const review = read.data?.review
  if (review === undefined) return null
  if (review === null)
    return (
      <Stack gap="xs">
        <Text size="sm">{t('project.outbox.merge.cannotMerge')}</Text>
        <Group justify="flex-end">
          <Button size="xs" variant="light" onClick={() => void resolveConflict(entry.id, { kind: 'mine' })}>
            {t('project.outbox.keepMine')}
          </Button>
        </Group>
      </Stack>
    )
  return <MergeTable review={review} entry={entry} />
}

function MergeTable({ review, entry }: { readonly review: MergeReview; readonly entry: OutboxEntry }) {
  const { t } = useTranslation()
  const [keepMine, setKeepMine] = useState<ReadonlySet<string>>(new Set())
  const [confirm, setConfirm] = useState(false)
  const [now] = useState(() => Date.now())
  // Schedules read in the site's time zone; UTC (and said so) while it is not set.
  const zone = useSiteZone({ connectionId: entry.connectionId, projectId: entry.projectId }).data?.siteZone?.zone ?? 'UTC'
  const clock: SiteClock = { zone, now }
  const changed = review.fields.filter((f) => !sameValue(f.base, f.mine) || !sameValue(f.base, f.theirs))
  const lost = overwrites(changed)
  const choose = (key: string, side: string) => setKeepMine((s) => (side === 'mine' ? new Set([...s, key]) : new Set([...s].filter((k) => k !== key))))
  return (
    <Stack gap="xs" data-testid="conflict-review">
      <Text size="sm">{t('project.outbox.merge.intro')}</Text>
      <Table withTableBorder striped="odd" verticalSpacing={6}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('project.outbox.merge.columns.field')}</Table.Th>
            <Table.Th scope="col">{t('project.outbox.merge.columns.mine')}</Table.Th>
            <Table.Th scope="col">{t('project.outbox.merge.columns.theirs')}</Table.Th>
            <Table.Th scope="col">{t('project.outbox.merge.columns.result')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {changed.map((f) => (
            <Table.Tr key={f.key} data-testid="merge-field">
              <Table.Th scope="row">{t(`project.outbox.merge.field.${f.key}`)}</Table.Th>
              <Table.Td>{changeText(t, f, f.base, f.mine, review.names, clock)}</Table.Td>
              <Table.Td>{changeText(t, f, f.base, f.theirs, review.names, clock)}</Table.Td>
              <Table.Td>
                {f.conflict ? (
                  <Choice field={f} names={review.names} clock={clock} mine={keepMine.has(f.key)} onChange={(side) => choose(f.key, side)} />
                ) : (
                  <Text size="sm" fw={600}>
                    {valueText(t, f, f.merged, review.names, clock)}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group justify="flex-end" gap="xs">
        <Button size="xs" variant="default" onClick={() => setConfirm(true)}>
          {t('project.outbox.merge.useMine')}
        </Button>
        <Button size="xs" onClick={() => void resolveConflict(review.id, { kind: 'merge', keepMine: [...keepMine] })}>
          {t('project.outbox.merge.send')}
        </Button>
      </Group>
      <ConfirmModal
        opened={confirm}
        onClose={() => setConfirm(false)}
        title={t('project.outbox.merge.useMineTitle')}
        confirm={t('project.outbox.merge.useMineConfirm')}
        onConfirm={() => void resolveConflict(review.id, { kind: 'mine' })}
      >
        <Text size="sm">{t(lost.length > 0 ? 'project.outbox.merge.useMineText' : 'project.outbox.merge.useMineNothing')}</Text>
        <List size="sm" data-testid="overwrites">
          {lost.map((f) => (
            <List.Item key={f.key}>
              {t('project.outbox.merge.overwrite', {
                field: t(`project.outbox.merge.field.${f.key}`),
                change: changeText(t, f, f.theirs, f.mine, review.names, clock),
              })}
            </List.Item>
          ))}
        </List>
      </ConfirmModal>
    </Stack>
  )
}

/** A field both sides changed: the cloud's value or mine, by radio button. */
function Choice(props: {
  readonly field: ReviewField
  readonly names: MergeReview['names']
  readonly clock: SiteClock
  readonly mine: boolean
  readonly onChange: (side: string) => void
}) {
  const { t } = useTranslation()
  const { field, names, clock } = props
  return (
    <Radio.Group value={props.mine ? 'mine' : 'theirs'} onChange={props.onChange} label={t('project.outbox.merge.bothChanged')} size="xs">
      <Stack gap={4} mt={4}>
        <Radio value="theirs" label={t('project.outbox.merge.keepTheirs', { value: valueText(t, field, field.theirs, names, clock) })} />
        <Radio value="mine" label={t('project.outbox.merge.keepMine', { value: valueText(t, field, field.mine, names, clock) })} />
      </Stack>
    </Radio.Group>
  )
}
