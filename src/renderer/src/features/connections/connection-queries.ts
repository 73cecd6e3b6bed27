import type { ConnectionSummary } from '@shared/domain/connection'
import { api } from '../../api'
import { connectionsKey, projectsKey, requestRateKey } from '../../query/keys'
import { useResultQuery } from '../../query/use-result-query'
import { useConnectionsStore } from '../../stores/connections/store'
import { useProjectStore } from '../../stores/project/store'

/** Every saved connection with its state; main pushes each change (`connections:changed`). */
export function useConnections() {
  return useResultQuery(connectionsKey, () => api.connections.list())
}

export function useConnection(id: string | undefined): ConnectionSummary | undefined {
  return useConnections().data?.find((c) => c.id === id)
}

export function useSelectedConnection(): ConnectionSummary | undefined {
  return useConnection(useConnectionsStore((s) => s.selectedId) ?? undefined)
}

/** The projects a connection's cloud offers, asked of the cloud when its page shows. */
export function useProjects(connectionId: string) {
  return useResultQuery(projectsKey(connectionId), () => api.projects.list({ id: connectionId }))
}

/** The installer's ceiling and the rate in use, read again every few seconds: it moves while a sync or an import runs. */
export function useRequestRate(connectionId: string) {
  return useResultQuery(requestRateKey(connectionId), () => api.connections.requestRate({ id: connectionId }), { pollEvery: () => RATE_POLL_MS })
}

const RATE_POLL_MS = 5_000

/** The connection of the open project: its state is what the footer and the banners show. */
export function useOpenConnection(): ConnectionSummary | undefined {
  return useConnection(useProjectStore((s) => s.scope?.connectionId))
}
