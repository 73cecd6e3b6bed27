import { Accordion, Alert, Button, Group, Modal, Progress, Stack, Text, Title } from '@mantine/core'
import type { AppError } from '@shared/errors'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorAlert } from '../../components/ErrorAlert'
import { resumeTracking, retryFailures, showSendsScreen } from '../../stores/sends/actions'
import { SendGridView } from './SendGridView'
import { TaskRecords } from './TaskRecords'
import { formatWhen } from '../../i18n/format'
import { progressText } from '../../i18n/labels'
import { policyText } from './labels'
import { useGrid, useRetryPlan, useSendProgress, useSendsScope } from './sends-queries'

/**
 * A batch of tasks: its name (channels and start time) from the first moment, live progress per
 * channel, then the grid and "retry failures". A task the cloud has not listed yet is named by
 * its place in the batch, never by its id.
 */
export function BatchView({ taskIds, startedAt }: { readonly taskIds: readonly string[]; readonly startedAt: number }) {
  const { t, i18n } = useTranslation()
  const scope = useSendsScope()
  const progress = useSendProgress(scope, taskIds)
  // The grid follows the records as they land: each progress report marks it stale.
  const grid = useGrid(scope, taskIds)
  const [asked, setAsked] = useState(false)
  const planRead = useRetryPlan(scope, taskIds, asked)
  const plan = asked ? (planRead.data ?? null) : null
  const [error, setError] = useState<AppError | null>(null)
  const [retrying, setRetrying] = useState(false)
  const finished = progress?.state === 'finished'
  const tasks = progress?.tasks ?? []
  const total = tasks.reduce((n, x) => n + x.task.authNum, 0)
  const done = tasks.reduce((n, x) => n + x.done, 0)
  const failed = tasks.reduce((n, x) => n + x.failed, 0)
  const retry = async () => {
    setRetrying(true)
    const r = await retryFailures(taskIds)
    setRetrying(false)
    setAsked(false)
    if (r && !r.ok) setError(r.error)
  }
  return (
    <Stack data-testid="batch-view">
      <Group justify="space-between">
        <Title order={2} size="h3">
          {finished ? t('sends.tracking.done') : t('sends.tracking.title')}
        </Title>
        <Button variant="default" onClick={() => showSendsScreen({ kind: 'tasks' })}>
          {t('sends.tasks.backToList')}
        </Button>
      </Group>
      <Text fw={600} data-testid="batch-name">
        {t('sends.tracking.batchName', { count: taskIds.length, when: formatWhen(startedAt, i18n.language) })}
      </Text>
      <Text data-testid="batch-overall">{t('sends.tracking.overall', { done, count: total, failed })}</Text>
      <Progress value={total === 0 ? (finished ? 100 : 0) : (done / total) * 100} aria-label={t('sends.tracking.overall', { done, count: total, failed })} />
      {tasks.map((x) => (
        <Group key={x.task.authTaskId} justify="space-between" data-testid="batch-task">
          <Text size="sm">
            {x.task.accessControlChannelName} · {progressText(t, x.task.progress)}
          </Text>
          <Text size="sm">{t('sends.tasks.records', { done: x.done, total: x.task.authNum, failed: x.failed })}</Text>
        </Group>
      ))}
      {progress?.state === 'stalled' && (
        <Alert color="orange">
          {t('sends.tracking.stalled')}{' '}
          <Button size="xs" variant="light" onClick={() => void resumeTracking(taskIds)}>
            {t('sends.tracking.resume')}
          </Button>
        </Alert>
      )}
      {progress?.state === 'running' && progress.error && <Text size="sm">{t('sends.tracking.pollError')}</Text>}
      {error && <ErrorAlert error={error} />}
      {asked && planRead.appError && <ErrorAlert error={planRead.appError} onRetry={() => void planRead.refetch()} />}
      {finished && (
        <Group>
          <Button color="red" variant="light" disabled={failed === 0} onClick={() => setAsked(true)}>
            {t('sends.tracking.retry')}
          </Button>
        </Group>
      )}
      <Title order={3} size="h4">
        {t('sends.tracking.grid')}
      </Title>
      {grid.appError && <ErrorAlert error={grid.appError} onRetry={() => void grid.refetch()} />}
      {grid.data && <SendGridView grid={grid.data} />}
      <Title order={3} size="h4">
        {t('sends.tracking.records')}
      </Title>
      <Accordion multiple variant="separated" data-testid="batch-records">
        {taskIds.map((id, index) => {
          const x = tasks.find((task) => task.task.authTaskId === id)
          return (
            <Accordion.Item key={id} value={id}>
              <Accordion.Control>
                {x
                  ? t('sends.tracking.recordsOf', {
                      name: x.task.accessControlChannelName,
                      device: x.task.businessDeviceName,
                      done: x.done,
                      total: x.task.authNum,
                      failed: x.failed,
                    })
                  : t('sends.tracking.waitingTask', { index: index + 1, count: taskIds.length })}
              </Accordion.Control>
              <Accordion.Panel>
                <TaskRecords taskId={id} />
              </Accordion.Panel>
            </Accordion.Item>
          )
        })}
      </Accordion>
      <Modal opened={plan !== null} onClose={() => setAsked(false)} title={t('sends.tracking.retryTitle')}>
        {plan && (
          <Stack data-testid="retry-confirm">
            {plan.batches.length === 0 && <Text>{t('sends.tracking.retryNone')}</Text>}
            {plan.batches.map((b) => (
              <Text key={b.certificates}>
                {t('sends.tracking.retryBody', {
                  policy: policyText(t, b.certificates),
                  names: b.channelNames.join(', '),
                  persons: t('sends.tracking.failedPersons', { count: b.failedPersons }),
                })}
              </Text>
            ))}
            {plan.left.length > 0 && <Text c="orange">{t('sends.tracking.retryLeft', { names: plan.left.join(', ') })}</Text>}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setAsked(false)}>
                {t('sends.wizard.cancel')}
              </Button>
              <Button disabled={plan.batches.length === 0} loading={retrying} onClick={() => void retry()} data-autofocus>
                {t('sends.tracking.retryConfirm')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  )
}
