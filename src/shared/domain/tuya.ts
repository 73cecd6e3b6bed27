/**
 * Tuya Smart Building domain types: what the Tuya client returns, camelCase and readonly,
 * whatever casing the gateway answered in. Wire codes live here too, next to the meaning the
 * seed documents (seeds 003/004), because the seed gives different numbers for the same idea
 * in different places and every reader must use the right table.
 */

export interface TuyaCredentials {
  readonly accessId: string
  readonly accessSecret: string
}

/** Tokens as the app keeps them (in the vault). Times are on the server's clock, epoch ms. */
export interface TuyaTokens {
  readonly accessToken: string
  /** Works exactly once (docs/clouds.md#tuya-tokens). */
  readonly refreshToken: string
  readonly uid: string
  readonly issuedAt: number
  readonly expiresAt: number
}

/** One page of a Smart Building list (`page`/`pageSize` in, `total`/`hasMore` out). */
export interface TuyaPage<T> {
  readonly items: readonly T[]
  readonly total: number
  readonly hasMore: boolean
  readonly page: number
  readonly pageSize: number
}

export interface TuyaPaging {
  /** 1-based. */
  readonly page?: number
  readonly pageSize?: number
}

/** `sex`: 0 unknown, 1 male, 2 female (seed 003, add a person). */
export type TuyaSex = 'unknown' | 'male' | 'female'
export const TUYA_SEX_CODES: Readonly<Record<TuyaSex, number>> = { unknown: 0, male: 1, female: 2 }

// ---------------------------------------------------------------------------------- persons

export interface TuyaPerson {
  readonly personId: string
  readonly name: string
  /** Wire `enabled`: 1 enabled, 2 disabled. */
  readonly enabled: boolean
  readonly sex: TuyaSex
  readonly sexStr: string
  readonly mobileCountry: string
  readonly mobile: string
  readonly email: string
  readonly certArea: string
  readonly certType: string
  readonly certTypeStr: string
  readonly certNo: string
  /** "Biometrics" in the seed. */
  readonly feature: string
  readonly imageUrl: string
  /** Path of the face image; empty when the person has no face. */
  readonly imagePath: string
  readonly checked: boolean
  readonly imageRating: number
  readonly pass: boolean
  readonly personCode: string
  readonly structureIds: readonly string[]
  readonly structureNames: readonly string[]
  readonly structureName: string
  /** For deleted persons: the organisation names at the time of deletion. */
  readonly structureSnapshots: readonly string[]
}

/** `searchType`: 1 only the organisation itself, 2 with its sub-organisations (the default). */
export type TuyaSearchScope = 'direct' | 'withSubOrganisations'
export const TUYA_SEARCH_SCOPE_CODES: Readonly<Record<TuyaSearchScope, number>> = { direct: 1, withSubOrganisations: 2 }

export interface TuyaPersonFilter extends TuyaPaging {
  readonly structureId?: string
  readonly searchScope?: TuyaSearchScope
  readonly name?: string
  readonly enabled?: boolean
  readonly sex?: TuyaSex
  readonly mobile?: string
  readonly email?: string
  readonly certType?: string
  readonly certNo?: string
  readonly feature?: string
  readonly personCode?: string
}

export interface TuyaRecycleFilter extends TuyaPersonFilter {
  readonly structureSnapshotName?: string
}

export interface TuyaPersonInput {
  /** Optional: the cloud mints one when absent. */
  readonly personId?: string
  readonly structureId?: string
  readonly name: string
  readonly enabled?: boolean
  readonly sex?: TuyaSex
  readonly mobileCountry?: string
  readonly mobile?: string
  readonly email?: string
  readonly certArea?: string
  readonly certType?: string
  readonly certNo?: string
  readonly imagePath?: string
  readonly imageRating?: number
  readonly personCode?: string
  readonly uploadType?: string
}

export interface TuyaPersonEdit extends Partial<Omit<TuyaPersonInput, 'personId'>> {
  readonly personId: string
  /** Where the person was, when `structureId` moves them. */
  readonly originStructureId?: string
}

export interface TuyaPersonMove {
  readonly personIds: readonly string[]
  readonly originStructureId?: string
  readonly targetStructureId?: string
}

// ------------------------------------------------------------------------------ organisations

export interface TuyaOrganisation {
  readonly structureId: string
  readonly parentStructureId: string
  readonly structureName: string
  readonly level: number
  readonly projectId: string
  readonly sort: number
}

// ----------------------------------------------------------------------------------- channels

/** An entrance/exit ("access-control channel") with the device it sits on. */
export interface TuyaChannel {
  readonly channelId: string
  readonly channelName: string
  readonly channelNo: string
  readonly accessControlId: string
  readonly accessControlName: string
  readonly deviceId: string
  readonly deviceName: string
  readonly deviceSn: string
  readonly deviceMac: string
  readonly ipAddress: string
  readonly roomId: string
  readonly positionPath: string
  readonly online: boolean
}

export interface TuyaChannelFilter extends TuyaPaging {
  readonly accessControlName?: string
  readonly accessControlChannelName?: string
  readonly ipAddress?: string
  readonly deviceMac?: string
  readonly deviceSn?: string
  readonly cid?: string
  readonly online?: boolean
  readonly roomId?: string
  readonly containSub?: boolean
}

// -------------------------------------------------------------------------------- permissions

/** Per-credential issue status on an access-auth record: 0 to be sent, 1 already sent. */
export type TuyaIssueStatus = 'pending' | 'sent'
export const TUYA_ISSUE_STATUS_CODES: Readonly<Record<TuyaIssueStatus, number>> = { pending: 0, sent: 1 }

/** `authDateType` filter: 0 permanent, -1 expired, 7/15/30 expiring within N days. */
export type TuyaAuthValidity = 'permanent' | 'expired' | 'within7Days' | 'within15Days' | 'within30Days'
export const TUYA_AUTH_VALIDITY_CODES: Readonly<Record<TuyaAuthValidity, number>> = {
  permanent: 0,
  expired: -1,
  within7Days: 7,
  within15Days: 15,
  within30Days: 30,
}

export interface TuyaAccessAuth {
  readonly accessAuthId: string
  readonly personId: string
  readonly name: string
  readonly sex: TuyaSex
  readonly mobileCountry: string
  readonly mobile: string
  readonly personCode: string
  readonly structureIds: readonly string[]
  readonly accessAuthTimeRangeId: string
  readonly accessAuthTimeRangeStr: string
  readonly businessDeviceName: string
  readonly accessControlChannelId: string
  readonly accessControlChannelName: string
  readonly accessControlChannelNo: string
  readonly accessChannelRoomId: string
  readonly accessChannelPositionPath: string
  readonly authStartTime: number
  readonly authEndTime: number
  readonly totalCardNum: number
  readonly authCardNum: number
  readonly totalFaceNum: number
  readonly authFaceNum: number
  readonly totalFingerprintNum: number
  readonly authFingerprintNum: number
  readonly faceIssueStatus: TuyaIssueStatus
  readonly cardIssueStatus: TuyaIssueStatus
  readonly fingerprintIssueStatus: TuyaIssueStatus
}

export interface TuyaAccessAuthDetail extends Omit<
  TuyaAccessAuth,
  'accessAuthId' | 'structureIds' | 'accessControlChannelId' | 'accessAuthTimeRangeId' | 'accessAuthTimeRangeStr'
> {
  readonly imageUrl: string
  readonly sexStr: string
  readonly structureNames: readonly string[]
  readonly authCreateTime: number
  readonly authSource: string
  readonly authSourceStr: string
}

export interface TuyaAccessAuthFilter extends TuyaPaging {
  readonly name?: string
  readonly sex?: TuyaSex
  readonly mobile?: string
  readonly structureId?: string
  readonly personCode?: string
  readonly validity?: TuyaAuthValidity
  readonly accessControlChannelName?: string
  readonly accessChannelRoomId?: string
  readonly businessDeviceName?: string
  readonly authStartTime?: number
  readonly authEndTime?: number
  readonly faceIssueStatus?: TuyaIssueStatus
  readonly cardIssueStatus?: TuyaIssueStatus
  readonly fingerprintIssueStatus?: TuyaIssueStatus
  readonly channelIds?: readonly string[]
}

// ---------------------------------------------------------------------------------- sends

/** `authIssueType`: 1 send all permissions (full), 2 send additional permissions (increment). */
export type TuyaSendKind = 'full' | 'increment'
export const TUYA_SEND_KIND_CODES: Readonly<Record<TuyaSendKind, number>> = { full: 1, increment: 2 }

/**
 * `authIssueCertificate` — meaning 1 of 2: what a SEND pushes (access-auth-issue full/increment):
 * 1 card, 2 card + face, 3 card + password, 4 card + password + face.
 */
export type TuyaSendCertificates = 'card' | 'cardFace' | 'cardPassword' | 'cardPasswordFace'
export const TUYA_SEND_CERTIFICATE_CODES: Readonly<Record<TuyaSendCertificates, number>> = {
  card: 1,
  cardFace: 2,
  cardPassword: 3,
  cardPasswordFace: 4,
}

/**
 * `authIssueCertificate` — meaning 2 of 2: the task-list FILTER and the task DETAIL result:
 * 1 card, 2 card + face, 3 card + fingerprint. Code 3 therefore means "card + password" in a
 * send and "card + fingerprint" here; code 4 has no meaning here (decoded as `unknown`, with
 * the raw code and the server's own `authIssueCertificateStr` kept for display).
 */
export type TuyaTaskCertificates = 'card' | 'cardFace' | 'cardFingerprint'
export const TUYA_TASK_CERTIFICATE_CODES: Readonly<Record<TuyaTaskCertificates, number>> = {
  card: 1,
  cardFace: 2,
  cardFingerprint: 3,
}

/**
 * Task progress — the task RESULT enum (`authTaskProgress` in a task-list item):
 * 0 initialised, 1 to be started, 2 being executed, 3 terminated, 4 completed.
 */
export type TuyaTaskProgress = 'initialised' | 'notStarted' | 'running' | 'terminated' | 'completed'
export const TUYA_TASK_PROGRESS_RESULT_CODES: Readonly<Record<TuyaTaskProgress, number>> = {
  initialised: 0,
  notStarted: 1,
  running: 2,
  terminated: 3,
  completed: 4,
}

/**
 * Task progress — the task-list FILTER enum (`authTaskProgress` in the request):
 * 0 initialised, 1 completed, 2 terminated, 3 being executed. "To be started" has no filter code.
 */
export type TuyaTaskProgressFilter = Exclude<TuyaTaskProgress, 'notStarted'>
export const TUYA_TASK_PROGRESS_FILTER_CODES: Readonly<Record<TuyaTaskProgressFilter, number>> = {
  initialised: 0,
  completed: 1,
  terminated: 2,
  running: 3,
}

/**
 * Task outcome — the task RESULT enum (`authTaskStatus` in a task-list item):
 * 0 to be started, 1 partially successful, 2 all successful, 3 all failed, 4 terminated.
 */
export type TuyaTaskOutcome = 'notStarted' | 'partial' | 'succeeded' | 'failed' | 'terminated'
export const TUYA_TASK_OUTCOME_RESULT_CODES: Readonly<Record<TuyaTaskOutcome, number>> = {
  notStarted: 0,
  partial: 1,
  succeeded: 2,
  failed: 3,
  terminated: 4,
}

/**
 * Task outcome — the task-list FILTER enum (`authTaskStatus` in the request):
 * 1 all succeeded, 2 some succeeded, 3 all failed, 4 terminated.
 */
export type TuyaTaskOutcomeFilter = Exclude<TuyaTaskOutcome, 'notStarted'>
export const TUYA_TASK_OUTCOME_FILTER_CODES: Readonly<Record<TuyaTaskOutcomeFilter, number>> = {
  succeeded: 1,
  partial: 2,
  failed: 3,
  terminated: 4,
}

/** `authNumType` filter: -1 all, 0 tasks without permissions, 1 tasks with permissions. */
export type TuyaAuthNumFilter = 'all' | 'none' | 'some'
export const TUYA_AUTH_NUM_FILTER_CODES: Readonly<Record<TuyaAuthNumFilter, number>> = { all: -1, none: 0, some: 1 }

/** What a send started: one task per channel. */
export interface TuyaSendResult {
  readonly kind: TuyaSendKind
  readonly taskIds: readonly string[]
  /**
   * True when the answer to the send was lost (network, 5xx) and the tasks were found in the
   * task list afterwards instead of sending again.
   */
  readonly recovered: boolean
}

/** A decoded code with the raw value kept: the cloud may add values the seed does not list. */
export type TuyaCoded<T extends string> = { readonly known: true; readonly value: T; readonly code: number } | { readonly known: false; readonly code: number }

export interface TuyaAuthTask {
  readonly authTaskId: string
  readonly taskStartTime: number
  /** Null while the task runs. */
  readonly taskFinishTime: number | null
  readonly accessControlChannelName: string
  readonly accessControlChannelNo: string
  readonly accessChannelPositionPath: string
  readonly businessDeviceName: string
  readonly authNum: number
  readonly successNum: number
  readonly kind: TuyaCoded<TuyaSendKind>
  readonly progress: TuyaCoded<TuyaTaskProgress>
  readonly outcome: TuyaCoded<TuyaTaskOutcome>
}

export interface TuyaAuthTaskDetail {
  readonly taskStartTime: number
  readonly taskFinishTime: number | null
  /** Decoded by the task enum (meaning 2 of `authIssueCertificate`). */
  readonly certificates: TuyaCoded<TuyaTaskCertificates>
  readonly authIssueCertificateStr: string
  readonly accessControlChannelName: string
  readonly accessControlChannelNo: string
  readonly accessChannelPositionPath: string
  readonly businessDeviceName: string
}

export interface TuyaAuthTaskFilter extends TuyaPaging {
  /** `issueType`: 1 being sent, 2 already sent. */
  readonly inProgress?: boolean
  readonly taskStartFrom?: number
  readonly taskStartTo?: number
  readonly taskFinishFrom?: number
  readonly taskFinishTo?: number
  readonly accessControlChannelName?: string
  readonly accessChannelPositionPath?: string
  readonly businessDeviceName?: string
  readonly authNum?: TuyaAuthNumFilter
  readonly kind?: TuyaSendKind
  readonly certificates?: TuyaTaskCertificates
  readonly progress?: TuyaTaskProgressFilter
  readonly outcome?: TuyaTaskOutcomeFilter
}

/** `issueStatus` of one person in a task: 0 initialised, 1 unknown, 2 terminated, 3 failed, 4 succeeded. */
export type TuyaRecordStatus = 'initialised' | 'unknown' | 'terminated' | 'failed' | 'succeeded'
export const TUYA_RECORD_STATUS_CODES: Readonly<Record<TuyaRecordStatus, number>> = {
  initialised: 0,
  unknown: 1,
  terminated: 2,
  failed: 3,
  succeeded: 4,
}

export interface TuyaTaskRecord {
  readonly projectId: string
  readonly authTaskRecordId: string
  readonly personId: string
  readonly name: string
  readonly mobileCountry: string
  readonly mobile: string
  readonly structureName: string
  readonly accessAuthTimeRangeId: string
  readonly accessAuthTimeRangeStr: string
  /** Null until the record was sent. */
  readonly authIssueTime: number | null
  readonly issueStatus: TuyaCoded<TuyaRecordStatus>
}

export interface TuyaTaskRecordFilter extends TuyaPaging {
  readonly name?: string
  readonly mobile?: string
  readonly structureName?: string
  readonly issueStatus?: TuyaRecordStatus
}

export interface TuyaTaskRecords {
  readonly totalNum: number
  readonly successNum: number
  readonly records: TuyaPage<TuyaTaskRecord>
}

export interface TuyaIssueCounts {
  readonly successIssueNum: number
  readonly failIssueNum: number
  readonly successIssueDelNum: number
  readonly failIssueDelNum: number
}

/** Per credential type, how one person's part of a task went. */
export interface TuyaIssueInfo {
  readonly projectId: string
  readonly authTaskRecordId: string
  readonly person: TuyaIssueCounts
  readonly card: TuyaIssueCounts
  readonly cardPassword: TuyaIssueCounts
  readonly face: TuyaIssueCounts
  readonly fingerprint: TuyaIssueCounts
}
