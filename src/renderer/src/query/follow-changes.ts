import type { CacheCollection, SyncProgress } from '@shared/domain/sync'
import type { QueryClient } from '@tanstack/react-query'
import { api } from '../api'
import { keyedThrottle } from './keyed-throttle'
import {
  type ProjectScopeKey,
  activityKey,
  connectionsKey,
  domainKey,
  networkKey,
  outboxKey,
  projectKey,
  sendProgressKey,
  syncOutcomeKey,
  syncProgressKey,
} from './keys'

export type SyncProgressByCollection = Partial<Readonly<Record<CacheCollection, SyncProgress>>>

/** How often a running sync's progress may read the project's overview counts again. */
export const OVERVIEW_REFRESH_MS = 1000

/**
 * Main's `*:changed` events mark the queries of what changed stale; mounted ones read again at
 * once, so every list that shows the change refreshes together. What main pushes without being
 * asked (network, sync and send progress, the outbox, the connections) is put in the cache as it
 * comes. Returns the unsubscribe.
 */
export function followChanges(client: QueryClient): () => void {
  const invalidate = (queryKey: readonly unknown[]) => void client.invalidateQueries({ queryKey })
  // The overview's counts follow a sync as its pages land, read at most once a second (a read
  // still running finishes rather than starting over), and once more when it ends.
  const overviewRefresh = keyedThrottle<ProjectScopeKey>(
    OVERVIEW_REFRESH_MS,
    (scope) => void client.invalidateQueries({ queryKey: domainKey(scope, 'overview') }, { cancelRefetch: false }),
  )
  const scopeKey = (scope: ProjectScopeKey) => `${scope.connectionId}/${scope.projectId}`
  const offs = [
    api.on('staff:changed', (scope) => invalidate(domainKey(scope, 'staff'))),
    api.on('persons:changed', (scope) => invalidate(domainKey(scope, 'persons'))),
    api.on('accessGroups:changed', (scope) => {
      invalidate(domainKey(scope, 'accessGroups'))
      // The checklist names the groups that open each door.
      invalidate(domainKey(scope, 'checklist'))
    }),
    api.on('health:changed', (change) => {
      invalidate(domainKey(change, 'devices'))
      invalidate(domainKey(change, 'overview'))
      invalidate(domainKey(change, 'checklist'))
    }),
    api.on('sync:progress', (progress) => {
      client.setQueryData<SyncProgressByCollection>(syncProgressKey(progress), (before) => ({ ...before, [progress.collection]: progress }))
      overviewRefresh.request(scopeKey(progress), progress)
    }),
    // A sync rewrites the project's whole cache.
    api.on('sync:outcome', (outcome) => {
      overviewRefresh.cancel(scopeKey(outcome))
      client.setQueryData(syncOutcomeKey(outcome), outcome)
      invalidate(projectKey(outcome))
    }),
    api.on('outbox:changed', (entries) => {
      client.setQueryData(outboxKey, entries)
      // Each project's overview counts what waits in the outbox.
      void client.invalidateQueries({ predicate: (query) => query.queryKey[0] === 'project' && query.queryKey[3] === 'overview' })
    }),
    api.on('connections:changed', (list) => client.setQueryData(connectionsKey, list)),
    api.on('activity:changed', () => invalidate(activityKey)),
    api.on('network:changed', (network) => client.setQueryData(networkKey, network)),
    // Records land as a send runs: its tasks, grid and channels read again with each report.
    api.on('sends:progress', (progress) => {
      client.setQueryData(sendProgressKey(progress, progress.taskIds), progress)
      invalidate(domainKey(progress, 'sends'))
      invalidate(domainKey(progress, 'checklist'))
    }),
  ]
  return () => {
    overviewRefresh.dispose()
    offs.forEach((off) => off())
  }
}
