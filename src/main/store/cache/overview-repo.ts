import type { CacheCollection, CollectionCounts, ProjectOverview, ProjectSyncState } from '@shared/domain/sync'
import type { SqlDatabase } from '../driver'
import type { CacheScope } from './scope'
import { SyncStateRepo } from './sync-state-repo'

/** How each collection is counted in the overview. */
const COUNTS: Readonly<Record<CacheCollection, string>> = {
  devices: 'SELECT COUNT(*) AS n FROM devices WHERE connection_id = ? AND project_id = ?',
  accessGroups: 'SELECT COUNT(*) AS n FROM access_groups WHERE connection_id = ? AND project_id = ?',
  accessGroupDetails: 'SELECT COUNT(*) AS n FROM access_groups WHERE connection_id = ? AND project_id = ? AND detail_json IS NOT NULL',
  accounts: 'SELECT COUNT(*) AS n FROM accounts WHERE connection_id = ? AND project_id = ?',
  staffAccesses: 'SELECT COUNT(*) AS n FROM staff_accesses WHERE connection_id = ? AND project_id = ?',
  importTasks: 'SELECT COUNT(*) AS n FROM import_tasks WHERE connection_id = ? AND project_id = ?',
  organisations: 'SELECT COUNT(*) AS n FROM organisations WHERE connection_id = ? AND project_id = ?',
  channels: 'SELECT COUNT(*) AS n FROM channels WHERE connection_id = ? AND project_id = ?',
  persons: 'SELECT COUNT(*) AS n FROM persons WHERE connection_id = ? AND project_id = ?',
  recycledPersons: 'SELECT COUNT(*) AS n FROM recycled_persons WHERE connection_id = ? AND project_id = ?',
  accessAuths: 'SELECT COUNT(*) AS n FROM access_auths WHERE connection_id = ? AND project_id = ?',
  authTasks: 'SELECT COUNT(*) AS n FROM auth_tasks WHERE connection_id = ? AND project_id = ?',
  authTaskRecords: 'SELECT COUNT(*) AS n FROM auth_task_records WHERE connection_id = ? AND project_id = ?',
}

/** The project overview: counts, offline devices, sync age and the outbox, all from the cache. */
export class OverviewRepo {
  private readonly states: SyncStateRepo

  constructor(private readonly db: SqlDatabase) {
    this.states = new SyncStateRepo(db)
  }

  syncState(scope: CacheScope): ProjectSyncState {
    const collections = this.states.states(scope)
    const times = collections.map((c) => c.lastFullSyncAt)
    const asOf = times.length === 0 || times.some((t) => t === null) ? null : Math.min(...times.map(Number))
    return { ...scope, asOf, collections }
  }

  /** When one collection was last read in full, or null. */
  lastFullSync(scope: CacheScope, collection: CacheCollection): number | null {
    return this.states.states(scope).find((c) => c.collection === collection)?.lastFullSyncAt ?? null
  }

  overview(scope: CacheScope): ProjectOverview {
    const count = (sql: string): number => this.db.get<{ n: number }>(sql, scope.connectionId, scope.projectId)?.n ?? 0
    const counts = Object.fromEntries(Object.entries(COUNTS).map(([k, sql]) => [k, count(sql)])) as Record<CacheCollection, number>
    return {
      ...scope,
      counts: counts satisfies CollectionCounts,
      buildings: count('SELECT COUNT(*) AS n FROM buildings WHERE connection_id = ? AND project_id = ?'),
      devicesOffline: count('SELECT COUNT(*) AS n FROM devices WHERE connection_id = ? AND project_id = ? AND online = 0'),
      sync: this.syncState(scope),
      outboxCount: count('SELECT COUNT(*) AS n FROM outbox WHERE connection_id = ? AND project_id = ?'),
    }
  }
}
