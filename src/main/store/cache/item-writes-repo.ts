import type { AkuvoxStaffAccessSummary } from '@shared/domain/akuvox'
import type { TuyaPerson } from '@shared/domain/tuya'
import type { SqlDatabase } from '../driver'
import { staffAccessSpec } from './akuvox-specs'
import type { CacheScope } from './scope'
import { type TableSpec, deleteWhereIn, upsertSql } from './table-spec'
import { personSpec, recycledPersonSpec } from './tuya-specs'

/**
 * What a change saved in the cloud does to the cached staff and persons, so the views show it
 * before the next sync. A new row goes on the last synced page of its list: the next sync of
 * that page puts it where the cloud lists it (and drops it if the cloud does not).
 */
export class ItemWritesRepo {
  constructor(private readonly db: SqlDatabase) {}

  putStaff(scope: CacheScope, staff: readonly AkuvoxStaffAccessSummary[]): void {
    this.put(staffAccessSpec, 'staffAccesses', scope, staff)
  }

  removeStaff(scope: CacheScope, ids: readonly string[]): void {
    this.remove(staffAccessSpec, scope, ids)
  }

  putPersons(scope: CacheScope, persons: readonly TuyaPerson[]): void {
    this.put(personSpec, 'persons', scope, persons)
  }

  removePersons(scope: CacheScope, ids: readonly string[]): void {
    this.remove(personSpec, scope, ids)
  }

  putRecycled(scope: CacheScope, persons: readonly TuyaPerson[]): void {
    this.put(recycledPersonSpec, 'recycledPersons', scope, persons)
  }

  removeRecycled(scope: CacheScope, ids: readonly string[]): void {
    this.remove(recycledPersonSpec, scope, ids)
  }

  private put<T>(spec: TableSpec<T>, coll: string, scope: CacheScope, items: readonly T[]): void {
    if (items.length === 0) return
    const { db } = this
    db.transaction(() => {
      const last = db.get<{ page_no: number | null }>(
        `SELECT MAX(page_no) AS page_no FROM ${spec.table} WHERE connection_id = ? AND project_id = ? AND coll = ?`,
        scope.connectionId,
        scope.projectId,
        coll,
      )
      const sql = upsertSql(spec as TableSpec<never>)
      for (const item of items) {
        const existing = db.get<{ page_no: number }>(
          `SELECT page_no FROM ${spec.table} WHERE connection_id = ? AND project_id = ? AND id = ?`,
          scope.connectionId,
          scope.projectId,
          spec.key(item),
        )
        const pageNo = existing?.page_no ?? last?.page_no ?? 1
        db.run(sql, scope.connectionId, scope.projectId, spec.key(item), coll, pageNo, ...spec.values(item), JSON.stringify(spec.json(item)))
      }
      spec.children?.(db, scope, items)
    })
  }

  private remove<T>(spec: TableSpec<T>, scope: CacheScope, ids: readonly string[]): void {
    if (ids.length === 0) return
    this.db.transaction(() => {
      deleteWhereIn(this.db, spec.table, 'id', scope, ids)
      spec.afterRemove?.(this.db, scope, ids)
    })
  }
}
