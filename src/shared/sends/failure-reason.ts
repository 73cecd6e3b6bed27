import type { TuyaIssueInfo, TuyaTaskRecord } from '../domain/tuya'
import { isFailedRecord } from './task-state'
import type { FailureReason, IssueSubject, SendCredential } from './types'

export const ISSUE_SUBJECTS: readonly IssueSubject[] = ['person', 'card', 'cardPassword', 'face', 'fingerprint']

function fromInfo(info: TuyaIssueInfo): FailureReason[] {
  return ISSUE_SUBJECTS.flatMap((subject): FailureReason[] => [
    ...(info[subject].failIssueNum > 0 ? [{ kind: 'notSent', subject } as const] : []),
    ...(info[subject].failIssueDelNum > 0 ? [{ kind: 'notRemoved', subject } as const] : []),
  ])
}

function fromStatus(record: Pick<TuyaTaskRecord, 'issueStatus'>): FailureReason[] {
  const s = record.issueStatus
  if (!s.known || s.value === 'unknown') return [{ kind: 'unconfirmed' }]
  return s.value === 'terminated' ? [{ kind: 'stopped' }] : []
}

/**
 * Every reason one person's part of a task failed, most telling first (a device offline now
 * explains the rest); empty when nothing failed. `deviceOnline`: the channel's device now,
 * null when not known.
 */
export function failureReasons(
  record: Pick<TuyaTaskRecord, 'issueStatus'>,
  info: TuyaIssueInfo | undefined,
  deviceOnline: boolean | null,
): readonly FailureReason[] {
  const found = [...(info ? fromInfo(info) : []), ...fromStatus(record)]
  if (found.length === 0 && isFailedRecord(record)) found.push(info ? { kind: 'noReason' } : { kind: 'unread' })
  return found.length > 0 && deviceOnline === false ? [{ kind: 'deviceOffline' }, ...found] : found
}

const SUBJECT_OF: Readonly<Record<SendCredential, IssueSubject>> = { card: 'card', face: 'face', password: 'cardPassword' }

/**
 * Why one credential's cell failed: the reason that names it, else the first that concerns the
 * whole person (the device, the record, the person refused); null when none applies.
 */
export function cellReason(reasons: readonly FailureReason[], credential: SendCredential): FailureReason | null {
  const own = reasons.find((r) => (r.kind === 'notSent' || r.kind === 'notRemoved') && r.subject === SUBJECT_OF[credential])
  return own ?? reasons.find((r) => !(r.kind === 'notSent' || r.kind === 'notRemoved') || r.subject === 'person') ?? null
}
