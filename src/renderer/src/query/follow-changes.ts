import type { QueryClient } from '@tanstack/react-query'
import { api } from '../api'
import { connectionsKey, domainKey, outboxKey, projectKey } from './keys'

/**
 * Main's `*:changed` events mark the queries of what changed stale; mounted ones read again at
 * once, so every list that shows the change refreshes together. Returns the unsubscribe.
 */
export function followChanges(client: QueryClient): () => void {
  const offs = [
    api.on('staff:changed', (scope) => void client.invalidateQueries({ queryKey: domainKey(scope, 'staff') })),
    api.on('persons:changed', (scope) => void client.invalidateQueries({ queryKey: domainKey(scope, 'persons') })),
    api.on('accessGroups:changed', (scope) => void client.invalidateQueries({ queryKey: domainKey(scope, 'accessGroups') })),
    api.on('health:changed', (change) => {
      void client.invalidateQueries({ queryKey: domainKey(change, 'devices') })
      void client.invalidateQueries({ queryKey: domainKey(change, 'overview') })
    }),
    // A sync rewrites the project's whole cache.
    api.on('sync:outcome', (outcome) => void client.invalidateQueries({ queryKey: projectKey(outcome) })),
    api.on('outbox:changed', (entries) => client.setQueryData(outboxKey, entries)),
    api.on('connections:changed', (list) => client.setQueryData(connectionsKey, list)),
  ]
  return () => offs.forEach((off) => off())
}
