import { Alert, Badge, Button, Checkbox, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core'
import type { OutboxEntry, ReplayOutcome } from '@shared/domain/outbox'
import { assertNever } from '@shared/util/assert-never'
import { IconSend } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorAlert } from '../../components/ErrorAlert'
import { errorMessage } from '../../lib/error-message'
import { discardOutboxEntry, replayOutbox } from '../../stores/project/actions'
import { useProjectStore } from '../../stores/project/store'
import { ConfirmModal } from './ConfirmModal'
import { ConflictReview } from './ConflictReview'
import { describeOperation, operationNote } from './describe-operation'
import { formatWhen } from '../../i18n/format'
import { useOutbox } from './project-queries'

/**
 * The changes waiting for the cloud, in words. Nothing is sent until the installer picks what to
 * replay; conflicts show both sides; every change can be discarded.
 */
export function OutboxView() {
  const { t } = useTranslation()
  const read = useOutbox()
  const outbox = read.data ?? []
  const lastReplay = useProjectStore((s) => s.lastReplay)
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set())
  const [replaying, setReplaying] = useState(false)
  const ids = outbox.map((e) => e.id)
  const chosen = ids.filter((id) => selected.has(id))
  const toggle = (id: number) => setSelected((s) => (s.has(id) ? new Set([...s].filter((x) => x !== id)) : new Set([...s, id])))
  const replay = async () => {
    setReplaying(true)
    await replayOutbox(chosen)
    setReplaying(false)
    setSelected(new Set())
  }
  return (
    <Stack gap="md" maw={1000}>
      <div>
        <Title order={1} size="h2">
          {t('project.outbox.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('project.outbox.intro')}
        </Text>
      </div>
      {read.appError ? (
        <ErrorAlert error={read.appError} onRetry={() => void read.refetch()} />
      ) : read.isPending ? (
        <Loader size="sm" />
      ) : outbox.length === 0 ? (
        <Text>{t('project.outbox.empty')}</Text>
      ) : (
        <Group justify="space-between">
          <Checkbox
            label={t('project.outbox.selectAll')}
            checked={chosen.length === ids.length}
            indeterminate={chosen.length > 0 && chosen.length < ids.length}
            onChange={(e) => setSelected(e.currentTarget.checked ? new Set(ids) : new Set())}
          />
          <Button leftSection={<IconSend size={16} aria-hidden />} disabled={chosen.length === 0} loading={replaying} onClick={() => void replay()}>
            {t('project.outbox.replaySelected', { count: chosen.length })}
          </Button>
        </Group>
      )}
      {outbox.map((entry) => (
        <EntryCard
          key={entry.id}
          entry={entry}
          selected={selected.has(entry.id)}
          onToggle={() => toggle(entry.id)}
          result={lastReplay?.find((r) => r.id === entry.id)}
        />
      ))}
    </Stack>
  )
}

function EntryCard(props: {
  readonly entry: OutboxEntry
  readonly selected: boolean
  readonly onToggle: () => void
  readonly result: ReplayOutcome | undefined
}) {
  const { t, i18n } = useTranslation()
  const { entry } = props
  const [confirm, setConfirm] = useState(false)
  const what = describeOperation(t, entry.operation)
  const note = operationNote(t, entry.operation, (at) => formatWhen(at, i18n.language))
  const color = entry.state === 'pending' ? 'blue' : entry.state === 'failed' ? 'red' : 'orange'
  return (
    <Paper withBorder p="md" data-testid="outbox-entry">
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Checkbox
            checked={props.selected}
            onChange={props.onToggle}
            aria-label={t('project.outbox.select', { id: entry.id })}
            label={<Text fw={600}>{what}</Text>}
          />
          <Badge color={color} variant="light">
            {t(`project.outbox.state.${entry.state}`)}
          </Badge>
        </Group>
        <Text size="xs" c="dimmed">
          {t('project.outbox.created', { time: formatWhen(entry.createdAt, i18n.language) })}
          {entry.attempts > 0 ? ` · ${t('project.outbox.attempts', { count: entry.attempts })}` : ''}
        </Text>
        {note && (
          <Text size="sm" data-testid="outbox-note">
            {note}
          </Text>
        )}
        {props.result && <ResultLine result={props.result} />}
        {entry.lastError && entry.state === 'failed' && (
          <Alert color="red" p="xs">
            <Text size="sm">{errorMessage(t, entry.lastError)}</Text>
          </Alert>
        )}
        {entry.conflict && (
          <Stack gap="xs">
            <Text size="sm" fw={600}>
              {t('project.outbox.conflictTitle')}
            </Text>
            <ConflictReview entry={entry} />
          </Stack>
        )}
        <Group justify="flex-end" gap="xs">
          <Button size="xs" variant="subtle" color="red" onClick={() => setConfirm(true)}>
            {t('project.outbox.discard')}
          </Button>
        </Group>
      </Stack>
      <ConfirmModal
        opened={confirm}
        onClose={() => setConfirm(false)}
        title={t('project.outbox.discardTitle')}
        confirm={t('project.outbox.discard')}
        onConfirm={() => void discardOutboxEntry(entry.id)}
      >
        <Text size="sm">{t('project.outbox.discardText', { what })}</Text>
      </ConfirmModal>
    </Paper>
  )
}

function ResultLine({ result }: { readonly result: ReplayOutcome }) {
  const { t } = useTranslation()
  switch (result.kind) {
    case 'applied':
      return <Text size="sm">{t('project.outbox.results.applied')}</Text>
    case 'failed':
      return <Text size="sm">{t('project.outbox.results.failed', { message: errorMessage(t, result.error) })}</Text>
    case 'conflict':
      return <Text size="sm">{t('project.outbox.results.conflict')}</Text>
    case 'skipped':
      return <Text size="sm">{t('project.outbox.results.skipped')}</Text>
    default:
      return assertNever(result, 'replay outcome')
  }
}
