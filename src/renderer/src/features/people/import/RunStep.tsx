import { Alert, Badge, Button, Group, Progress, Stack, Text } from '@mantine/core'
import type { RowCheck } from '@shared/people/import-check'
import type { RawStaffRow } from '@shared/people/import-row'
import type { BulkJob, BulkProgress, BulkRow, BulkRowResult } from '@shared/people/staff'
import type { AppError } from '@shared/errors'
import { useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../../api'
import { ErrorAlert } from '../../../components/ErrorAlert'
import { errorMessage } from '../../../lib/error-message'
import { loadStaff, showPeopleScreen } from '../../../stores/people/actions'
import type { PeopleScope } from '../../../stores/people/store'
import { VirtualRows } from '../VirtualRows'

/** Sends the rows that passed, a few at a time, with progress, cancel, and each row's result. */
export function RunStep(props: { readonly scope: PeopleScope; readonly checks: readonly RowCheck[]; readonly rows: readonly RawStaffRow[] }) {
  const { t } = useTranslation()
  const [progress, setProgress] = useState<BulkProgress | null>(null)
  const [job, setJob] = useState<BulkJob | null>(null)
  const [error, setError] = useState<AppError | null>(null)
  const started = useRef(false)
  const names = useMemo(() => new Map(props.rows.map((r) => [r.line, r.cells.name.trim()])), [props.rows])

  useEffect(() => {
    if (started.current) return
    started.current = true
    const rows: BulkRow[] = props.checks.flatMap((c) => (c.kind === 'ok' ? [{ line: c.line, draft: c.draft }] : []))
    let jobId: string | null = null
    const finish = async (id: string) => {
      const result = await api.people.bulkJob({ jobId: id })
      if (result.ok) setJob(result.value)
      await loadStaff()
    }
    const off = api.on('people:bulkProgress', (p) => {
      if (p.jobId !== jobId) return
      setProgress(p)
      if (p.state === 'finished' || p.state === 'cancelled') void finish(p.jobId)
    })
    void api.people.bulkStart({ ...props.scope, rows }).then((result) => {
      if (!result.ok) return setError(result.error)
      jobId = result.value.jobId
      setProgress(result.value)
    })
    return off
  }, [props.checks, props.scope])

  if (error) return <ErrorAlert error={error} />
  const running = progress !== null && (progress.state === 'running' || progress.state === 'cancelling')
  const results = job?.results ?? []
  return (
    <Stack gap="sm" mt="md" data-testid="run-step">
      {progress && (
        <>
          <Progress value={progress.total === 0 ? 100 : (progress.done / progress.total) * 100} aria-label={t('people.import.progress')} animated={running} />
          <Group gap="xs" aria-live="polite">
            <Text size="sm">{t('people.import.doneOf', { done: progress.done, total: progress.total })}</Text>
            <Badge color="green" data-testid="result-created">
              {t('people.import.created', { count: progress.created })}
            </Badge>
            <Badge color="gray">{t('people.import.existing', { count: progress.existing })}</Badge>
            <Badge color="yellow">{t('people.import.queuedCount', { count: progress.queued })}</Badge>
            <Badge color="red">{t('people.import.failed', { count: progress.failed })}</Badge>
          </Group>
          {running && (
            <Group>
              <Button color="red" variant="light" disabled={progress.state === 'cancelling'} onClick={() => void api.people.bulkCancel({ jobId: progress.jobId })}>
                {t('people.import.cancel')}
              </Button>
            </Group>
          )}
        </>
      )}
      {job && (
        <>
          <Alert color={job.failed > 0 ? 'orange' : 'green'} role="status" data-testid="import-finished">
            {t(job.state === 'cancelled' ? 'people.import.cancelledSummary' : 'people.import.finishedSummary', { created: job.created, existing: job.existing, queued: job.queued, failed: job.failed })}
          </Alert>
          <VirtualRows
            label={t('people.import.results')}
            total={results.length}
            rows={new Map(results.map((r, i) => [i, r]))}
            rowHeight={36}
            height={320}
            ensure={() => undefined}
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
