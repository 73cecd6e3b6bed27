import { DatabaseSync, type SQLInputValue } from 'node:sqlite'

export type SqlValue = SQLInputValue
export type Row = Record<string, unknown>

/**
 * The seam between the app and SQLite: everything else uses this interface, never `node:sqlite`
 * directly, so the driver can change (or be wrapped for metrics) in one place.
 */
export interface SqlDatabase {
  readonly path: string
  exec(sql: string): void
  run(sql: string, ...params: readonly SqlValue[]): { readonly changes: number; readonly lastInsertRowid: number }
  get<T extends Row>(sql: string, ...params: readonly SqlValue[]): T | undefined
  all<T extends Row>(sql: string, ...params: readonly SqlValue[]): T[]
  /** Runs `work` in one transaction: all of it is written, or none of it. Nests as savepoints. */
  transaction<T>(work: () => T): T
  close(): void
}

export function openNodeSqlite(path: string): SqlDatabase {
  const db = new DatabaseSync(path)
  const statements = new Map<string, ReturnType<DatabaseSync['prepare']>>()
  const prepare = (sql: string) => {
    let statement = statements.get(sql)
    if (!statement) {
      statement = db.prepare(sql)
      statements.set(sql, statement)
    }
    return statement
  }
  let depth = 0
  return {
    path,
    exec: (sql) => db.exec(sql),
    run(sql, ...params) {
      const r = prepare(sql).run(...params)
      return { changes: Number(r.changes), lastInsertRowid: Number(r.lastInsertRowid) }
    },
    get: <T extends Row>(sql: string, ...params: readonly SqlValue[]) => prepare(sql).get(...params) as T | undefined,
    all: <T extends Row>(sql: string, ...params: readonly SqlValue[]) => prepare(sql).all(...params) as T[],
    transaction<T>(work: () => T): T {
      const savepoint = `sp${depth}`
      db.exec(depth === 0 ? 'BEGIN IMMEDIATE' : `SAVEPOINT ${savepoint}`)
      depth++
      try {
        const result = work()
        depth--
        db.exec(depth === 0 ? 'COMMIT' : `RELEASE ${savepoint}`)
        return result
      } catch (error) {
        depth--
        db.exec(depth === 0 ? 'ROLLBACK' : `ROLLBACK TO ${savepoint}; RELEASE ${savepoint}`)
        throw error
      }
    },
    close() {
      statements.clear()
      if (db.isOpen) db.close()
    },
  }
}
