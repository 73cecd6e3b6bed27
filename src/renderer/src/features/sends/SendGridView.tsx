import { Badge, Checkbox, Paper, Stack, Table, Text, Title } from '@mantine/core'
import { GRID_CREDENTIALS } from '@shared/sends/grid'
import type { GridCell, SendGrid } from '@shared/sends/types'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'

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
        const rows = onlyFailed ? c.rows.filter((r) => Object.values(r.cells).includes('failed')) : c.rows
        return (
          <Paper key={c.taskId} withBorder p="sm" data-testid="grid-channel">
            <Title order={3} size="h5">
              {c.channelName} · {c.deviceName}
            </Title>
            <Text size="sm" c={c.failedRows > 0 ? 'red' : 'dimmed'}>
              {c.failedRows > 0 ? t('sends.tracking.failedOf', { failed: c.failedRows, total: c.rows.length }) : t('sends.tracking.noFailures')}
            </Text>
            {rows.length > 0 && (
              <Table mt="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('sends.task.person')}</Table.Th>
                    {GRID_CREDENTIALS.map((k) => (
                      <Table.Th key={k}>{t(`sends.credential.${k}`)}</Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((r) => (
                    <Table.Tr key={r.recordId} data-testid="grid-row">
                      <Table.Td>{r.name}</Table.Td>
                      {GRID_CREDENTIALS.map((k) => (
                        <Table.Td key={k}>
                          <Badge color={COLOR[r.cells[k]]} variant="light" aria-label={t('sends.tracking.cellLabel', { name: r.name, credential: t(`sends.credential.${k}`), state: t(`sends.tracking.cells.${r.cells[k]}`) })}>
                            {t(`sends.tracking.cells.${r.cells[k]}`)}
                          </Badge>
                        </Table.Td>
                      ))}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Paper>
        )
      })}
    </Stack>
  )
}
