/** Changes the installer made that wait for the cloud, and what their replay did. Times are epoch milliseconds. */
import type { AkuvoxAccessGroupInput, AkuvoxAccessGroupUpdate, AkuvoxStaffAccessInput, AkuvoxStaffAccessUpdate } from './akuvox'
import type { AppError } from '../errors'
import type { ResidentRef } from './residents'
import type { NamedChannel } from '../sends/task-channel'
import type { TuyaPersonEdit, TuyaPersonInput, TuyaPersonMove, TuyaSendCertificates, TuyaSendKind } from './tuya'

/**
 * A change the installer made that is waiting for the cloud. Each kind names its vendor; the
 * domain that owns it tells the outbox how to send it (src/main/services/outbox/operation-handler.ts).
 */
export type OutboxOperation =
  | { readonly kind: 'akuvox.accessGroup.create'; readonly input: AkuvoxAccessGroupInput }
  | { readonly kind: 'akuvox.accessGroup.update'; readonly input: AkuvoxAccessGroupUpdate }
  | { readonly kind: 'akuvox.accessGroup.delete'; readonly projectId: string; readonly accessGroupId: string }
  /** Residents added to or removed from a group (one call each on replay; already so counts as done). */
  | {
      readonly kind: 'akuvox.accessGroup.residents'
      readonly projectId: string
      readonly accessGroupId: string
      /** For the outbox review, which names the group. */
      readonly accessGroupName: string
      readonly change: 'add' | 'remove'
      readonly residents: readonly ResidentRef[]
    }
  /**
   * `unconfirmed`: the first try failed on the network after it was sent, so it may have landed;
   * the replay looks for it before creating.
   */
  | { readonly kind: 'akuvox.staff.create'; readonly input: AkuvoxStaffAccessInput; readonly unconfirmed?: true }
  | { readonly kind: 'akuvox.staff.update'; readonly input: AkuvoxStaffAccessUpdate }
  /** One id: `delete_staff_access_info`; several: `batch_delete_staff_access_info` (all or nothing). */
  | { readonly kind: 'akuvox.staff.delete'; readonly projectId: string; readonly staffAccessIds: readonly string[] }
  | { readonly kind: 'tuya.person.add'; readonly input: TuyaPersonInput }
  | { readonly kind: 'tuya.person.edit'; readonly edit: TuyaPersonEdit }
  | { readonly kind: 'tuya.person.disable'; readonly personIds: readonly string[] }
  | { readonly kind: 'tuya.person.delete'; readonly move: TuyaPersonMove }
  | { readonly kind: 'tuya.person.recover'; readonly move: TuyaPersonMove }
  | TuyaPermissionSend

/**
 * A permission send to Tuya channels (one task per channel once it lands). The channels are kept
 * with their names, so the review and the task list read without the cache.
 */
export interface TuyaPermissionSend {
  readonly kind: 'tuya.permissions.send'
  readonly sendKind: TuyaSendKind
  readonly certificates: TuyaSendCertificates
  readonly channels: readonly NamedChannel[]
  /** Persons × credentials the preview counted when the send was made. */
  readonly credentials: number
  readonly check: SendCheck
}

/**
 * Where the send stands: `none`, it was never sent (no network); `unconfirmed`, it went out at
 * `sentAt` (the cloud's clock) but its answer was lost, so the cloud's task list is read before
 * anything is sent again; `notFound`, that read (at `checkedAt`, the cloud's clock) found no task
 * of it, so it waits to be sent. A replay whose answer is lost again makes it `unconfirmed` anew.
 */
export type SendCheck =
  { readonly state: 'none' } | { readonly state: 'unconfirmed'; readonly sentAt: number } | { readonly state: 'notFound'; readonly checkedAt: number }

export type OutboxOperationKind = OutboxOperation['kind']

/** The target as it was when the change was made: replay applies only if the cloud still agrees. */
export interface OutboxBase {
  readonly version: string
  readonly snapshot: unknown
}

export interface OutboxConflict {
  readonly base: OutboxBase
  /** Null when the target is gone from the cloud. */
  readonly current: OutboxBase | null
  readonly detectedAt: number
}

export type OutboxState = 'pending' | 'failed' | 'conflict'

export interface OutboxEntry {
  readonly id: number
  readonly connectionId: string
  readonly projectId: string
  readonly operation: OutboxOperation
  readonly targetIds: readonly string[]
  readonly base: OutboxBase | null
  readonly createdAt: number
  readonly state: OutboxState
  readonly attempts: number
  readonly lastAttemptAt: number | null
  readonly lastError: AppError | null
  readonly conflict: OutboxConflict | null
  /**
   * The intent the change came from (one per opened form): a change made again under this key
   * replaces this entry, so an edit of a waiting create folds into it.
   */
  readonly intentKey: string
}

export type ReplayOutcome =
  | { readonly kind: 'applied'; readonly id: number }
  | { readonly kind: 'failed'; readonly id: number; readonly error: AppError }
  | { readonly kind: 'conflict'; readonly id: number; readonly conflict: OutboxConflict }
  /** Not tried: an earlier change to the same target did not go through in this replay. */
  | { readonly kind: 'skipped'; readonly id: number; readonly blockedBy: number }
