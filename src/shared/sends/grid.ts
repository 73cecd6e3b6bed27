import type { TuyaIssueCounts, TuyaIssueInfo, TuyaSendCertificates, TuyaTaskRecord } from '../domain/tuya'
import { failureReasons } from './failure-reason'
import { credentialsOf } from './policy'
import { isFailedRecord } from './task-state'
import type { ChannelGrid, GridCell, GridRow, SendCredential } from './types'

export const GRID_CREDENTIALS: readonly SendCredential[] = ['card', 'face', 'password']

function fromCounts(counts: TuyaIssueCounts): GridCell {
  if (counts.failIssueNum > 0 || counts.failIssueDelNum > 0) return 'failed'
  if (counts.successIssueNum > 0 || counts.successIssueDelNum > 0) return 'succeeded'
  return 'notSent'
}

/** Without issue info, every credential shares the record's state. */
function fromRecord(record: TuyaTaskRecord): GridCell {
  const s = record.issueStatus
  if (!s.known) return 'unknown'
  switch (s.value) {
    case 'succeeded':
      return 'succeeded'
    case 'failed':
    case 'terminated':
      return 'failed'
    case 'initialised':
      return 'pending'
    case 'unknown':
      return 'unknown'
  }
}

/**
 * `sent`: the credentials the task's policy carries, when known; the others are "not part" of
 * the send whatever state the record is in. `deviceOnline`: the channel's device now, when known.
 */
export function gridRow(
  record: TuyaTaskRecord,
  info: TuyaIssueInfo | undefined,
  sent?: readonly SendCredential[],
  deviceOnline: boolean | null = null,
): GridRow {
  const status = fromRecord(record)
  const cell = (credential: SendCredential): GridCell => {
    if (sent && !sent.includes(credential) && !info) return 'notSent'
    if (!info || status === 'pending') return status
    const counts = credential === 'card' ? info.card : credential === 'face' ? info.face : info.cardPassword
    return fromCounts(counts)
  }
  return {
    personId: record.personId,
    name: record.name,
    recordId: record.authTaskRecordId,
    record: record.issueStatus,
    cells: { card: cell('card'), face: cell('face'), password: cell('password') },
    reasons: failureReasons(record, info, deviceOnline),
  }
}

export interface GridTask {
  readonly taskId: string
  readonly channelId: string | null
  readonly channelName: string
  readonly deviceName: string
  readonly records: readonly TuyaTaskRecord[]
  /** The policy the task was sent with, when known. */
  readonly policy?: TuyaSendCertificates | null
  /** Whether the channel's device is online now; null or absent when not known. */
  readonly deviceOnline?: boolean | null
}

/** One grid per task (= per channel): failed persons first, then by name. */
export function buildChannelGrid(task: GridTask, infos: ReadonlyMap<string, TuyaIssueInfo>): ChannelGrid {
  const rows = task.records
    .map((r) => ({
      row: gridRow(r, infos.get(r.authTaskRecordId), task.policy ? credentialsOf(task.policy) : undefined, task.deviceOnline ?? null),
      failed: isFailedRecord(r),
    }))
    .sort((a, b) => Number(b.failed) - Number(a.failed) || a.row.name.localeCompare(b.row.name))
  return {
    channelId: task.channelId,
    channelName: task.channelName,
    deviceName: task.deviceName,
    taskId: task.taskId,
    rows: rows.map((r) => r.row),
    failedRows: rows.filter((r) => r.failed).length,
  }
}
