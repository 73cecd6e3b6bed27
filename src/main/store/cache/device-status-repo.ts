import type { DeviceTransition } from '@shared/domain/devices'
import type { SqlDatabase } from '../driver'
import type { CacheScope } from './scope'

export interface StatusObservation {
  readonly deviceId: string
  readonly online: boolean
}

interface StatusRow extends Record<string, unknown> {
  id: string
  online: number
}

/**
 * Device online status as seen by sync and the health monitor. Only changes are written (the
 * device's status, its channels and a transition row), so an unchanged check writes nothing.
 */
export class DeviceStatusRepo {
  constructor(private readonly db: SqlDatabase) {}

  /**
   * Applies what a check saw at `at`. `previousCheckAt` is the last successful check before it:
   * a device found offline was last seen online then. Devices not in the cache are ignored
   * (sync adds them).
   */
  apply(scope: CacheScope, observations: readonly StatusObservation[], at: number, previousCheckAt: number | null): DeviceTransition[] {
    const { db } = this
    // Only the observed devices: sync applies a page of channels at a time, and reading every
    // device of a 10,000-device site for each of its pages cost more than the page itself.
    const stored = new Map(
      db
        .all<StatusRow>(
          'SELECT id, online FROM devices WHERE connection_id = ? AND project_id = ? AND id IN (SELECT value FROM json_each(?))',
          scope.connectionId,
          scope.projectId,
          JSON.stringify(observations.map((o) => o.deviceId)),
        )
        .map((r) => [r.id, r.online === 1]),
    )
    const changed = observations.filter((o) => stored.has(o.deviceId) && stored.get(o.deviceId) !== o.online)
    if (changed.length === 0) return []
    return db.transaction(() =>
      changed.map((o) => {
        db.run(
          `UPDATE devices SET online = ?, status_since = ?, status_changed_at = ?, last_seen_at = ? WHERE connection_id = ? AND project_id = ? AND id = ?`,
          o.online ? 1 : 0,
          at,
          at,
          o.online ? at : (previousCheckAt ?? at),
          scope.connectionId,
          scope.projectId,
          o.deviceId,
        )
        db.run(
          'UPDATE channels SET online = ? WHERE connection_id = ? AND project_id = ? AND device_id = ?',
          o.online ? 1 : 0,
          scope.connectionId,
          scope.projectId,
          o.deviceId,
        )
        db.run(
          'INSERT INTO device_transitions (connection_id, project_id, device_id, online, at) VALUES (?, ?, ?, ?, ?)',
          scope.connectionId,
          scope.projectId,
          o.deviceId,
          o.online ? 1 : 0,
          at,
        )
        return { deviceId: o.deviceId, online: o.online, at }
      }),
    )
  }

  /** Newest first. */
  transitions(scope: CacheScope, options: { readonly deviceId?: string; readonly limit?: number } = {}): DeviceTransition[] {
    const rows = this.db.all<{ device_id: string; online: number; at: number }>(
      `SELECT device_id, online, at FROM device_transitions WHERE connection_id = ? AND project_id = ? AND (? IS NULL OR device_id = ?)
       ORDER BY seq DESC LIMIT ?`,
      scope.connectionId,
      scope.projectId,
      options.deviceId ?? null,
      options.deviceId ?? null,
      options.limit ?? 100,
    )
    return rows.map((r) => ({ deviceId: r.device_id, online: r.online === 1, at: r.at }))
  }
}
