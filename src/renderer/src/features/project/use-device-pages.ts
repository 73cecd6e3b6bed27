import type { CachedDevice } from '@shared/domain/cache'
import type { DEVICE_TYPES } from '@shared/ipc/schemas/project'
import { useCallback, useEffect, useRef, useState } from 'react'
import { api } from '../../api'
import type { ProjectScope } from '../../stores/project/store'

export interface DeviceQuery {
  readonly search: string
  readonly deviceType: (typeof DEVICE_TYPES)[number] | null
  readonly online: boolean | null
  readonly buildingId: string | null
}

const PAGE = 200
const EMPTY: ReadonlyMap<number, CachedDevice> = new Map()

interface Loaded {
  readonly key: string
  readonly total: number | null
  readonly rows: ReadonlyMap<number, CachedDevice>
}

/**
 * Devices from the cache, fetched a page at a time as the list scrolls: a 10,000-device site
 * never sends more than the visible pages over IPC. A new query (or `reloadKey`) starts over.
 */
export function useDevicePages(scope: ProjectScope, query: DeviceQuery, reloadKey: string) {
  const key = JSON.stringify([scope.connectionId, scope.projectId, query, reloadKey])
  const [loaded, setLoaded] = useState<Loaded>({ key, total: null, rows: EMPTY })
  const requested = useRef<{ key: string; pages: Set<number> }>({ key, pages: new Set() })

  const load = useCallback(
    async (page: number) => {
      if (requested.current.key !== key) requested.current = { key, pages: new Set() }
      if (requested.current.pages.has(page)) return
      requested.current.pages.add(page)
      const result = await api.devices.list({
        connectionId: scope.connectionId,
        projectId: scope.projectId,
        offset: page * PAGE,
        limit: PAGE,
        ...(query.search ? { search: query.search } : {}),
        ...(query.deviceType ? { deviceType: query.deviceType } : {}),
        ...(query.online !== null ? { online: query.online } : {}),
        ...(query.buildingId ? { buildingId: query.buildingId } : {}),
      })
      if (!result.ok) return
      setLoaded((previous) => {
        const rows = new Map(previous.key === key ? previous.rows : EMPTY)
        result.value.items.forEach((d, i) => rows.set(page * PAGE + i, d))
        return { key, total: result.value.total, rows }
      })
    },
    [key, scope, query],
  )

  useEffect(() => {
    // Fetching, not deriving: state is set after the IPC answer arrives, never synchronously.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void load(0)
  }, [load])

  /** Ask for the pages covering rows [from, to]. */
  const ensure = useCallback(
    (from: number, to: number) => {
      for (let page = Math.floor(from / PAGE); page <= Math.floor(to / PAGE); page++) void load(page)
    },
    [load],
  )

  const current = loaded.key === key ? loaded : { total: null, rows: EMPTY }
  return { total: current.total, rows: current.rows, ensure }
}
