import { Alert, Badge, Button, Group, Progress, SegmentedControl, Stack, Text } from '@mantine/core'
import type { RowCheck } from '@shared/people/import-check'
import type { RawStaffRow } from '@shared/people/import-row'
import type { BulkProgress, BulkResultsFilter, BulkRow, BulkRowResult } from '@shared/people/staff'
import type { AppError } from '@shared/errors'
import { refsOf } from '@shared/duplicates/rule-book'
import { useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../../api'
import { ErrorAlert } from '../../../components/ErrorAlert'
import { errorMessage } from '../../../lib/error-message'
import { loadStaff, showPeopleScreen } from '../../../stores/people/actions'
import type { PeopleScope } from '../../../stores/people/store'
import { VirtualRows } from '../VirtualRows'
import { sendImport } from './send-import'
import { useImportResultPages } from '../people-queries'

type Phase =
  | { readonly kind: 'sending'; readonly sent: number; readonly total: number }
  | { readonly kind: 'running'; readonly progress: BulkProgress }
  | { readonly kind: 'sendCancelled' }
  | { readonly kind: 'failed'; readonly error: AppError }

/**
 * Sends the rows that passed to main in chunks, then creates them a few at a time, with progress
 * through both, cancel, and each row's result read in pages.
 */
export function RunStep(props: {
  readonly scope: PeopleScope
  readonly checks: readonly RowCheck[]
  readonly rows: readonly RawStaffRow[]
  /** The installer kept the rows whose PIN or card someone holds: they are sent with that answer. */
  readonly keepDuplicates: boolean
  /** Kept with the import run, so the import can be found and undone by its file. */
  readonly fileName: string
}) {
  const { t } = useTranslation()
  const [phase, setPhase] = useState<Phase | null>(null)
  const [job, setJob] = useState<BulkProgress | null>(null)
  const [filter, setFilter] = useState<BulkResultsFilter>('all')
  const results = useImportResultPages(job?.jobId ?? null, filter)
  const started = useRef(false)
  const cancelled = useRef(false)
  const names = useMemo(() => new Map(props.rows.map((r) => [r.line, r.cells.name.trim()])), [props.rows])

  useEffect(() => {
    if (started.current) return
    started.current = true
    const rows: BulkRow[] = props.checks.flatMap((c) =>
      c.kind === 'ok'
        ? [{ line: c.line, draft: c.draft }]
        : c.kind === 'duplicate' && props.keepDuplicates
          ? [{ line: c.line, draft: c.draft, confirmedDuplicates: refsOf(c.duplicates) }]
          : [],
    )
    let jobId: string | null = null
    const finish = async (p: BulkProgress) => {
      setJob(p)
      await loadStaff()
    }
    const off = api.on('staff:importProgress', (p) => {
      if (p.jobId !== jobId) return
      setPhase({ kind: 'running', progress: p })
      if (p.state === 'finished' || p.state === 'cancelled') void finish(p)
    })
    setPhase({ kind: 'sending', sent: 0, total: rows.length })
    const hooks = {
      onBegun: (id: string) => void (jobId = id),
      onSent: (sent: number, total: number) => setPhase({ kind: 'sending', sent, total }),
      cancelled: () => cancelled.current,
    }
    const send = async () => {
      const outcome = await sendImport(props.scope, rows, hooks, props.fileName)
      if (outcome.kind === 'cancelled') return setPhase({ kind: 'sendCancelled' })
      if (outcome.kind === 'failed') return setPhase(outcome)
      setPhase((now) => (now?.kind === 'running' ? now : { kind: 'running', progress: outcome.progress }))
    }
    void send()
    return off
  }, [props.checks, props.scope, props.keepDuplicates, props.fileName])

  if (phase?.kind === 'failed') return <ErrorAlert error={phase.error} />
  if (phase?.kind === 'sendCancelled')
    return (
      <Stack gap="sm" mt="md" data-testid="run-step">
        <Alert color="gray" role="status" data-testid="import-send-cancelled">
          {t('people.import.sendCancelled')}
        </Alert>
        <Group>
          <Button onClick={() => showPeopleScreen({ kind: 'staffList' })}>{t('people.import.toList')}</Button>
        </Group>
      </Stack>
    )
  const progress = phase?.kind === 'running' ? phase.progress : null
  const running = progress !== null && (progress.state === 'running' || progress.state === 'cancelling')
  return (
    <Stack gap="sm" mt="md" data-testid="run-step">
      {phase?.kind === 'sending' && (
        <>
          <Progress value={phase.total === 0 ? 100 : (phase.sent / phase.total) * 100} aria-label={t('people.import.sendingLabel')} animated />
          <Text size="sm" aria-live="polite" data-testid="import-sending">
            {t('people.import.sending', { sent: phase.sent, total: phase.total })}
          </Text>
          <Group>
            <Button color="red" variant="light" onClick={() => (cancelled.current = true)}>
              {t('people.import.cancel')}
            </Button>
          </Group>
        </>
      )}
      {progress && (
        <>
          <Progress value={progress.total === 0 ? 100 : (progress.done / progress.total) * 100} aria-label={t('people.import.progress')} animated={running} />
          <Group gap="xs" aria-live="polite">
            <Text size="sm" data-testid="import-done">
              {t('people.import.doneOf', { done: progress.done, total: progress.total })}
            </Text>
            <Badge color="green" data-testid="result-created">
              {t('people.import.created', { count: progress.created })}
            </Badge>
            <Badge color="gray">{t('people.import.existing', { count: progress.existing })}</Badge>
            <Badge color="yellow">{t('people.import.queuedCount', { count: progress.queued })}</Badge>
            <Badge color="red">{t('people.import.failed', { count: progress.failed })}</Badge>
          </Group>
          {running && (
            <Group>
              <Button
                color="red"
                variant="light"
                disabled={progress.state === 'cancelling'}
                onClick={() => void api.staff.importCancel({ jobId: progress.jobId })}
              >
                {t('people.import.cancel')}
              </Button>
            </Group>
          )}
        </>
      )}
      {job && (
        <>
          <Alert color={job.failed > 0 ? 'orange' : 'green'} role="status" data-testid="import-finished">
            {t(job.state === 'cancelled' ? 'people.import.cancelledSummary' : 'people.import.finishedSummary', {
              created: job.created,
              existing: job.existing,
              queued: job.queued,
              failed: job.failed,
            })}
          </Alert>
          <Group gap="xs">
            <Text size="sm">{t('people.import.show')}</Text>
            <SegmentedControl
              size="xs"
              value={filter}
              onChange={(v) => setFilter(v as BulkResultsFilter)}
              data={(['all', 'failed', 'queued'] as const).map((f) => ({ value: f, label: t(`people.import.filter.${f}`) }))}
              data-testid="results-filter"
            />
          </Group>
          <VirtualRows
            label={t('people.import.results')}
            total={results.total ?? 0}
            rows={results.rows}
            rowHeight={36}
            height={320}
            ensure={results.ensure}
            testId="import-results"
            render={(r: BulkRowResult) => (
              <Group gap="xs" px="sm" h="100%" wrap="nowrap" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
                <Text size="xs" c="dimmed" w={64}>
                  {t('people.import.line', { line: r.line })}
                </Text>
                <Badge size="sm" variant="light" color={r.kind === 'created' ? 'green' : r.kind === 'failed' ? 'red' : r.kind === 'queued' ? 'yellow' : 'gray'}>
                  {t(`people.import.result.${r.kind}`)}
                </Badge>
                <Text size="sm" truncate>
                  {names.get(r.line)}
                  {r.kind === 'failed' ? ` — ${errorMessage(t, r.error)}` : ''}
                </Text>
              </Group>
            )}
          />
          <Group>
            <Button onClick={() => showPeopleScreen({ kind: 'staffList' })}>{t('people.import.toList')}</Button>
          </Group>
        </>
      )}
    </Stack>
  )
}
