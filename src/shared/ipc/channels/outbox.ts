import type { OutboxEntry, ReplayOutcome } from '../../domain/outbox'
import { event, invoke } from '../define'
import { outboxEntryRef, outboxListInput, outboxReplayInput } from '../schemas/project'

export const outboxInvokes = {
  'outbox:list': invoke<readonly OutboxEntry[]>()(outboxListInput),
  'outbox:discard': invoke<{ readonly discarded: boolean }>()(outboxEntryRef),
  /** After a side-by-side review: the server's version becomes the change's base. */
  'outbox:keepMine': invoke<{ readonly kept: boolean }>()(outboxEntryRef),
  /** Replays the reviewed changes in order; each result is recorded. */
  'outbox:replay': invoke<readonly ReplayOutcome[]>()(outboxReplayInput),
} as const

export const outboxEvents = {
  'outbox:changed': event<readonly OutboxEntry[]>(),
} as const
