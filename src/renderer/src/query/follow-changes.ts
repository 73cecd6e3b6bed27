import type { CacheCollection, SyncProgress } from '@shared/domain/sync'
import type { QueryClient } from '@tanstack/react-query'
import { api } from '../api'
import { activityKey, connectionsKey, domainKey, networkKey, outboxKey, projectKey, sendProgressKey, syncOutcomeKey, syncProgressKey } from './keys'

export type SyncProgressByCollection = Partial<Readonly<Record<CacheCollection, SyncProgress>>>

/**
 * Main's `*:changed` events mark the queries of what changed stale; mounted ones read again at
 * once, so every list that shows the change refreshes together. What main pushes without being
 * asked (network, sync and send progress, the outbox, the connections) is put in the cache as it
 * comes. Returns the unsubscribe.
 */
export function followChanges(client: QueryClient): () => void {
  const invalidate = (queryKey: readonly unknown[]) => void client.invalidateQueries({ queryKey })
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
    api.on('sync:progress', (progress) =>
      client.setQueryData<SyncProgressByCollection>(syncProgressKey(progress), (before) => ({ ...before, [progress.collection]: progress })),
    ),
    // A sync rewrites the project's whole cache.
    api.on('sync:outcome', (outcome) => {
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
  return () => offs.forEach((off) => off())
}
