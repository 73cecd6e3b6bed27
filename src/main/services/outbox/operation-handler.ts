import type { OutboxBase, OutboxEntry, OutboxOperation, OutboxOperationKind } from '@shared/domain/outbox'
import type { TuyaSendResult } from '@shared/domain/tuya'
import type { MergeFieldSpec } from '@shared/merge/review'
import type { MergeRecord } from '@shared/merge/three-way'
import type { CloudSession } from '../connections/cloud-session'

export type OperationOf<K extends OutboxOperationKind> = Extract<OutboxOperation, { readonly kind: K }>

/** What sending a change answers, for `afterApplied`: the tasks a permission send started. */
export type AppliedOf<K extends OutboxOperationKind> = K extends 'tuya.permissions.send' ? TuyaSendResult : unknown

/**
 * What a domain tells the outbox about one kind of queued change. The outbox stores, orders and
 * replays changes; everything that depends on what a change is comes from here.
 */
export interface OperationHandler<K extends OutboxOperationKind> {
  /** The ids the change touches: replay keeps later changes to a target behind a failed one. */
  targetIds(op: OperationOf<K>): readonly string[]
  /** Sends the change to the cloud. */
  apply(session: CloudSession, op: OperationOf<K>, signal: AbortSignal): Promise<AppliedOf<K>>
  /**
   * The target's version in the cloud now, compared with the change's base before it is sent:
   * null when the target is gone, undefined when there is nothing to compare (a create).
   */
  currentVersion(session: CloudSession, op: OperationOf<K>, signal: AbortSignal): Promise<OutboxBase | null | undefined>
  /** After the change landed: e.g. mark the cached copy of its target out of date. */
  afterApplied?(entry: OutboxEntry, op: OperationOf<K>, applied: AppliedOf<K>): void
  /** After the installer discarded the change: forget what was recorded as waiting for it. */
  afterDiscarded?(entry: OutboxEntry, op: OperationOf<K>): void
  /** How a conflict of this kind is merged field by field; without it the installer keeps or discards the change whole. */
  readonly merge?: MergeSpec<K>
}

/**
 * A change kind's record as labelled fields, for the three-way merge: base and theirs are read
 * from the snapshots the outbox keeps (the base when the change was made, the cloud's at the
 * conflict); mine is the change applied to base; a merged record becomes the change to send.
 */
export interface MergeSpec<K extends OutboxOperationKind> {
  readonly fields: readonly MergeFieldSpec[]
  /** The record as fields; null when the snapshot cannot be read (kept by an older version). */
  read(snapshot: unknown): MergeRecord | null
  /** What the record is once the queued change is applied to `base`. */
  mine(op: OperationOf<K>, base: MergeRecord): MergeRecord
  /** The change that makes the cloud's record (`theirs`) into `merged`. */
  build(op: OperationOf<K>, merged: MergeRecord, theirs: unknown): OperationOf<K>
  /** Names of the ids the fields hold (groups, doors, buildings), as the snapshots give them; later snapshots win. */
  names(snapshots: readonly unknown[]): Readonly<Record<string, string>>
}

/** A handler for every kind of change: one missing is a compile error where they are put together. */
export type OperationHandlers = { readonly [K in OutboxOperationKind]: OperationHandler<K> }

/** The handler of a change's kind. */
export function handlerOf(handlers: OperationHandlers, op: OutboxOperation): OperationHandler<OutboxOperationKind> {
  // Indexing a mapped type by a union key loses the link between key and handler; `op.kind`
  // picks the handler written for exactly this operation.
  return handlers[op.kind] as OperationHandler<OutboxOperationKind>
}
