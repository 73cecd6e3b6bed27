import type { AkuvoxAccessGroupSummary } from '@shared/domain/akuvox'
import type { DoorBase, DoorGroup, DoorRef } from '@shared/domain/checklist'
import type { TuyaAuthTask } from '@shared/domain/tuya'
import { doorKey } from '@shared/checklist/door-key'
import type { SqlDatabase } from '../driver'
import type { CacheScope } from './scope'

interface DoorRow extends Record<string, unknown> {
  kind: 'relay' | 'security' | 'channel'
  device_id: string
  door_id: string
  name: string
  device_name: string
  building_key: string | null
  building_name: string | null
  online: number
  last_seen_at: number | null
}

/** The groups a device's relays are in, with which relays. */
export interface DeviceGroupRow {
  readonly deviceId: string
  readonly relayIds: readonly string[]
  readonly securityRelayIds: readonly string[]
  readonly group: DoorGroup
}

const ids = (json: string): string[] => {
  const parsed: unknown = JSON.parse(json)
  return Array.isArray(parsed) ? parsed.filter((v): v is string => typeof v === 'string') : []
}

/** The checklist's reads of the cache: every door of a project, the groups that open them, the newest sends. */
export class ChecklistDoorsRepo {
  constructor(private readonly db: SqlDatabase) {}

  /** Akuvox relays and security relays with their device, and Tuya channels with theirs; at most `max`. */
  doors(scope: CacheScope, max: number): DoorBase[] {
    const rows = this.db.all<DoorRow>(
      `SELECT r.kind AS kind, r.device_id, r.id AS door_id, r.name, d.name AS device_name, d.building_id AS building_key,
              COALESCE(b.name, d.building_name) AS building_name, d.online, d.last_seen_at
         FROM relays r JOIN devices d ON d.connection_id = r.connection_id AND d.project_id = r.project_id AND d.id = r.device_id
         LEFT JOIN buildings b ON b.connection_id = d.connection_id AND b.project_id = d.project_id AND b.id = d.building_id
        WHERE r.connection_id = ? AND r.project_id = ?
       UNION ALL
       SELECT 'channel', c.device_id, c.id, c.name, c.device_name, NULLIF(d.building_name, ''), NULLIF(d.building_name, ''),
              COALESCE(d.online, c.online), d.last_seen_at
         FROM channels c LEFT JOIN devices d ON d.connection_id = c.connection_id AND d.project_id = c.project_id AND d.id = c.device_id
        WHERE c.connection_id = ? AND c.project_id = ?
       LIMIT ?`,
      scope.connectionId,
      scope.projectId,
      scope.connectionId,
      scope.projectId,
      max,
    )
    return rows.map((r) => ({
      key: r.kind === 'channel' ? doorKey({ kind: 'channel', channelId: r.door_id }) : doorKey({ kind: r.kind, deviceId: r.device_id, relayId: r.door_id }),
      kind: r.kind,
      buildingKey: r.building_key,
      buildingName: r.building_name,
      deviceId: r.device_id,
      deviceName: r.device_name,
      name: r.name,
      online: r.online === 1,
      lastSeenAt: r.last_seen_at,
      check: null,
    }))
  }

  /** Whether the cache holds this door (a relay of that kind on that device, or that channel). */
  has(scope: CacheScope, ref: DoorRef): boolean {
    const row =
      ref.kind === 'channel'
        ? this.db.get('SELECT 1 AS one FROM channels WHERE connection_id = ? AND project_id = ? AND id = ?', scope.connectionId, scope.projectId, ref.channelId)
        : this.db.get(
            'SELECT 1 AS one FROM relays WHERE connection_id = ? AND project_id = ? AND device_id = ? AND kind = ? AND id = ?',
            scope.connectionId,
            scope.projectId,
            ref.deviceId,
            ref.kind,
            ref.relayId,
          )
    return row !== undefined
  }

  /** The access groups holding any relay of these devices, with their schedules. */
  groupsOfDevices(scope: CacheScope, deviceIds: readonly string[]): DeviceGroupRow[] {
    if (deviceIds.length === 0) return []
    return this.db
      .all<{ device_id: string; relay_ids: string; security_relay_ids: string; json: string }>(
        `SELECT gd.device_id, gd.relay_ids, gd.security_relay_ids, g.json
           FROM access_group_devices gd JOIN access_groups g ON g.connection_id = gd.connection_id AND g.project_id = gd.project_id AND g.id = gd.group_id
          WHERE gd.connection_id = ? AND gd.project_id = ? AND gd.device_id IN (SELECT value FROM json_each(?))
          ORDER BY g.name, g.id`,
        scope.connectionId,
        scope.projectId,
        JSON.stringify(deviceIds),
      )
      .map((r) => {
        const g = JSON.parse(r.json) as AkuvoxAccessGroupSummary
        return {
          deviceId: r.device_id,
          relayIds: ids(r.relay_ids),
          securityRelayIds: ids(r.security_relay_ids),
          group: {
            accessGroupId: g.accessGroupId,
            name: g.accessGroupName,
            schedule: { repeatMode: g.repeatMode, availableDays: g.availableDays, startTime: g.startTime, finishTime: g.finishTime },
          },
        }
      })
  }

  /** The newest `max` permission sends of the project, newest first. */
  recentTasks(scope: CacheScope, max: number): TuyaAuthTask[] {
    return this.db
      .all<{ json: string }>(
        'SELECT json FROM auth_tasks WHERE connection_id = ? AND project_id = ? ORDER BY start_time DESC, id LIMIT ?',
        scope.connectionId,
        scope.projectId,
        max,
      )
      .map((r) => JSON.parse(r.json) as TuyaAuthTask)
  }
}
