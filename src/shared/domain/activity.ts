/** The installer activity log: every change made through Fieldkey, and what became of it. Times are epoch milliseconds. */
import type { OutboxOperationKind } from './outbox'
import type { TuyaSendCertificates, TuyaSendKind } from './tuya'

/**
 * What became of a change: sent and landed (`done`), waiting in the outbox (`queued`), refused or
 * failed (`failed`, with the reason), a conflict settled by the installer (`merged`), or dropped
 * from the outbox (`discarded`).
 */
export type ActivityResult = 'done' | 'queued' | 'failed' | 'merged' | 'discarded'
export const ACTIVITY_RESULTS: readonly ActivityResult[] = ['done', 'queued', 'failed', 'merged', 'discarded']

/** The kinds of change the log words: every outbox change, and a staff file imported as one run. */
export type ActivityKind = OutboxOperationKind | 'akuvox.staff.import'

/**
 * The data the change is worded from, in the UI's language when shown. Never a secret, never a
 * PIN or card number: names, counts and choices only.
 */
export interface ActivityParams {
  readonly name?: string
  readonly count?: number
  readonly change?: 'add' | 'remove'
  readonly sendKind?: TuyaSendKind
  readonly certificates?: TuyaSendCertificates
  /** Permission sends: how many doors (the target names the first few). */
  readonly doors?: number
  /** Import runs: rows created, queued and failed. */
  readonly created?: number
  readonly queued?: number
  readonly failed?: number
}

export interface ActivityOperation {
  readonly kind: ActivityKind
  readonly params: ActivityParams
  /** What was changed, by name (a group, a person, doors), as the installer knows it. */
  readonly target: string
}

/** Why a change failed: the stable error code and the key of its message (with its values). */
export interface ActivityReason {
  readonly code: string
  readonly messageKey: string
  readonly params?: Readonly<Record<string, string | number>>
}

export interface ActivityEntry {
  readonly id: number
  readonly at: number
  /** The installer's name as set in settings when the change was made; null when none was set. */
  readonly installer: string | null
  readonly installId: string | null
  readonly connectionId: string
  readonly connectionLabel: string
  readonly projectId: string
  readonly projectName: string
  readonly operation: ActivityOperation
  readonly result: ActivityResult
  readonly reason: ActivityReason | null
  /** The cloud's request id, where it gave one. */
  readonly requestId: string | null
  /** The outbox entry a queued change waits as: its later rows (done, failed…) carry the same id. */
  readonly outboxId: number | null
}

/** A page of the log's filters, newest first. */
export interface ActivityQuery {
  readonly offset: number
  readonly limit: number
  /** Matched against the target and the operation's name and kind. */
  readonly search?: string
  readonly result?: ActivityResult
  readonly connectionId?: string
  readonly projectId?: string
  /** Inclusive range of `at`. */
  readonly from?: number
  readonly to?: number
}
