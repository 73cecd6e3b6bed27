import type { AkuvoxAccessGroup, AkuvoxAccessGroupSummary } from '@shared/domain/akuvox'
import type { SqlDatabase } from '../driver'
import type { CacheScope } from './scope'

export interface DetailWanted {
  readonly accessGroupId: string
  readonly summaryHash: string
}

export interface CachedAccessGroup {
  readonly summary: AkuvoxAccessGroupSummary
  /** Null until the group's info call was cached. */
  readonly detail: AkuvoxAccessGroup | null
  readonly detailFetchedAt: number | null
}

/** Device online flags inside a group's info are status, not content (see `deviceContent`). */
function detailContent(group: AkuvoxAccessGroup): AkuvoxAccessGroup {
  return { ...group, devices: group.devices.map((d) => ({ ...d, online: false })) }
}

/** Access groups: the list rows come from `PageWriter`; this keeps each group's doors. */
export class AccessGroupsRepo {
  constructor(private readonly db: SqlDatabase) {}

  /** Groups whose info is missing, older than `staleBefore`, or from before their summary changed. */
  detailsWanted(scope: CacheScope, staleBefore: number): DetailWanted[] {
    return this.db
      .all<{ id: string; summary_hash: string }>(
        `SELECT id, summary_hash FROM access_groups WHERE connection_id = ? AND project_id = ?
         AND (detail_json IS NULL OR detail_summary_hash IS NOT summary_hash OR detail_fetched_at < ?) ORDER BY page_no, id`,
        scope.connectionId,
        scope.projectId,
        staleBefore,
      )
      .map((r) => ({ accessGroupId: r.id, summaryHash: r.summary_hash }))
  }

  /** One group's info and doors in one transaction; a group deleted meanwhile is left alone. */
  writeDetail(scope: CacheScope, group: AkuvoxAccessGroup, summaryHash: string, at: number): void {
    const { db } = this
    db.transaction(() => {
      const updated = db.run(
        'UPDATE access_groups SET detail_json = ?, detail_summary_hash = ?, detail_fetched_at = ? WHERE connection_id = ? AND project_id = ? AND id = ?',
        JSON.stringify(detailContent(group)),
        summaryHash,
        at,
        scope.connectionId,
        scope.projectId,
        group.accessGroupId,
      )
      if (updated.changes === 0) return
      db.run(
        'DELETE FROM access_group_devices WHERE connection_id = ? AND project_id = ? AND group_id = ?',
        scope.connectionId,
        scope.projectId,
        group.accessGroupId,
      )
      for (const d of group.devices) {
        db.run(
          'INSERT OR REPLACE INTO access_group_devices (connection_id, project_id, group_id, device_id, relay_ids, security_relay_ids) VALUES (?, ?, ?, ?, ?, ?)',
          scope.connectionId,
          scope.projectId,
          group.accessGroupId,
          d.deviceId,
          JSON.stringify(d.relays.map((r) => r.relayId)),
          JSON.stringify(d.securityRelays.map((r) => r.relayId)),
        )
      }
    })
  }

  /** The group's info is out of date (a change to it was replayed): the next sync fetches it. */
  invalidate(scope: CacheScope, accessGroupId: string): void {
    this.db.run(
      'UPDATE access_groups SET detail_summary_hash = NULL WHERE connection_id = ? AND project_id = ? AND id = ?',
      scope.connectionId,
      scope.projectId,
      accessGroupId,
    )
  }

  list(scope: CacheScope): CachedAccessGroup[] {
    return this.db
      .all<{ json: string; detail_json: string | null; detail_fetched_at: number | null }>(
        'SELECT json, detail_json, detail_fetched_at FROM access_groups WHERE connection_id = ? AND project_id = ? ORDER BY group_type, name',
        scope.connectionId,
        scope.projectId,
      )
      .map((r) => ({
        summary: JSON.parse(r.json) as AkuvoxAccessGroupSummary,
        detail: r.detail_json === null ? null : (JSON.parse(r.detail_json) as AkuvoxAccessGroup),
        detailFetchedAt: r.detail_fetched_at,
      }))
  }

  /** Ids of the groups that open a device (through any relay). */
  groupsOfDevice(scope: CacheScope, deviceId: string): string[] {
    return this.db
      .all<{ group_id: string }>(
        'SELECT group_id FROM access_group_devices WHERE connection_id = ? AND project_id = ? AND device_id = ? ORDER BY group_id',
        scope.connectionId,
        scope.projectId,
        deviceId,
      )
      .map((r) => r.group_id)
  }
}
