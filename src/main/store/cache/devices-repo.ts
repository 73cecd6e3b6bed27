import type {
  CachedBuilding,
  CachedChannel,
  CachedDevice,
  CachedDeviceDetail,
  CachedDeviceType,
  CachedRelay,
  DeviceFilter,
  DeviceMatch,
} from '@shared/domain/devices'
import { likeContaining, looksLikeMac, macKey } from '@shared/search/keys'
import { allCloudWords, cloudWordsOf } from '@shared/domain/device-types'
import type { SqlDatabase, SqlValue } from '../driver'
import type { CacheScope } from './scope'

interface DeviceRow extends Record<string, unknown> {
  id: string
  name: string
  device_type: CachedDeviceType
  mac: string
  building_id: string | null
  building_name: string | null
  online: number
  last_seen_at: number | null
  status_since: number
  status_changed_at: number | null
}

interface ChannelRow extends Record<string, unknown> {
  id: string
  name: string
  device_id: string
  device_name: string
  online: number
  room_id: string
  position_path: string
}

const DEFAULT_LIMIT = 500

/** The devices view's reads: filters, search, buildings, relays and channels from the cache. */
export class DevicesRepo {
  constructor(private readonly db: SqlDatabase) {}

  /** The last time anything confirmed the statuses: the health monitor or a device sync. */
  lastStatusCheck(scope: CacheScope): number | null {
    const row = this.db.get<{ at: number | null }>(
      `SELECT MAX(at) AS at FROM (
         SELECT last_success_at AS at FROM health_polls WHERE connection_id = ? AND project_id = ?
         UNION ALL SELECT last_full_sync_at FROM sync_state WHERE connection_id = ? AND project_id = ? AND coll IN ('devices', 'channels'))`,
      scope.connectionId,
      scope.projectId,
      scope.connectionId,
      scope.projectId,
    )
    return row?.at ?? null
  }

  list(scope: CacheScope, filter: DeviceFilter = {}): CachedDevice[] {
    const { where, params } = deviceWhere(scope, filter)
    const rows = this.db.all<DeviceRow>(
      `SELECT * FROM devices WHERE ${where} ORDER BY online, building_name, name, id LIMIT ? OFFSET ?`,
      ...params,
      filter.limit ?? DEFAULT_LIMIT,
      filter.offset ?? 0,
    )
    const checked = this.lastStatusCheck(scope)
    const matched = filter.search?.trim() ? this.doorMatches(scope, filter.search.trim(), rows) : new Map<string, DeviceMatch>()
    return rows.map((r) => {
      const device = toDevice(r, checked)
      const match = matched.get(r.id)
      return match ? { ...device, matched: match } : device
    })
  }

  /** For the rows a search found by neither their name, building, MAC nor id: the relay or door that named it. */
  private doorMatches(scope: CacheScope, search: string, rows: readonly DeviceRow[]): Map<string, DeviceMatch> {
    const text = search.toLowerCase()
    const mac = looksLikeMac(search) ? macKey(search) : null
    const ids = rows
      .filter((r) => ![r.name, r.building_name ?? ''].some((x) => x.toLowerCase().includes(text)) && r.id !== search && !(mac && macKey(r.mac).includes(mac)))
      .map((r) => r.id)
    const found = new Map<string, DeviceMatch>()
    if (ids.length === 0) return found
    const list = ids.map(() => '?').join(', ')
    const named = (table: 'relays' | 'channels', kind: DeviceMatch['kind']) => {
      const hits = this.db.all<{ device_id: string; name: string }>(
        `SELECT device_id, MIN(name) AS name FROM ${table} WHERE connection_id = ? AND project_id = ? AND device_id IN (${list}) AND name LIKE ? ESCAPE '\\'
         GROUP BY device_id`,
        scope.connectionId,
        scope.projectId,
        ...ids,
        likeContaining(search),
      )
      for (const h of hits) if (!found.has(h.device_id)) found.set(h.device_id, { kind, name: h.name })
    }
    named('relays', 'relay')
    named('channels', 'door')
    return found
  }

  count(scope: CacheScope, filter: DeviceFilter = {}): number {
    const { where, params } = deviceWhere(scope, filter)
    return this.db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM devices WHERE ${where}`, ...params)?.n ?? 0
  }

  get(scope: CacheScope, deviceId: string): CachedDeviceDetail | null {
    const row = this.db.get<DeviceRow>(
      'SELECT * FROM devices WHERE connection_id = ? AND project_id = ? AND id = ?',
      scope.connectionId,
      scope.projectId,
      deviceId,
    )
    if (!row) return null
    const relays = this.db.all<{ kind: 'relay' | 'security'; id: string; name: string; number: string }>(
      'SELECT kind, id, name, number FROM relays WHERE connection_id = ? AND project_id = ? AND device_id = ? ORDER BY number, name',
      scope.connectionId,
      scope.projectId,
      deviceId,
    )
    const pick = (kind: 'relay' | 'security'): CachedRelay[] =>
      relays.filter((r) => r.kind === kind).map((r) => ({ relayId: r.id, name: r.name, number: r.number }))
    return { ...toDevice(row, this.lastStatusCheck(scope)), relays: pick('relay'), securityRelays: pick('security') }
  }

  buildings(scope: CacheScope): CachedBuilding[] {
    return this.db
      .all<{ id: string; name: string; devices: number; offline: number }>(
        `SELECT b.id, b.name, COUNT(d.id) AS devices, COALESCE(SUM(d.online = 0), 0) AS offline
         FROM buildings b LEFT JOIN devices d ON d.connection_id = b.connection_id AND d.project_id = b.project_id AND d.building_id = b.id
         WHERE b.connection_id = ? AND b.project_id = ? GROUP BY b.id ORDER BY b.name`,
        scope.connectionId,
        scope.projectId,
      )
      .map((r) => ({ buildingId: r.id, name: r.name, devices: r.devices, offline: r.offline }))
  }

  channels(scope: CacheScope, deviceId?: string): CachedChannel[] {
    return this.db
      .all<ChannelRow>(
        `SELECT * FROM channels WHERE connection_id = ? AND project_id = ? AND (? IS NULL OR device_id = ?) ORDER BY online, device_name, name`,
        scope.connectionId,
        scope.projectId,
        deviceId ?? null,
        deviceId ?? null,
      )
      .map((r) => ({
        channelId: r.id,
        name: r.name,
        deviceId: r.device_id,
        deviceName: r.device_name,
        online: r.online === 1,
        roomId: r.room_id,
        positionPath: r.position_path,
      }))
  }
}

function deviceWhere(scope: CacheScope, filter: DeviceFilter): { where: string; params: SqlValue[] } {
  const clauses = ['connection_id = ?', 'project_id = ?']
  const params: SqlValue[] = [scope.connectionId, scope.projectId]
  if (filter.deviceType !== undefined) {
    // The cloud's word is kept as sent; kinds compare without case or surrounding spaces.
    const words = filter.deviceType === 'other' ? allCloudWords() : cloudWordsOf(filter.deviceType)
    clauses.push(`lower(trim(device_type)) ${filter.deviceType === 'other' ? 'NOT IN' : 'IN'} (${words.map(() => '?').join(', ')})`)
    params.push(...words)
  }
  if (filter.online !== undefined) {
    clauses.push('online = ?')
    params.push(filter.online ? 1 : 0)
  }
  if (filter.buildingId !== undefined) {
    clauses.push('building_id = ?')
    params.push(filter.buildingId)
  }
  const search = filter.search?.trim()
  if (search) {
    // LIKE with escapes: the installer types names, MACs and building names, not patterns. A MAC
    // is compared by its stored key, so any separators and case find it; relays (Akuvox) and
    // doors (Tuya) are found by their names, each list read once for the whole search.
    const like = likeContaining(search)
    const names = [
      "name LIKE ? ESCAPE '\\'",
      "building_name LIKE ? ESCAPE '\\'",
      'id = ?',
      "id IN (SELECT device_id FROM relays WHERE connection_id = ? AND project_id = ? AND name LIKE ? ESCAPE '\\')",
      "id IN (SELECT device_id FROM channels WHERE connection_id = ? AND project_id = ? AND name LIKE ? ESCAPE '\\')",
    ]
    params.push(like, like, search, scope.connectionId, scope.projectId, like, scope.connectionId, scope.projectId, like)
    if (looksLikeMac(search)) {
      names.push("mac_key LIKE ? ESCAPE '\\'")
      params.push(likeContaining(macKey(search)))
    }
    clauses.push(`(${names.join(' OR ')})`)
  }
  return { where: clauses.join(' AND '), params }
}

function toDevice(r: DeviceRow, lastCheck: number | null): CachedDevice {
  const online = r.online === 1
  return {
    deviceId: r.id,
    name: r.name,
    deviceType: r.device_type,
    mac: r.mac,
    buildingId: r.building_id,
    buildingName: r.building_name,
    online,
    lastSeenAt: online ? (lastCheck ?? r.last_seen_at) : r.last_seen_at,
    statusSince: r.status_since,
    statusChangedAt: r.status_changed_at,
  }
}
