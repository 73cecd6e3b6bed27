import { Badge, Checkbox, List, Modal, Paper, Stack, Text, Title, UnstyledButton } from '@mantine/core'
import { GRID_CREDENTIALS } from '@shared/sends/grid'
import { isFailedRecord } from '@shared/sends/task-state'
import type { ChannelGrid, FailureReason, GridCell, GridRow, SendCredential, SendGrid } from '@shared/sends/types'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { VirtualTable } from './VirtualTable'
import { cellReason } from '@shared/sends/failure-reason'
import type { TFunction } from 'i18next'
import { credentialLabel, recordText, sendCellLabel } from '../../i18n/labels'
import { reasonSummary, reasonText } from './failure-reason-text'

const COLOR: Readonly<Record<GridCell, string>> = { succeeded: 'green', failed: 'red', pending: 'blue', notSent: 'gray', unknown: 'yellow' }

/** Person × credential per channel, failures first, each failure with why it failed (in full behind its button). */
export function SendGridView({ grid }: { readonly grid: SendGrid }) {
  const { t } = useTranslation()
  const [onlyFailed, setOnlyFailed] = useState(false)
  const [why, setWhy] = useState<{ readonly row: GridRow; readonly channel: ChannelGrid } | null>(null)
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
                  rowHeight={52}
                  maxHeight={420}
                  columns={[
                    { key: 'person', width: 'minmax(0, 1.4fr)', header: t('sends.task.person') },
                    { key: 'status', width: 'minmax(0, 1fr)', header: t('sends.task.status') },
                    ...GRID_CREDENTIALS.map((k) => ({ key: k, width: 'minmax(0, 1fr)', header: credentialLabel(t, k) })),
                    { key: 'why', width: 'minmax(0, 2.6fr)', header: t('sends.tracking.why') },
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
                        <Badge key={k} color={COLOR[r.cells[k]]} variant="light" aria-label={cellLabel(t, r, k)}>
                          {sendCellLabel(t, r.cells[k])}
                        </Badge>,
                      ]),
                    ),
                    why: <WhyCell reasons={r.reasons} onOpen={() => setWhy({ row: r, channel: c })} />,
                  })}
                />
              </div>
            )}
          </Paper>
        )
      })}
      <Modal
        opened={why !== null}
        onClose={() => setWhy(null)}
        size="lg"
        title={why ? t('sends.tracking.whyTitle', { name: why.row.name, channel: why.channel.channelName }) : ''}
      >
        {why && (
          <List data-testid="why-detail">
            {why.row.reasons.map((reason) => (
              <List.Item key={JSON.stringify(reason)}>{reasonText(t, reason)}</List.Item>
            ))}
          </List>
        )}
      </Modal>
    </Stack>
  )
}

/** The first reason, and how many more there are; the whole list opens from it (a button, so the keyboard reaches it). */
function WhyCell({ reasons, onOpen }: { readonly reasons: readonly FailureReason[]; readonly onOpen: () => void }) {
  const { t } = useTranslation()
  const { first, more } = reasonSummary(t, reasons)
  if (reasons.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {first}
      </Text>
    )
  return (
    <UnstyledButton onClick={onOpen} data-testid="grid-why" style={{ maxWidth: '100%' }}>
      <Text component="span" size="sm" c="blue" lineClamp={more ? 1 : 2} data-testid="grid-why-first">
        {first}
      </Text>
      {more && (
        <Text component="span" size="xs" c="dimmed" display="block">
          {more}
        </Text>
      )}
    </UnstyledButton>
  )
}

/** What a screen reader hears on a cell: the person, the credential, its state, and for a failed one why. */
function cellLabel(t: TFunction, r: GridRow, k: SendCredential): string {
  const label = t('sends.tracking.cellLabel', { name: r.name, credential: credentialLabel(t, k), state: sendCellLabel(t, r.cells[k]) })
  const reason = r.cells[k] === 'failed' ? cellReason(r.reasons, k) : null
  return reason ? t('sends.tracking.cellLabelWhy', { label, reason: reasonText(t, reason) }) : label
}
