import type { OutboxEntry, ReplayOutcome } from '../../domain/outbox'
import { event, invoke } from '../define'
import type { MergeReview } from '../../merge/review'
import { outboxEntryRef, outboxListInput, outboxReplayInput, outboxResolveInput } from '../schemas/project'

export const outboxInvokes = {
  'outbox:list': invoke<readonly OutboxEntry[]>()(outboxListInput),
  'outbox:discard': invoke<{ readonly discarded: boolean }>()(outboxEntryRef),
  /** A change in conflict field by field with the cloud's record; null when it can only be kept or discarded whole. */
  'outbox:review': invoke<{ readonly review: MergeReview | null }>()(outboxEntryRef),
  /** Settles a conflict: the change becomes the merge or the installer's record whole, made over the cloud's version. */
  'outbox:resolve': invoke<{ readonly resolved: boolean }>()(outboxResolveInput),
  /** Replays the reviewed changes in order; each result is recorded. */
  'outbox:replay': invoke<readonly ReplayOutcome[]>()(outboxReplayInput),
} as const

export const outboxEvents = {
  'outbox:changed': event<readonly OutboxEntry[]>(),
} as const
