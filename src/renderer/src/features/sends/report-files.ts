import { toCsv } from '@shared/csv/write'
import type { ReportData } from '@shared/sends/types'
import { zipFiles } from '@shared/sends/zip'

/** The report's tables as CSV files in one zip (times in the installer's local time, ISO-like). */
export function reportZip(data: ReportData, scheduleText: (i: number) => string): Uint8Array {
  const when = (ms: number | null): string => (ms === null ? '' : new Date(ms).toLocaleString('sv-SE'))
  return zipFiles(
    [
      {
        name: 'site.csv',
        text: toCsv(
          ['connection', 'project', 'cloud', 'generated', 'prepared by', 'data as of'],
          [[data.connectionLabel, data.projectName ?? data.projectId, data.vendor, when(data.generatedAt), data.preparedBy, when(data.syncedAt)]],
        ),
      },
      {
        name: 'devices.csv',
        text: toCsv(
          ['device', 'type', 'online', 'last seen'],
          data.devices.map((d) => [d.name, d.deviceType, d.online ? 'online' : 'offline', when(d.lastSeenAt)]),
        ),
      },
      {
        name: 'channels.csv',
        text: toCsv(
          ['channel', 'device', 'online', 'latest send', 'started', 'sent', 'total', 'failed persons'],
          data.channels.map((c) => [
            c.name,
            c.deviceName,
            c.online ? 'online' : 'offline',
            c.lastSend?.task.kind.known ? c.lastSend.task.kind.value : '',
            when(c.lastSend?.task.taskStartTime ?? null),
            c.lastSend?.task.successNum ?? '',
            c.lastSend?.task.authNum ?? '',
            c.failedNames.join('; '),
          ]),
        ),
      },
      {
        name: 'access-groups.csv',
        text: toCsv(
          ['group', 'schedule (local)', 'users', 'devices'],
          data.accessGroups.map((g, i) => [g.summary.accessGroupName, scheduleText(i), g.summary.userCount, g.deviceNames.join('; ')]),
        ),
      },
      {
        name: 'people.csv',
        text: toCsv(['total', 'enabled', 'with permissions'], [[data.people.total, data.people.enabled, data.people.withPermissions ?? '']]),
      },
      {
        name: 'outbox.csv',
        text: toCsv(
          ['change', 'made', 'state'],
          data.outbox.map((e) => [e.operation.kind, when(e.createdAt), e.state]),
        ),
      },
    ],
    new Date(data.generatedAt),
  )
}
