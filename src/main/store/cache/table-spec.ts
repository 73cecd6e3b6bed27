import type { SqlDatabase, SqlValue } from '../driver'
import type { CacheScope } from './scope'

/**
 * How one paged collection is stored: its table, the item's key, the typed columns views filter
 * and sort on, and the JSON kept whole. `children` writes rows derived from the page (relays of
 * devices, credentials of staff) in the same transaction.
 */
export interface TableSpec<T> {
  readonly table: string
  readonly key: (item: T) => string
  readonly columns: readonly string[]
  readonly values: (item: T) => readonly SqlValue[]
  /** Of `columns`, those set on insert only: device status belongs to the health monitor. */
  readonly insertOnly?: readonly string[]
  readonly json: (item: T) => unknown
  readonly children?: (db: SqlDatabase, scope: CacheScope, items: readonly T[]) => void
  /** Rows were removed from the table: drop what hung off them. */
  readonly afterRemove?: (db: SqlDatabase, scope: CacheScope, ids: readonly string[]) => void
}

export function upsertSql(spec: TableSpec<never>): string {
  const names = ['connection_id', 'project_id', 'id', 'coll', 'page_no', ...spec.columns, 'json']
  const kept = new Set(spec.insertOnly ?? [])
  const updates = ['coll', 'page_no', ...spec.columns.filter((c) => !kept.has(c)), 'json'].map((c) => `${c} = excluded.${c}`)
  return `INSERT INTO ${spec.table} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})
    ON CONFLICT (connection_id, project_id, id) DO UPDATE SET ${updates.join(', ')}`
}

/** Deletes the scope's rows of `table` whose `column` is one of `ids` (derived rows of removed parents). */
export function deleteWhereIn(db: SqlDatabase, table: string, column: string, scope: CacheScope, ids: readonly string[]): void {
  for (const id of ids) db.run(`DELETE FROM ${table} WHERE connection_id = ? AND project_id = ? AND ${column} = ?`, scope.connectionId, scope.projectId, id)
}
