import type { ReplayOutcome } from '@shared/domain/outbox'
import type { SyncSummary } from '@shared/domain/sync'
import { toAppError } from '@shared/errors'
import type { SyncOutcome } from '@shared/ipc/channels/sync'
import type { Logger } from '../../log/logger'
import type { CacheScope } from '../../store/cache/scope'
import type { OutboxService } from './outbox-service'

export interface ReplayAndRefreshDeps {
  readonly outbox: OutboxService
  /** Reads the project from the cloud again (joins a sync already running). */
  readonly sync: (connectionId: string, projectId: string) => Promise<SyncSummary>
  /**
   * Every list of the project may have changed: its views read again. The outcome is that of
   * the sync, as any other sync reports it, so what shows the project as a whole (its overview,
   * "As of", counts) reads again too.
   */
  readonly refreshed: (scope: CacheScope, outcome: SyncOutcome) => void
  readonly logger: Logger
}

/**
 * The one way queued changes are replayed: the reviewed entries in order, then every project
 * in which one landed is read from the cloud again and told so, so each affected list (groups
 * and their member counts, staff, persons) shows the cloud's state at once, not at the next sync.
 */
export async function replayAndRefresh(deps: ReplayAndRefreshDeps, entryIds: readonly number[]): Promise<ReplayOutcome[]> {
  const entries = new Map(deps.outbox.list().map((e) => [e.id, e]))
  const outcomes = await deps.outbox.replay(entryIds)
  const scopes = new Map<string, CacheScope>()
  for (const outcome of outcomes) {
    const entry = outcome.kind === 'applied' ? entries.get(outcome.id) : undefined
    if (entry) scopes.set(`${entry.connectionId}/${entry.projectId}`, { connectionId: entry.connectionId, projectId: entry.projectId })
  }
  for (const scope of scopes.values()) {
    const synced = await deps.sync(scope.connectionId, scope.projectId).then(
      (summary): SyncOutcome => ({ ...scope, kind: 'finished', summary }),
      (error: unknown): SyncOutcome => {
        deps.logger.warn('sync after replay failed', { ...scope, error: error instanceof Error ? error.message : String(error) })
        return { ...scope, kind: 'failed', error: toAppError(error) }
      },
    )
    deps.refreshed(scope, synced)
  }
  return outcomes
}
