import type { OutboxBase, OutboxEntry, OutboxOperation } from '@shared/domain/outbox'
import type { MergeReview } from '@shared/merge/review'
import { type MergeResolution, mergeRecords, resolveMerge } from '@shared/merge/three-way'
import { type OperationHandlers, handlerOf } from './operation-handler'

/** A conflicting change merged with the cloud: the review the installer sees, and the change each resolution sends. */
export interface EntryMerge {
  readonly review: MergeReview
  /** The change that turns the cloud's record into the resolved one, and the cloud's version it applies to. */
  resolve(resolution: MergeResolution): { readonly operation: OutboxOperation; readonly base: OutboxBase }
}

/**
 * The three-way merge of a change in conflict: the base it was made on, the change applied to
 * that base, and the cloud's record now. Null when the change is not in conflict, its target
 * is gone, its kind has no fields to merge, or a snapshot cannot be read.
 */
export function entryMerge(handlers: OperationHandlers, entry: OutboxEntry): EntryMerge | null {
  const current = entry.conflict?.current
  const spec = handlerOf(handlers, entry.operation).merge
  if (!entry.conflict || !current || !spec) return null
  const base = spec.read(entry.conflict.base.snapshot)
  const theirs = spec.read(current.snapshot)
  if (!base || !theirs) return null
  const fields = mergeRecords(
    spec.fields.map((f) => f.key),
    base,
    spec.mine(entry.operation, base),
    theirs,
  )
  return {
    review: {
      id: entry.id,
      fields: fields.map((f, i) => ({ ...f, format: spec.fields[i]?.format ?? 'text' })),
      names: spec.names([entry.conflict.base.snapshot, current.snapshot]),
    },
    resolve: (resolution) => ({ operation: spec.build(entry.operation, resolveMerge(fields, resolution), current.snapshot), base: current }),
  }
}
