import type { PackDoor } from '../report/types'
/**
 * What the sends views read and ask for: channels with their permission counts and
 * last send, permissions, the send preview, tracked tasks with their records, the person ×
 * credential grid, and the handover report. Times are epoch milliseconds.
 */
import type { AkuvoxAccessGroupSummary } from '../domain/akuvox'
import type { CachedDevice } from '../domain/devices'
import type { OutboxEntry } from '../domain/outbox'
import type { AppError } from '../errors'
import type {
  TuyaAccessAuth,
  TuyaAccessAuthDetail,
  TuyaAuthTask,
  TuyaAuthTaskDetail,
  TuyaIssueInfo,
  TuyaIssueStatus,
  TuyaSendCertificates,
  TuyaSendKind,
  TuyaTaskRecord,
} from '../domain/tuya'

/** A credential a send can push (fingerprints ride in no send policy, seed 004). */
export type SendCredential = 'card' | 'face' | 'password'

/** A channel's permissions, and how many have a card or a face still to be sent (`pending.ts`). */
export interface PendingCounts {
  readonly total: number
  readonly card: number
  readonly face: number
}

/** The last task seen on a channel, as the cache holds it. */
export interface LastSend {
  readonly task: TuyaAuthTask
  readonly failed: number
}

export interface ChannelRow {
  readonly channelId: string
  readonly name: string
  readonly deviceId: string
  readonly deviceName: string
  readonly roomId: string
  readonly positionPath: string
  readonly online: boolean
  readonly lastSeenAt: number | null
  readonly permissions: PendingCounts
  readonly lastSend: LastSend | null
}

export interface ChannelsListing {
  readonly channels: readonly ChannelRow[]
  /** When the channels were last read in full; null when never. */
  readonly syncedAt: number | null
}

export type ValidityFilter = 'permanent' | 'expired' | 'within7Days' | 'within15Days' | 'within30Days'

export interface PermissionsFilter {
  readonly channelId?: string
  readonly personId?: string
  readonly search?: string
  readonly validity?: ValidityFilter
  readonly faceIssueStatus?: TuyaIssueStatus
  readonly cardIssueStatus?: TuyaIssueStatus
  readonly fingerprintIssueStatus?: TuyaIssueStatus
}

export interface PermissionsPage {
  readonly items: readonly TuyaAccessAuth[]
  readonly total: number
}

/** One permission: the cached row, and the cloud's detail when it could be read. */
export interface PermissionView {
  readonly auth: TuyaAccessAuth
  readonly detail: TuyaAccessAuthDetail | null
  readonly detailError: AppError | null
}

export interface SendDraft {
  readonly channelIds: readonly string[]
  readonly kind: TuyaSendKind
  readonly certificates: TuyaSendCertificates
}

export interface PreviewPerson {
  readonly personId: string
  readonly name: string
  readonly credentials: readonly SendCredential[]
}

export type PreflightProblem =
  | { readonly kind: 'offline'; readonly channelId: string }
  | { readonly kind: 'noCredential'; readonly channelId: string; readonly personId: string; readonly name: string }
  | { readonly kind: 'nothingToSend'; readonly channelId: string }
  | { readonly kind: 'running'; readonly channelId: string; readonly taskId: string }

export interface ChannelPreview {
  readonly channelId: string
  readonly name: string
  readonly deviceName: string
  readonly online: boolean
  readonly persons: readonly PreviewPerson[]
  readonly problems: readonly PreflightProblem[]
}

export interface SendPreview {
  readonly draft: SendDraft
  readonly channels: readonly ChannelPreview[]
  /** Persons × credentials over all channels. */
  readonly personCount: number
  readonly problemCount: number
}

/** A task the app follows, with the channel it was matched to (tasks do not name their channel id). */
export interface TrackedTask {
  readonly task: TuyaAuthTask
  readonly channelId: string | null
  /** Records that reached a final state (succeeded, failed, terminated). */
  readonly done: number
  readonly failed: number
}

export interface StartedSend {
  readonly kind: TuyaSendKind
  readonly taskIds: readonly string[]
  /** When the send went out, by the cloud's clock: with the task count it names the batch before its tasks are listed. */
  readonly startedAt: number
  /** The send's answer was lost and its tasks were found in the task list (never sent twice). */
  readonly recovered: boolean
}

/**
 * What a send from the wizard became: sent, or waiting in the outbox. `unconfirmed`: it went out
 * but its answer was lost; Fieldkey reads the cloud's task list when it answers again.
 */
export type SendStart = ({ readonly outcome: 'sent' } & StartedSend) | { readonly outcome: 'queued'; readonly entryId: number; readonly unconfirmed: boolean }

/**
 * A send whose answer was lost, settled from the cloud's task list: `adopted`, its tasks were
 * there and are followed (the outbox entry is gone); `notFound`, it did not land and waits in the
 * outbox to be sent.
 */
export interface SendChecked {
  readonly connectionId: string
  readonly projectId: string
  readonly outcome: 'adopted' | 'notFound'
  readonly kind: TuyaSendKind
  readonly channelNames: readonly string[]
  readonly taskIds: readonly string[]
}

/** Live progress of a batch of tasks, from main's poller. */
export interface SendProgress {
  readonly connectionId: string
  readonly projectId: string
  readonly taskIds: readonly string[]
  readonly tasks: readonly TrackedTask[]
  readonly state: 'running' | 'finished' | 'stalled'
  /** The last polling error while stalled or retrying. */
  readonly error: AppError | null
}

export type TaskStateFilter = 'running' | 'finished'
export type TaskOutcomeFilter = 'succeeded' | 'partial' | 'failed' | 'terminated'

export interface TasksFilter {
  readonly search?: string
  readonly state?: TaskStateFilter
  readonly kind?: TuyaSendKind
  readonly outcome?: TaskOutcomeFilter
  readonly withPermissions?: boolean
  readonly startFrom?: number
  readonly startTo?: number
}

export interface TasksPage {
  readonly items: readonly TrackedTask[]
  readonly total: number
}

export interface TaskView {
  readonly tracked: TrackedTask
  readonly detail: TuyaAuthTaskDetail | null
  readonly records: readonly TuyaTaskRecord[]
}

/** What a record's issue info counts per type: the person and each credential. */
export type IssueSubject = 'person' | 'card' | 'cardPassword' | 'face' | 'fingerprint'

/**
 * Why part of a send did not land, from what the cloud says: the record's status, its issue
 * info per type (sent / failed to send / failed to delete), and the device's state now. The
 * cloud gives no reason text (seed 004), so these are all the reasons there are.
 */
export type FailureReason =
  /** Issue info counts a failed send of this type. */
  | { readonly kind: 'notSent'; readonly subject: IssueSubject }
  /** Issue info counts a failed delete of this type (an old one stays on the door). */
  | { readonly kind: 'notRemoved'; readonly subject: IssueSubject }
  /** The record was terminated. */
  | { readonly kind: 'stopped' }
  /** The record's status is "unknown", or a code the seed does not list. */
  | { readonly kind: 'unconfirmed' }
  /** The channel's device is offline now. */
  | { readonly kind: 'deviceOffline' }
  /** The record failed and its issue info could not be read. */
  | { readonly kind: 'unread' }
  /** The record failed and its issue info names no failure. */
  | { readonly kind: 'noReason' }

/** One cell of the grid: what happened to one credential type of one person. */
export type GridCell = 'succeeded' | 'failed' | 'pending' | 'notSent' | 'unknown'

export interface GridRow {
  readonly personId: string
  readonly name: string
  readonly recordId: string
  readonly record: TuyaTaskRecord['issueStatus']
  readonly cells: Readonly<Record<SendCredential, GridCell>>
  /** Why this person's part failed, in the cloud's terms (empty when nothing failed). */
  readonly reasons: readonly FailureReason[]
}

export interface ChannelGrid {
  readonly channelId: string | null
  readonly channelName: string
  readonly deviceName: string
  readonly taskId: string
  readonly rows: readonly GridRow[]
  readonly failedRows: number
}

export interface SendGrid {
  readonly channels: readonly ChannelGrid[]
  /** Issue info could not be read for some records (offline): their cells follow the record. */
  readonly partial: boolean
}

/** One incremental resend: the channels whose original tasks share this credential policy. */
export interface RetryBatch {
  readonly certificates: TuyaSendCertificates
  readonly channelIds: readonly string[]
  readonly channelNames: readonly string[]
  readonly failedPersons: number
}

export interface RetryPlan {
  /** Every channel that will be resent, over all batches. */
  readonly channelIds: readonly string[]
  readonly channelNames: readonly string[]
  readonly failedPersons: number
  /** One send per original policy (usually one). */
  readonly batches: readonly RetryBatch[]
  /** Channels with failures that cannot be resent: unmatched channel or unknown policy. */
  readonly left: readonly string[]
}

export interface IssueInfoMap {
  readonly [authTaskRecordId: string]: TuyaIssueInfo
}

// ------------------------------------------------------------------------------------- report

export interface ReportChannel {
  readonly channelId: string
  readonly name: string
  readonly deviceName: string
  readonly online: boolean
  readonly lastSend: LastSend | null
  readonly failedNames: readonly string[]
}

export interface ReportGroup {
  readonly summary: AkuvoxAccessGroupSummary
  /** Its doors ("device · relay"), from the group's cached info call; empty when it was never read. */
  readonly doors: readonly string[]
}

export interface ReportPeople {
  readonly total: number
  readonly enabled: number
  /** Tuya: persons with at least one permission; Akuvox: null (not counted per person). */
  readonly withPermissions: number | null
}

export interface ReportData {
  readonly generatedAt: number
  readonly preparedBy: string
  readonly vendor: 'akuvox' | 'tuya'
  readonly connectionLabel: string
  readonly projectId: string
  readonly projectName: string | null
  readonly syncedAt: number | null
  readonly devices: readonly CachedDevice[]
  /** Every door: Akuvox relays and security relays with the groups that open them, or Tuya channels. */
  readonly doors: readonly PackDoor[]
  readonly channels: readonly ReportChannel[]
  readonly accessGroups: readonly ReportGroup[]
  readonly people: ReportPeople
  readonly outbox: readonly OutboxEntry[]
}
