import { Anchor, Button, Group, Select, Stack, Text } from '@mantine/core'
import type { TaskOutcomeFilter, TasksFilter, TrackedTask } from '@shared/sends/types'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { refreshTasks, showSendsScreen } from '../../stores/sends/actions'
import { ErrorAlert } from '../../components/ErrorAlert'
import { formatWhen } from '../../i18n/format'
import { outcomeText, progressText, sendKindText } from '../../i18n/labels'
import { VirtualTable } from './VirtualTable'
import { useSendsScope, useTaskPages } from './sends-queries'
import { SearchInput } from '../../components/SearchInput'

const OUTCOMES: readonly TaskOutcomeFilter[] = ['succeeded', 'partial', 'failed', 'terminated']

/** Running and finished tasks from the cache with the seed's filters; a row opens its results. */
export function TaskList() {
  const { t, i18n } = useTranslation()
  const [filter, setFilter] = useState<TasksFilter>({})
  const { total, rows, error, ensure } = useTaskPages(useSendsScope(), filter)
  return (
    <Stack data-testid="task-list">
      <Group align="end" wrap="wrap">
        <SearchInput label={t('sends.tasks.search')} value={filter.search ?? ''} onSearch={(search) => setFilter({ ...filter, search })} w={220} />
        <Select
          label={t('sends.tasks.state')}
          placeholder={t('sends.tasks.any')}
          clearable
          w={140}
          value={filter.state ?? null}
          onChange={(v) => setFilter({ ...filter, state: v === 'running' || v === 'finished' ? v : undefined })}
          data={[
            { value: 'running', label: t('sends.tasks.running') },
            { value: 'finished', label: t('sends.tasks.finished') },
          ]}
        />
        <Select
          label={t('sends.tasks.kind')}
          placeholder={t('sends.tasks.any')}
          clearable
          w={170}
          value={filter.kind ?? null}
          onChange={(v) => setFilter({ ...filter, kind: v === 'full' || v === 'increment' ? v : undefined })}
          data={[
            { value: 'increment', label: t('sends.kind.increment') },
            { value: 'full', label: t('sends.kind.full') },
          ]}
        />
        <Select
          label={t('sends.tasks.outcome')}
          placeholder={t('sends.tasks.any')}
          clearable
          w={170}
          value={filter.outcome ?? null}
          onChange={(v) => setFilter({ ...filter, outcome: OUTCOMES.find((o) => o === v) })}
          data={OUTCOMES.map((o) => ({ value: o, label: t(`sends.tasks.outcomes.${o}`) }))}
        />
        <Button variant="default" onClick={() => void refreshTasks()}>
          {t('sends.tasks.refresh')}
        </Button>
      </Group>
      {error && <ErrorAlert error={error} />}
      {total !== null && (
        <Text size="sm" c="dimmed">
          {t('sends.tasks.matching', { count: total })}
        </Text>
      )}
      {total === 0 && <Text c="dimmed">{t('sends.tasks.empty')}</Text>}
      {total !== null && total > 0 && (
        <VirtualTable<TrackedTask>
          label={t('sends.tasks.tableLabel')}
          testId="tasks-table"
          rowTestId="task-row"
          total={total}
          row={(i) => rows.get(i)}
          rowKey={(x) => x.task.authTaskId}
          rowHeight={56}
          maxHeight={560}
          ensure={ensure}
          columns={[
            { key: 'channel', width: 'minmax(0, 1.6fr)', header: t('sends.tasks.channel') },
            { key: 'kind', width: 'minmax(0, 0.9fr)', header: t('sends.tasks.kind') },
            { key: 'started', width: 'minmax(0, 1.1fr)', header: t('sends.tasks.started') },
            { key: 'progress', width: 'minmax(0, 1.8fr)', header: t('sends.tasks.progress') },
            { key: 'result', width: 'minmax(0, 1fr)', header: t('sends.tasks.result') },
          ]}
          cells={(x) => ({
            channel: (
              <>
                <Anchor
                  component="button"
                  type="button"
                  size="sm"
                  onClick={() => showSendsScreen({ kind: 'batch', taskIds: [x.task.authTaskId], startedAt: x.task.taskStartTime })}
                  aria-label={t('sends.tasks.open', { name: x.task.accessControlChannelName })}
                >
                  {x.task.accessControlChannelName}
                </Anchor>
                <Text size="xs" c="dimmed" truncate>
                  {x.task.businessDeviceName}
                </Text>
              </>
            ),
            kind: sendKindText(t, x.task.kind),
            started: formatWhen(x.task.taskStartTime, i18n.language),
            progress: `${progressText(t, x.task.progress)} · ${t('sends.tasks.records', { done: x.done, total: x.task.authNum, failed: x.failed })}`,
            result: outcomeText(t, x.task.outcome),
          })}
        />
      )}
    </Stack>
  )
}
