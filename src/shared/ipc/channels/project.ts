import type { CachedBuilding, CachedChannel, CachedDevice, CachedDeviceDetail, HealthChange, StatusFreshness } from '../../domain/devices'
import type { OutboxEntry, ReplayOutcome } from '../../domain/outbox'
import type { ProjectOverview, SyncProgress, SyncSummary } from '../../domain/sync'
import type { AppError } from '../../errors'
import { event, invoke } from '../define'
import { channelsQuery, deviceRef, devicesQuery, outboxEntryRef, outboxListInput, outboxReplayInput, projectScope } from '../schemas/project'

/** The project overview as the view needs it: cached counts plus how fresh the statuses are. */
export interface ProjectView {
  /** From the cached project list; null when the project was never listed. */
  readonly projectName: string | null
  readonly overview: ProjectOverview
  readonly freshness: StatusFreshness
  readonly syncing: boolean
}

export type SyncOutcome =
  | { readonly connectionId: string; readonly projectId: string; readonly kind: 'finished'; readonly summary: SyncSummary }
  | { readonly connectionId: string; readonly projectId: string; readonly kind: 'failed'; readonly error: AppError }

export const projectInvokes = {
  /** Opening a project: start watching its devices; sync in the background when the cache is old. */
  'project:open': invoke<ProjectView>()(projectScope),
  'project:overview': invoke<ProjectView>()(projectScope),
  /** Starts a full sync (or joins the running one); progress and the end arrive as events. */
  'sync:start': invoke<{ readonly started: boolean }>()(projectScope),
  'sync:cancel': invoke<{ readonly cancelled: boolean }>()(projectScope),
  'devices:list': invoke<{ readonly items: readonly CachedDevice[]; readonly total: number }>()(devicesQuery),
  'devices:detail': invoke<CachedDeviceDetail>()(deviceRef),
  'devices:buildings': invoke<readonly CachedBuilding[]>()(projectScope),
  /** Tuya doors (entrances/exits), all of the project or those of one device. */
  'devices:channels': invoke<readonly CachedChannel[]>()(channelsQuery),
  'health:check': invoke<HealthChange>()(projectScope),
  'outbox:list': invoke<readonly OutboxEntry[]>()(outboxListInput),
  'outbox:discard': invoke<{ readonly discarded: boolean }>()(outboxEntryRef),
  /** After a side-by-side review: the server's version becomes the change's base. */
  'outbox:keepMine': invoke<{ readonly kept: boolean }>()(outboxEntryRef),
  /** Replays the reviewed changes in order; each result is recorded. */
  'outbox:replay': invoke<readonly ReplayOutcome[]>()(outboxReplayInput),
} as const

export const projectEvents = {
  'sync:progress': event<SyncProgress>(),
  'sync:outcome': event<SyncOutcome>(),
  'health:changed': event<HealthChange>(),
  'outbox:changed': event<readonly OutboxEntry[]>(),
} as const
