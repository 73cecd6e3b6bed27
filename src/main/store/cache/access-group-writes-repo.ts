import type { AkuvoxAccessGroup, AkuvoxAccessGroupSummary } from '@shared/domain/akuvox'
import type { SqlDatabase } from '../driver'
import { AccessGroupsRepo } from './access-groups-repo'
import { contentHash } from './hash'
import type { CacheScope } from './scope'

const COLLECTION = 'accessGroups'

/**
 * What a change saved in the cloud does to the cached groups, so views show it before the next
 * sync. A new group goes on the last synced page: the next sync of that page puts it where the
 * cloud lists it (and drops it if the cloud does not).
 */
export class AccessGroupWritesRepo {
  private readonly groups: AccessGroupsRepo

  constructor(private readonly db: SqlDatabase) {
    this.groups = new AccessGroupsRepo(db)
  }

  put(scope: CacheScope, summary: AkuvoxAccessGroupSummary, detail: AkuvoxAccessGroup, at: number): void {
    const { db } = this
    const hash = contentHash(summary)
    db.transaction(() => {
      const existing = db.get<{ page_no: number }>(
        'SELECT page_no FROM access_groups WHERE connection_id = ? AND project_id = ? AND id = ?',
        scope.connectionId,
        scope.projectId,
        summary.accessGroupId,
      )
      const last = db.get<{ page_no: number | null }>(
        'SELECT MAX(page_no) AS page_no FROM access_groups WHERE connection_id = ? AND project_id = ? AND coll = ?',
        scope.connectionId,
        scope.projectId,
        COLLECTION,
      )
      db.run(
        `INSERT INTO access_groups (connection_id, project_id, id, coll, page_no, name, group_type, user_count, created_time, summary_hash, json)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (connection_id, project_id, id) DO UPDATE SET name = excluded.name, group_type = excluded.group_type,
           user_count = excluded.user_count, created_time = excluded.created_time, summary_hash = excluded.summary_hash, json = excluded.json`,
        scope.connectionId,
        scope.projectId,
        summary.accessGroupId,
        COLLECTION,
        existing?.page_no ?? last?.page_no ?? 1,
        summary.accessGroupName,
        summary.accessGroupType,
        summary.userCount,
        summary.createdTime,
        hash,
        JSON.stringify(summary),
      )
      this.groups.writeDetail(scope, detail, hash, at)
    })
  }

  /** A user count the cloud changed (residents added or removed). */
  setUserCount(scope: CacheScope, accessGroupId: string, userCount: number): void {
    const row = this.db.get<{ json: string }>(
      'SELECT json FROM access_groups WHERE connection_id = ? AND project_id = ? AND id = ?',
      scope.connectionId,
      scope.projectId,
      accessGroupId,
    )
    if (!row) return
    const summary = { ...(JSON.parse(row.json) as AkuvoxAccessGroupSummary), userCount }
    this.db.run(
      'UPDATE access_groups SET user_count = ?, json = ?, summary_hash = ? WHERE connection_id = ? AND project_id = ? AND id = ?',
      userCount,
      JSON.stringify(summary),
      contentHash(summary),
      scope.connectionId,
      scope.projectId,
      accessGroupId,
    )
  }

  remove(scope: CacheScope, accessGroupIds: readonly string[]): void {
    const { db } = this
    db.transaction(() => {
      for (const id of accessGroupIds) {
        db.run('DELETE FROM access_groups WHERE connection_id = ? AND project_id = ? AND id = ?', scope.connectionId, scope.projectId, id)
        db.run('DELETE FROM access_group_devices WHERE connection_id = ? AND project_id = ? AND group_id = ?', scope.connectionId, scope.projectId, id)
      }
    })
  }
}
