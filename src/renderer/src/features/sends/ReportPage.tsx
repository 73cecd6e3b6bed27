import { Button, Group, Modal, Stack, Table, Text, TextInput, Title } from '@mantine/core'
import type { ReportData } from '@shared/sends/types'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorAlert } from '../../components/ErrorAlert'
import { deviceTypeLabel, sendKindText } from '../../i18n/labels'
import { describeOperation } from '../project/describe-operation'
import type { SendsScope } from '../../stores/sends/store'
import { utcScheduleText } from '../access-groups/schedule-text'
import { useSiteZone } from '../site-zone/site-zone-queries'
import { reportZip } from './report-files'
import { FIELD_LIMITS } from '@shared/field-limits'
import { LengthHint } from '../../components/LengthHint'
import { useReport } from './sends-queries'
import { formatDateTime } from '../../i18n/format'

/** Print styles: only the report is printed (window.print → "Save as PDF"; Playwright's page.pdf in tests). */
const PRINT_CSS = `@page { size: A4; margin: 14mm 12mm } @media print { body * { visibility: hidden } [data-report], [data-report] * { visibility: visible } [data-report] { position: absolute; left: 0; top: 0; width: 100%; box-sizing: border-box } [data-report] tr { break-inside: avoid } }`

/** The handover report of the open project: generated from the cache, saved as PDF or a CSV zip. */
export function ReportPage({ scope }: { readonly scope: SendsScope }) {
  const { t, i18n } = useTranslation()
  const [preparedBy, setPreparedBy] = useState('')
  const [confirming, setConfirming] = useState(false)
  // The name the report was asked for with: it is generated (and kept in step with the cache) from then on.
  const [asked, setAsked] = useState<string | null>(null)
  const report = useReport(scope, asked)
  const data = report.data ?? null
  const error = report.appError
  // The site's zone; UTC (named in the heading) while it is not set.
  const zone = useSiteZone(scope).data?.siteZone?.zone ?? 'UTC'
  const when = (ms: number | null) => (ms === null ? t('sends.report.notSynced') : formatDateTime(ms, i18n.language, { timeZone: zone }))
  const generate = () => {
    setConfirming(false)
    if (asked === preparedBy) void report.refetch()
    else setAsked(preparedBy)
  }
  const download = (d: ReportData) => {
    const bytes = reportZip(d, (i) => {
      const g = d.accessGroups[i]
      return g ? utcScheduleText(t, g.summary, zone, d.generatedAt) : ''
    })
    const url = URL.createObjectURL(new Blob([bytes.slice().buffer], { type: 'application/zip' }))
    const a = document.createElement('a')
    a.href = url
    a.download = `handover-${d.projectId}.zip`
    a.click()
    URL.revokeObjectURL(url)
  }
  return (
    <Stack>
      <style>{PRINT_CSS}</style>
      <Group align="end">
        <TextInput
          label={t('sends.report.preparedBy')}
          description={<LengthHint value={preparedBy} max={FIELD_LIMITS.preparedBy} help={t('sends.report.preparedByHelp')} />}
          value={preparedBy}
          onChange={(e) => setPreparedBy(e.currentTarget.value)}
          maxLength={FIELD_LIMITS.preparedBy}
        />
        <Button onClick={() => setConfirming(true)}>{t('sends.report.generate')}</Button>
        {data && (
          <>
            <Button variant="default" onClick={() => window.print()} title={t('sends.report.printHelp')}>
              {t('sends.report.print')}
            </Button>
            <Button variant="default" onClick={() => download(data)}>
              {t('sends.report.csv')}
            </Button>
          </>
        )}
      </Group>
      {error && <ErrorAlert error={error} onRetry={() => void report.refetch()} />}
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('sends.report.confirmTitle')}>
        <Text>{t('sends.report.confirmBody', { project: scope.projectId })}</Text>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={() => setConfirming(false)}>
            {t('sends.wizard.cancel')}
          </Button>
          <Button onClick={generate} data-autofocus>
            {t('sends.report.confirm')}
          </Button>
        </Group>
      </Modal>
      {data && (
        <Stack data-report data-testid="report" gap="sm">
          <Title order={2}>{t('sends.report.heading')}</Title>
          <Text>
            {t('sends.report.connection')}: {data.connectionLabel} · {t('sends.report.project')}: {data.projectName ?? data.projectId} ·{' '}
            {t('sends.report.vendor')}: {t(`vendors.${data.vendor}`)}
          </Text>
          <Text>
            {t('sends.report.generatedAt')}: {when(data.generatedAt)} · {t('sends.report.by')}: {data.preparedBy} · {t('sends.report.cacheAsOf')}:{' '}
            {when(data.syncedAt)}
          </Text>
          <Title order={3}>{t('sends.report.people')}</Title>
          <Text>
            {t('sends.report.total')} {data.people.total} · {t('sends.report.enabled')} {data.people.enabled}
            {data.people.withPermissions !== null && ` · ${t('sends.report.withPermissions')} ${data.people.withPermissions}`}
          </Text>
          <Title order={3}>{t('sends.report.devices')}</Title>
          <Table withTableBorder data-testid="report-devices">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('sends.report.device')}</Table.Th>
                <Table.Th>{t('sends.report.type')}</Table.Th>
                <Table.Th>{t('sends.report.state')}</Table.Th>
                <Table.Th>{t('sends.report.lastSeen')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.devices.map((d) => (
                <Table.Tr key={d.deviceId}>
                  <Table.Td>{d.name}</Table.Td>
                  <Table.Td>{deviceTypeLabel(t, d.deviceType)}</Table.Td>
                  <Table.Td>{d.online ? t('sends.report.online') : t('sends.report.offline')}</Table.Td>
                  <Table.Td>{d.lastSeenAt === null ? t('sends.report.none') : when(d.lastSeenAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {data.vendor === 'tuya' && (
            <>
              <Title order={3}>{t('sends.report.channels')}</Title>
              <Table withTableBorder data-testid="report-channels">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('sends.report.channel')}</Table.Th>
                    <Table.Th>{t('sends.report.state')}</Table.Th>
                    <Table.Th>{t('sends.report.lastSend')}</Table.Th>
                    <Table.Th>{t('sends.report.failures')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.channels.map((c) => (
                    <Table.Tr key={c.channelId}>
                      <Table.Td>{c.name}</Table.Td>
                      <Table.Td>{c.online ? t('sends.report.online') : t('sends.report.offline')}</Table.Td>
                      <Table.Td>
                        {c.lastSend
                          ? t('sends.report.sendText', {
                              kind: sendKindText(t, c.lastSend.task.kind),
                              when: when(c.lastSend.task.taskStartTime),
                              success: c.lastSend.task.successNum,
                              total: c.lastSend.task.authNum,
                            })
                          : t('sends.report.none')}
                      </Table.Td>
                      <Table.Td>{c.failedNames.join(', ') || t('sends.report.none')}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </>
          )}
          <Title order={3}>{t('sends.report.groups', { zone })}</Title>
          {data.vendor === 'tuya' ? (
            <Text size="sm">{t('sends.report.groupsTuya')}</Text>
          ) : (
            <Table withTableBorder data-testid="report-groups">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('sends.report.group')}</Table.Th>
                  <Table.Th>{t('sends.report.schedule')}</Table.Th>
                  <Table.Th>{t('sends.report.members')}</Table.Th>
                  <Table.Th>{t('sends.report.doors')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.accessGroups.map((g) => (
                  <Table.Tr key={g.summary.accessGroupId}>
                    <Table.Td>{g.summary.accessGroupName}</Table.Td>
                    <Table.Td>{utcScheduleText(t, g.summary, zone, data.generatedAt)}</Table.Td>
                    <Table.Td>{g.summary.userCount}</Table.Td>
                    <Table.Td>{g.deviceNames.join(', ')}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          <Title order={3}>{t('sends.report.outbox')}</Title>
          {data.outbox.length === 0 ? (
            <Text size="sm">{t('sends.report.outboxEmpty')}</Text>
          ) : (
            <Table withTableBorder data-testid="report-outbox">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('sends.report.operation')}</Table.Th>
                  <Table.Th>{t('sends.report.created')}</Table.Th>
                  <Table.Th>{t('sends.report.outboxState')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.outbox.map((e) => (
                  <Table.Tr key={e.id}>
                    <Table.Td>{describeOperation(t, e.operation)}</Table.Td>
                    <Table.Td>{when(e.createdAt)}</Table.Td>
                    <Table.Td>{t(`project.outbox.state.${e.state}`)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      )}
    </Stack>
  )
}
