import { Anchor, Button, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core'
import type { TaskOutcomeFilter, TasksFilter, TasksPage } from '@shared/sends/types'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { loadTasks, refreshTasks, showSendsScreen } from '../../stores/sends/actions'
import { formatWhen } from '../project/format'
import { outcomeText, progressText } from './labels'

const OUTCOMES: readonly TaskOutcomeFilter[] = ['succeeded', 'partial', 'failed', 'terminated']

/** Running and finished tasks from the cache with the seed's filters; a row opens its results. */
export function TaskList() {
  const { t, i18n } = useTranslation()
  const [filter, setFilter] = useState<TasksFilter>({})
  const [page, setPage] = useState<TasksPage | null>(null)
  const [stamp, setStamp] = useState(0)
  useEffect(() => {
    void loadTasks(filter, 0, 200).then((r) => r?.ok && setPage(r.value))
  }, [filter, stamp])
  return (
    <Stack data-testid="task-list">
      <Group align="end" wrap="wrap">
        <TextInput label={t('sends.tasks.search')} value={filter.search ?? ''} onChange={(e) => setFilter({ ...filter, search: e.currentTarget.value })} w={220} />
        <Select label={t('sends.tasks.state')} placeholder={t('sends.tasks.any')} clearable w={140} value={filter.state ?? null} onChange={(v) => setFilter({ ...filter, state: v === 'running' || v === 'finished' ? v : undefined })} data={[{ value: 'running', label: t('sends.tasks.running') }, { value: 'finished', label: t('sends.tasks.finished') }]} />
        <Select label={t('sends.tasks.kind')} placeholder={t('sends.tasks.any')} clearable w={170} value={filter.kind ?? null} onChange={(v) => setFilter({ ...filter, kind: v === 'full' || v === 'increment' ? v : undefined })} data={[{ value: 'increment', label: t('sends.kind.increment') }, { value: 'full', label: t('sends.kind.full') }]} />
        <Select label={t('sends.tasks.outcome')} placeholder={t('sends.tasks.any')} clearable w={170} value={filter.outcome ?? null} onChange={(v) => setFilter({ ...filter, outcome: OUTCOMES.find((o) => o === v) })} data={OUTCOMES.map((o) => ({ value: o, label: t(`sends.tasks.outcomes.${o}`) }))} />
        <Button variant="default" onClick={() => void refreshTasks().then(() => setStamp(stamp + 1))}>
          {t('sends.tasks.refresh')}
        </Button>
      </Group>
      {page && <Text size="sm" c="dimmed">{t('sends.tasks.count', { shown: page.items.length, total: page.total })}</Text>}
      {page && page.items.length === 0 && <Text c="dimmed">{t('sends.tasks.empty')}</Text>}
      {page && page.items.length > 0 && (
        <Table striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('sends.tasks.channel')}</Table.Th>
              <Table.Th>{t('sends.tasks.kind')}</Table.Th>
              <Table.Th>{t('sends.tasks.started')}</Table.Th>
              <Table.Th>{t('sends.tasks.progress')}</Table.Th>
              <Table.Th>{t('sends.tasks.result')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {page.items.map((x) => (
              <Table.Tr key={x.task.authTaskId} data-testid="task-row">
                <Table.Td>
                  <Anchor component="button" type="button" onClick={() => showSendsScreen({ kind: 'batch', taskIds: [x.task.authTaskId] })} aria-label={t('sends.tasks.open', { name: x.task.accessControlChannelName })}>
                    {x.task.accessControlChannelName}
                  </Anchor>
                  <Text size="xs" c="dimmed">{x.task.businessDeviceName}</Text>
                </Table.Td>
                <Table.Td>{x.task.kind.known ? t(`sends.kind.${x.task.kind.value}`) : x.task.kind.code}</Table.Td>
                <Table.Td>{formatWhen(x.task.taskStartTime, i18n.language)}</Table.Td>
                <Table.Td>
                  {progressText(t, x.task.progress)} · {t('sends.tasks.records', { done: x.done, total: x.task.authNum, failed: x.failed })}
                </Table.Td>
                <Table.Td>{outcomeText(t, x.task.outcome)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  )
}
