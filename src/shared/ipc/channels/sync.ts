import type { SyncProgress, SyncSummary } from '../../domain/sync'
import type { AppError } from '../../errors'
import { event, invoke } from '../define'
import { projectScope } from '../schemas/project'

export type SyncOutcome =
  | { readonly connectionId: string; readonly projectId: string; readonly kind: 'finished'; readonly summary: SyncSummary }
  | { readonly connectionId: string; readonly projectId: string; readonly kind: 'failed'; readonly error: AppError }

export const syncInvokes = {
  /** Starts a full sync (or joins the running one); progress and the end arrive as events. */
  'sync:start': invoke<{ readonly started: boolean }>()(projectScope),
  'sync:cancel': invoke<{ readonly cancelled: boolean }>()(projectScope),
} as const

export const syncEvents = {
  'sync:progress': event<SyncProgress>(),
  'sync:outcome': event<SyncOutcome>(),
} as const
