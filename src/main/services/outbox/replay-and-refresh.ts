import type { ReplayOutcome } from '@shared/domain/outbox'
import type { Logger } from '../../log/logger'
import type { CacheScope } from '../../store/cache/scope'
import type { OutboxService } from './outbox-service'

export interface ReplayAndRefreshDeps {
  readonly outbox: OutboxService
  /** Reads the project from the cloud again (joins a sync already running). */
  readonly sync: (connectionId: string, projectId: string) => Promise<unknown>
  /** Every list of the project may have changed: its views read again. */
  readonly refreshed: (scope: CacheScope) => void
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
    await deps.sync(scope.connectionId, scope.projectId).catch((error: unknown) => {
      deps.logger.warn('sync after replay failed', { ...scope, error: error instanceof Error ? error.message : String(error) })
    })
    deps.refreshed(scope)
  }
  return outcomes
}
