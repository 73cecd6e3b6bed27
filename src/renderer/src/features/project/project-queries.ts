import type { CachedDevice } from '@shared/domain/devices'
import type { SyncOutcome } from '@shared/ipc/channels/sync'
import type { DeviceTypeFilter } from '@shared/domain/device-types'
import { api } from '../../api'
import type { SyncProgressByCollection } from '../../query/follow-changes'
import { domainKey, outboxKey, syncOutcomeKey, syncProgressKey } from '../../query/keys'
import { readAllPages } from '../../query/read-all-pages'
import { usePagedQuery } from '../../query/use-paged-query'
import { usePushed } from '../../query/use-pushed'
import { useResultQuery } from '../../query/use-result-query'
import { type ProjectScope, useProjectStore } from '../../stores/project/store'

/** The open project's scope, or null: the reads below wait while it is null. */
export const useOpenScope = (): ProjectScope | null => useProjectStore((s) => s.scope)

/** The open project at a glance (counts, freshness, syncing); the status bar, nav and banners share it. */
export function useOverview(scope: ProjectScope | null) {
  return useResultQuery(scope ? domainKey(scope, 'overview') : ['project', 'none'], scope ? () => api.project.overview(scope) : null)
}

export const useSyncProgress = (scope: ProjectScope) => usePushed<SyncProgressByCollection>(syncProgressKey(scope)) ?? {}

export const useSyncOutcome = (scope: ProjectScope) => usePushed<SyncOutcome>(syncOutcomeKey(scope)) ?? null

/** Every change waiting for the cloud, in every project (main pushes each change of it). */
export function useOutbox() {
  return useResultQuery(outboxKey, () => api.outbox.list({}))
}

export function useBuildings(scope: ProjectScope) {
  return useResultQuery([...domainKey(scope, 'devices'), 'buildings'], () => api.devices.buildings(scope))
}

/** Up to ten offline devices, for the overview. */
export function useOfflineDevices(scope: ProjectScope, enabled: boolean) {
  return useResultQuery([...domainKey(scope, 'devices'), 'offline'], enabled ? () => api.devices.list({ ...scope, online: false, limit: 10 }) : null)
}

export function useDeviceDetail(scope: ProjectScope, deviceId: string) {
  return useResultQuery([...domainKey(scope, 'devices'), 'detail', deviceId], () => api.devices.detail({ ...scope, deviceId }))
}

export function useDeviceChannels(scope: ProjectScope, deviceId: string) {
  return useResultQuery([...domainKey(scope, 'devices'), 'channels', deviceId], () => api.devices.channels({ ...scope, deviceId }))
}

export interface DeviceQuery {
  readonly search: string
  readonly deviceType: DeviceTypeFilter | null
  readonly online: boolean | null
  readonly buildingId: string | null
}

/**
 * Devices from the cache, fetched a page at a time as the list scrolls: a 10,000-device site
 * never sends more than the visible pages over IPC. A new query starts over; a sync or a
 * device changing state reads the visible pages again.
 */
const readDevicePage = (scope: ProjectScope, query: DeviceQuery) => (offset: number, limit: number) =>
  api.devices.list({
    ...scope,
    offset,
    limit,
    ...(query.search ? { search: query.search } : {}),
    ...(query.deviceType ? { deviceType: query.deviceType } : {}),
    ...(query.online !== null ? { online: query.online } : {}),
    ...(query.buildingId ? { buildingId: query.buildingId } : {}),
  })

export function useDevicePages(scope: ProjectScope, query: DeviceQuery) {
  return usePagedQuery<CachedDevice>([...domainKey(scope, 'devices'), 'pages', query], readDevicePage(scope, query))
}

/** Every device the list's filters find, a page at a time, for an export. */
export const readDevicesForExport = (scope: ProjectScope, query: DeviceQuery, onProgress: (read: number, total: number) => void) =>
  readAllPages<CachedDevice>(readDevicePage(scope, query), onProgress)
