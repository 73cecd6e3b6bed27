import type { SqlDatabase } from '../driver'
import { combineHashes } from './hash'
import type { CacheScope } from './scope'
import type { SyncStateRepo } from './sync-state-repo'
import { type TableSpec, upsertSql } from './table-spec'

/**
 * Writes synced pages. Each page is one transaction holding its rows, the rows derived from it,
 * its hash and the resume point, so a crash leaves whole pages only. Rows remember their page:
 * rows a page no longer holds are dropped when the page is rewritten, and rows on pages past the
 * list's end when the collection finishes, so what the server removed leaves the cache.
 */
export class PageWriter {
  constructor(
    private readonly db: SqlDatabase,
    private readonly states: SyncStateRepo,
  ) {}

  writePage<T>(spec: TableSpec<T>, scope: CacheScope, coll: string, pageNo: number, items: readonly T[], hash: string): number {
    const { db } = this
    return db.transaction(() => {
      const ids = new Set(items.map(spec.key))
      const previous = db.all<{ id: string }>(
        `SELECT id FROM ${spec.table} WHERE connection_id = ? AND project_id = ? AND coll = ? AND page_no = ?`,
        scope.connectionId,
        scope.projectId,
        coll,
        pageNo,
      )
      const gone = previous.map((r) => r.id).filter((id) => !ids.has(id))
      this.remove(spec, scope, gone)
      const sql = upsertSql(spec as TableSpec<never>)
      for (const item of items) {
        db.run(sql, scope.connectionId, scope.projectId, spec.key(item), coll, pageNo, ...spec.values(item), JSON.stringify(spec.json(item)))
      }
      spec.children?.(db, scope, items)
      this.states.recordPage(scope, coll, { pageNo, hash, itemCount: items.length })
      return gone.length
    })
  }

  /** The list ended after `lastPage` (0: empty): drops what lay beyond and marks the collection whole. */
  finish<T>(
    spec: TableSpec<T>,
    scope: CacheScope,
    coll: string,
    lastPage: number,
    at: number,
  ): { readonly removed: number; readonly itemCount: number; readonly hash: string } {
    const { db } = this
    return db.transaction(() => {
      const beyond = db
        .all<{ id: string }>(
          `SELECT id FROM ${spec.table} WHERE connection_id = ? AND project_id = ? AND coll = ? AND page_no > ?`,
          scope.connectionId,
          scope.projectId,
          coll,
          lastPage,
        )
        .map((r) => r.id)
      this.remove(spec, scope, beyond)
      this.states.dropPagesAfter(scope, coll, lastPage)
      const pages = [...this.states.pages(scope, coll).values()].sort((a, b) => a.pageNo - b.pageNo)
      const itemCount = pages.reduce((sum, p) => sum + p.itemCount, 0)
      const hash = combineHashes(pages.map((p) => p.hash))
      this.states.complete(scope, coll, at, itemCount, hash)
      return { removed: beyond.length, itemCount, hash }
    })
  }

  /** Drops every row of a sub-collection (a task that no longer exists) and its sync records. */
  forget<T>(spec: TableSpec<T>, scope: CacheScope, coll: string): number {
    return this.db.transaction(() => {
      const ids = this.db
        .all<{ id: string }>(`SELECT id FROM ${spec.table} WHERE connection_id = ? AND project_id = ? AND coll = ?`, scope.connectionId, scope.projectId, coll)
        .map((r) => r.id)
      this.remove(spec, scope, ids)
      this.states.forget(scope, coll)
      return ids.length
    })
  }

  private remove<T>(spec: TableSpec<T>, scope: CacheScope, ids: readonly string[]): void {
    if (ids.length === 0) return
    for (const id of ids) {
      this.db.run(`DELETE FROM ${spec.table} WHERE connection_id = ? AND project_id = ? AND id = ?`, scope.connectionId, scope.projectId, id)
    }
    spec.afterRemove?.(this.db, scope, ids)
  }
}
