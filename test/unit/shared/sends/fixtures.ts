import type { TuyaAccessAuth, TuyaIssueCounts, TuyaIssueInfo, TuyaRecordStatus, TuyaTaskRecord } from '../../../../src/shared/domain/tuya'
import { PERMANENT_END } from '../../../../src/shared/sends/validity'

/** A permission row as the cache holds it; every field a test does not name is neutral. */
export function auth(over: Partial<TuyaAccessAuth> & Pick<TuyaAccessAuth, 'personId' | 'name'>): TuyaAccessAuth {
  return {
    accessAuthId: `auth-${over.personId}-${over.accessControlChannelId ?? 'ch1'}`,
    sex: 'unknown',
    mobileCountry: '86',
    mobile: '13800000000',
    personCode: `P-${over.personId}`,
    structureIds: [],
    accessAuthTimeRangeId: 'tr1',
    accessAuthTimeRangeStr: '00:00-23:59',
    businessDeviceName: 'Gate reader',
    accessControlChannelId: 'ch1',
    accessControlChannelName: 'Entrance',
    accessControlChannelNo: '1',
    accessChannelRoomId: 'room1',
    accessChannelPositionPath: 'Block A',
    authStartTime: 0,
    authEndTime: PERMANENT_END,
    totalCardNum: 0,
    authCardNum: 0,
    totalFaceNum: 0,
    authFaceNum: 0,
    totalFingerprintNum: 0,
    authFingerprintNum: 0,
    faceIssueStatus: 'sent',
    cardIssueStatus: 'sent',
    fingerprintIssueStatus: 'sent',
    ...over,
  } as TuyaAccessAuth
}

const RECORD_CODES: Readonly<Record<TuyaRecordStatus, number>> = { initialised: 0, unknown: 1, terminated: 2, failed: 3, succeeded: 4 }

/** A task record in a known state, or with a status code the seed does not list (`code`). */
export function record(personId: string, name: string, status: TuyaRecordStatus | { readonly code: number }): TuyaTaskRecord {
  return {
    projectId: 'p1',
    authTaskRecordId: `rec-${personId}`,
    personId,
    name,
    mobileCountry: '86',
    mobile: '',
    structureName: '',
    accessAuthTimeRangeId: 'tr1',
    accessAuthTimeRangeStr: '',
    authIssueTime: null,
    issueStatus: typeof status === 'string' ? { known: true, value: status, code: RECORD_CODES[status] } : { known: false, code: status.code },
  }
}

const NONE: TuyaIssueCounts = { successIssueNum: 0, failIssueNum: 0, successIssueDelNum: 0, failIssueDelNum: 0 }
export const ok = (n = 1): TuyaIssueCounts => ({ ...NONE, successIssueNum: n })
export const bad = (n = 1): TuyaIssueCounts => ({ ...NONE, failIssueNum: n })
export const none = NONE

export function info(recordId: string, parts: Partial<Pick<TuyaIssueInfo, 'card' | 'face' | 'cardPassword' | 'fingerprint' | 'person'>>): TuyaIssueInfo {
  return { projectId: 'p1', authTaskRecordId: recordId, person: NONE, card: NONE, cardPassword: NONE, face: NONE, fingerprint: NONE, ...parts }
}
