import { Badge, Checkbox, Paper, Stack, Text, Title } from '@mantine/core'
import { GRID_CREDENTIALS } from '@shared/sends/grid'
import { isFailedRecord } from '@shared/sends/task-state'
import type { GridCell, GridRow, SendGrid } from '@shared/sends/types'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { VirtualTable } from './VirtualTable'
import { credentialLabel, recordText, sendCellLabel } from '../../i18n/labels'

const COLOR: Readonly<Record<GridCell, string>> = { succeeded: 'green', failed: 'red', pending: 'blue', notSent: 'gray', unknown: 'yellow' }

/** Person × credential per channel, failures first. */
export function SendGridView({ grid }: { readonly grid: SendGrid }) {
  const { t } = useTranslation()
  const [onlyFailed, setOnlyFailed] = useState(false)
  return (
    <Stack data-testid="send-grid">
      <Checkbox label={t('sends.tracking.onlyFailed')} checked={onlyFailed} onChange={(e) => setOnlyFailed(e.currentTarget.checked)} />
      {grid.partial && (
        <Text size="sm" c="dimmed">
          {t('sends.tracking.gridPartial')}
        </Text>
      )}
      {grid.channels.map((c) => {
        const rows = onlyFailed ? c.rows.filter((r) => isFailedRecord({ issueStatus: r.record }) || Object.values(r.cells).includes('failed')) : c.rows
        return (
          <Paper key={c.taskId} withBorder p="sm" data-testid="grid-channel">
            <Title order={3} size="h5">
              {c.channelName} · {c.deviceName}
            </Title>
            <Text size="sm" c={c.failedRows > 0 ? 'red' : 'dimmed'}>
              {c.failedRows > 0 ? t('sends.tracking.failedOf', { failed: c.failedRows, total: c.rows.length }) : t('sends.tracking.noFailures')}
            </Text>
            {rows.length > 0 && (
              <div style={{ marginTop: 8 }}>
                <VirtualTable<GridRow>
                  label={t('sends.tracking.gridOf', { name: c.channelName })}
                  testId="grid-table"
                  rowTestId="grid-row"
                  total={rows.length}
                  row={(i) => rows[i]}
                  rowKey={(r) => r.recordId}
                  rowHeight={40}
                  maxHeight={420}
                  columns={[
                    { key: 'person', width: 'minmax(0, 2fr)', header: t('sends.task.person') },
                    { key: 'status', width: 'minmax(0, 1fr)', header: t('sends.task.status') },
                    ...GRID_CREDENTIALS.map((k) => ({ key: k, width: 'minmax(0, 1fr)', header: credentialLabel(t, k) })),
                  ]}
                  cells={(r) => ({
                    person: r.name,
                    status: (
                      <Text size="sm" c={isFailedRecord({ issueStatus: r.record }) ? 'red' : undefined}>
                        {recordText(t, r.record)}
                      </Text>
                    ),
                    ...Object.fromEntries(
                      GRID_CREDENTIALS.map((k) => [
                        k,
                        <Badge
                          key={k}
                          color={COLOR[r.cells[k]]}
                          variant="light"
                          aria-label={t('sends.tracking.cellLabel', {
                            name: r.name,
                            credential: credentialLabel(t, k),
                            state: sendCellLabel(t, r.cells[k]),
                          })}
                        >
                          {sendCellLabel(t, r.cells[k])}
                        </Badge>,
                      ]),
                    ),
                  })}
                />
              </div>
            )}
          </Paper>
        )
      })}
    </Stack>
  )
}
