import { Alert, Button, Group, Loader, Modal, Progress, Stack, Text } from '@mantine/core'
import type { BulkDeleteProgress, SelectionSummary } from '@shared/people/bulk-delete'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FormError } from '../../../components/ChangeFeedback'
import { ErrorAlert } from '../../../components/ErrorAlert'
import { errorMessage } from '../../../lib/error-message'
import { type BulkDeleteTarget, useSelectionSummary } from '../people-queries'
import { onBulkDeleteProgress, useCancelBulkDelete, useStartBulkDelete } from './bulk-delete-mutations'

const ended = (p: BulkDeleteProgress) => p.state === 'finished' || p.state === 'cancelled'

/**
 * "Delete 250 staff: Ana Li, Bo Chen, Chen Wu and 247 more": main counts and names the selection
 * (a search or an import run is resolved there), then deletes it in the cloud's batches while
 * this shows how far it got, with Cancel; at the end, how many went, which could not and why,
 * and how many wait in the outbox.
 */
export function BulkDeleteDialog(props: {
  readonly target: BulkDeleteTarget
  /** The dialog's title: what is being deleted ("Delete selected staff", "Undo import of staff.csv"). */
  readonly title: string
  readonly onClose: (deleted: boolean) => void
}) {
  const { t } = useTranslation()
  const { target } = props
  const summary = useSelectionSummary(target)
  const [progress, setProgress] = useState<BulkDeleteProgress | null>(null)
  const jobId = useRef<string | null>(null)
  /** Progress that arrived before the job's id did (the first batch can end before `staff:bulkDelete` answers). */
  const early = useRef(new Map<string, BulkDeleteProgress>())

  useEffect(
    () =>
      onBulkDeleteProgress(target.kind, (p) => {
        if (jobId.current === null) early.current.set(p.jobId, p)
        else if (p.jobId === jobId.current) setProgress(p)
      }),
    [target.kind],
  )

  const start = useStartBulkDelete(target, (answer) => {
    jobId.current = answer.jobId
    const seen = early.current.get(answer.jobId)
    setProgress(seen && seen.done >= answer.done ? seen : answer)
  })
  const cancel = useCancelBulkDelete(target, (p) => setProgress((now) => (now && (ended(now) || now.done > p.done) ? now : p)))

  const finished = progress !== null && ended(progress)
  const close = () => props.onClose(progress !== null)
  return (
    <Modal opened onClose={progress === null || finished ? close : () => undefined} withCloseButton={progress === null || finished} title={props.title}>
      <Stack gap="sm" data-testid="bulk-delete">
        {progress === null ? <Confirm summary={summary.data ?? null} kind={target.kind} /> : <Running progress={progress} kind={target.kind} />}
        {summary.appError && progress === null && <ErrorAlert error={summary.appError} onRetry={() => void summary.refetch()} />}
        <FormError error={start.appError ?? cancel.appError} />
        <Group justify="flex-end">
          {progress === null && (
            <>
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button
                color="red"
                loading={start.isPending}
                disabled={start.isPending || !summary.data || summary.data.count === 0}
                onClick={() => start.mutate(undefined)}
                data-testid="bulk-delete-confirm"
              >
                {t('people.bulk.confirm', { count: summary.data?.count ?? 0, noun: t(`people.bulk.noun.${target.kind}`, { count: summary.data?.count ?? 0 }) })}
              </Button>
            </>
          )}
          {progress !== null && !finished && (
            <Button
              color="red"
              variant="light"
              loading={cancel.isPending || progress.state === 'cancelling'}
              disabled={progress.state === 'cancelling'}
              onClick={() => cancel.mutate(progress.jobId)}
            >
              {t('people.bulk.cancel')}
            </Button>
          )}
          {finished && (
            <Button onClick={close} data-autofocus>
              {t('people.bulk.close')}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  )
}

type Kind = BulkDeleteTarget['kind']

function Confirm({ summary, kind }: { readonly summary: SelectionSummary | null; readonly kind: Kind }) {
  const { t } = useTranslation()
  if (!summary) return <Loader size="sm" aria-label={t('people.loading')} />
  const noun = t(`people.bulk.noun.${kind}`, { count: summary.count })
  if (summary.count === 0) return <Text size="sm">{t('people.bulk.nothing', { noun: t(`people.bulk.noun.${kind}`, { count: 2 }) })}</Text>
  const more = summary.count - summary.firstNames.length
  const names = summary.firstNames.join(t('people.bulk.nameSeparator'))
  return (
    <>
      <Text size="sm" fw={600} data-testid="bulk-delete-summary">
        {more > 0 ? t('people.bulk.summaryMore', { count: summary.count, names, more, noun }) : t('people.bulk.summary', { count: summary.count, names, noun })}
      </Text>
      <Text size="sm">{t(`people.bulk.consequence.${kind}`)}</Text>
    </>
  )
}

function Running({ progress: p, kind }: { readonly progress: BulkDeleteProgress; readonly kind: Kind }) {
  const { t } = useTranslation()
  const finished = ended(p)
  const noun = (count: number) => t(`people.bulk.noun.${kind}`, { count })
  return (
    <>
      <Progress value={p.total === 0 ? 100 : (p.done / p.total) * 100} aria-label={t('people.bulk.progressLabel')} animated={!finished} />
      <Text size="sm" aria-live="polite" data-testid="bulk-delete-progress">
        {finished
          ? t(p.state === 'cancelled' ? 'people.bulk.cancelled' : 'people.bulk.finished', { count: p.deleted, total: p.total, noun: noun(p.total) })
          : t(p.state === 'cancelling' ? 'people.bulk.cancelling' : 'people.bulk.running', { done: p.done, total: p.total })}
      </Text>
      {p.queued > 0 && (
        <Alert color="yellow" data-testid="bulk-delete-queued">
          {t('people.bulk.queued', { count: p.queued })}
        </Alert>
      )}
      {p.failed > 0 && (
        <Alert color="red" data-testid="bulk-delete-failed">
          <Text size="sm">
            {p.failed > p.failedNames.length
              ? t('people.bulk.failedMore', {
                  count: p.failed,
                  noun: noun(p.failed),
                  names: p.failedNames.join(t('people.bulk.nameSeparator')),
                  more: p.failed - p.failedNames.length,
                })
              : t('people.bulk.failed', { count: p.failed, noun: noun(p.failed), names: p.failedNames.join(t('people.bulk.nameSeparator')) })}
          </Text>
          {p.failure && <Text size="sm">{t('people.bulk.because', { reason: errorMessage(t, p.failure) })}</Text>}
        </Alert>
      )}
      {finished && p.skipped > 0 && <Text size="sm">{t('people.bulk.skipped', { count: p.skipped, noun: noun(p.skipped) })}</Text>}
    </>
  )
}
