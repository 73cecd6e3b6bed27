import type { CachedDevice } from '@shared/domain/devices'
import type { DEVICE_TYPES } from '@shared/ipc/schemas/project'
import { api } from '../../api'
import { domainKey } from '../../query/keys'
import { usePagedQuery } from '../../query/use-paged-query'
import type { ProjectScope } from '../../stores/project/store'

export interface DeviceQuery {
  readonly search: string
  readonly deviceType: (typeof DEVICE_TYPES)[number] | null
  readonly online: boolean | null
  readonly buildingId: string | null
}

/**
 * Devices from the cache, fetched a page at a time as the list scrolls: a 10,000-device site
 * never sends more than the visible pages over IPC. A new query (or `reloadKey`) starts over.
 */
export function useDevicePages(scope: ProjectScope, query: DeviceQuery, reloadKey: string) {
  return usePagedQuery<CachedDevice>([...domainKey(scope, 'devices'), query, reloadKey], (offset, limit) =>
    api.devices.list({
      connectionId: scope.connectionId,
      projectId: scope.projectId,
      offset,
      limit,
      ...(query.search ? { search: query.search } : {}),
      ...(query.deviceType ? { deviceType: query.deviceType } : {}),
      ...(query.online !== null ? { online: query.online } : {}),
      ...(query.buildingId ? { buildingId: query.buildingId } : {}),
    }),
  )
}
