import { Button, Group, Loader, Modal, Stack, Table, Text } from '@mantine/core'
import type { TuyaIssueCounts, TuyaIssueInfo, TuyaTaskRecord } from '@shared/domain/tuya'
import { sendPolicyOfCode } from '@shared/sends/policy'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorAlert } from '../../components/ErrorAlert'
import { formatWhen } from '../../i18n/format'
import { recordText } from '../../i18n/labels'
import { policyText } from './labels'
import { useIssueInfo, useSendsScope, useTask } from './sends-queries'
import { VirtualTable } from './VirtualTable'

const INFO_TYPES = ['person', 'card', 'cardPassword', 'face', 'fingerprint'] as const satisfies readonly (keyof TuyaIssueInfo)[]
const COUNTS = ['successIssueNum', 'failIssueNum', 'successIssueDelNum', 'failIssueDelNum'] as const satisfies readonly (keyof TuyaIssueCounts)[]
const COUNT_LABEL = { successIssueNum: 'success', failIssueNum: 'fail', successIssueDelNum: 'delSuccess', failIssueDelNum: 'delFail' } as const

/**
 * One task: its detail (device, area, credentials, times) and every record with its status; each
 * record opens its issue info per credential type. Each progress report of the send reads it again.
 */
export function TaskRecords({ taskId }: { readonly taskId: string }) {
  const { t, i18n } = useTranslation()
  const read = useTask(useSendsScope(), taskId)
  const view = read.data
  const [open, setOpen] = useState<TuyaTaskRecord | null>(null)
  const failed = read.appError && <ErrorAlert error={read.appError} onRetry={() => void read.refetch()} />
  // A read again that fails keeps what was read before on screen (and an open issue info with it).
  if (!view) return failed || <Loader size="sm" aria-label={t('sends.loading')} />
  const { task } = view.tracked
  const d = view.detail
  const policy = d ? sendPolicyOfCode(d.certificates.code) : null
  return (
    <Stack gap="xs" data-testid="task-records">
      {failed}
      <Group gap="lg" wrap="wrap">
        <Text size="sm">
          {t('sends.task.device')}: {task.businessDeviceName}
        </Text>
        <Text size="sm">
          {t('sends.task.area')}: {task.accessChannelPositionPath}
        </Text>
        {d && (
          <Text size="sm" data-testid="task-certificates">
            {t('sends.task.certificates')}: {policy ? policyText(t, policy) : t('sends.task.unknownCertificates')}
          </Text>
        )}
        <Text size="sm">
          {t('sends.task.startedAt')}: {formatWhen(task.taskStartTime, i18n.language)}
        </Text>
        {task.taskFinishTime !== null && (
          <Text size="sm">
            {t('sends.task.finishedAt')}: {formatWhen(task.taskFinishTime, i18n.language)}
          </Text>
        )}
      </Group>
      {view.records.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('sends.task.noRecords')}
        </Text>
      ) : (
        <VirtualTable<TuyaTaskRecord>
          label={t('sends.task.title', { name: task.accessControlChannelName })}
          testId="records-table"
          rowTestId="record-row"
          total={view.records.length}
          row={(i) => view.records[i]}
          rowKey={(r) => r.authTaskRecordId}
          rowHeight={44}
          maxHeight={400}
          columns={[
            { key: 'person', width: 'minmax(0, 1.3fr)', header: t('sends.task.person') },
            { key: 'organisation', width: 'minmax(0, 1.3fr)', header: t('sends.task.organisation') },
            { key: 'status', width: 'minmax(0, 1fr)', header: t('sends.task.status') },
            { key: 'issuedAt', width: 'minmax(0, 1.2fr)', header: t('sends.task.issuedAt') },
            { key: 'info', width: 'minmax(0, 1fr)', header: t('sends.task.issueInfo') },
          ]}
          cells={(r) => ({
            person: r.name,
            organisation: r.structureName,
            status: (
              <Text
                size="sm"
                c={
                  r.issueStatus.known && r.issueStatus.value === 'succeeded'
                    ? undefined
                    : r.issueStatus.known && r.issueStatus.value === 'initialised'
                      ? 'dimmed'
                      : 'red'
                }
              >
                {recordText(t, r.issueStatus)}
              </Text>
            ),
            issuedAt: r.authIssueTime === null ? '' : formatWhen(r.authIssueTime, i18n.language),
            info: (
              <Button size="compact-xs" variant="light" onClick={() => setOpen(r)} aria-label={t('sends.task.showInfo', { name: r.name })}>
                {t('sends.task.issueInfo')}
              </Button>
            ),
          })}
        />
      )}
      {open && <IssueInfoModal record={open} onClose={() => setOpen(null)} />}
    </Stack>
  )
}

function IssueInfoModal({ record, onClose }: { readonly record: TuyaTaskRecord; readonly onClose: () => void }) {
  const { t } = useTranslation()
  const read = useIssueInfo(useSendsScope(), record.authTaskRecordId)
  const info = read.data
  const error = read.appError
  return (
    <Modal opened onClose={onClose} title={t('sends.task.infoTitle', { name: record.name })} size="lg">
      {error && <ErrorAlert error={error} onRetry={() => void read.refetch()} />}
      {!info && !error && <Loader size="sm" aria-label={t('sends.loading')} />}
      {info && (
        <Table data-testid="issue-info">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('sends.task.type')}</Table.Th>
              {COUNTS.map((c) => (
                <Table.Th key={c}>{t(`sends.task.${COUNT_LABEL[c]}`)}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {INFO_TYPES.map((type) => (
              <Table.Tr key={type} data-testid={`issue-info-${type}`}>
                <Table.Td>{t(`sends.task.types.${type}`)}</Table.Td>
                {COUNTS.map((c) => (
                  <Table.Td key={c} c={c === 'failIssueNum' || c === 'failIssueDelNum' ? (info[type][c] > 0 ? 'red' : undefined) : undefined}>
                    {info[type][c]}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Modal>
  )
}
