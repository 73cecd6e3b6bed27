import type { CacheCollection, CollectionSyncState } from '@shared/domain/sync'
import type { SqlDatabase } from '../driver'
import type { CacheScope } from './scope'

interface StateRow extends Record<string, unknown> {
  coll: CacheCollection
  status: 'running' | 'complete'
  next_page: number
  last_full_sync_at: number | null
  item_count: number
  content_hash: string | null
}

export interface PageRecord {
  readonly pageNo: number
  readonly hash: string
  readonly itemCount: number
}

/** Per-collection sync progress and the hash of every stored page. */
export class SyncStateRepo {
  constructor(private readonly db: SqlDatabase) {}

  states(scope: CacheScope): CollectionSyncState[] {
    return (
      this.db
        // Sub-collections (`authTaskRecords/<taskId>`) roll up into their parent's row.
        .all<StateRow>(
          "SELECT * FROM sync_state WHERE connection_id = ? AND project_id = ? AND coll NOT LIKE '%/%' ORDER BY coll",
          scope.connectionId,
          scope.projectId,
        )
        .map((r) => ({
          collection: r.coll,
          lastFullSyncAt: r.last_full_sync_at,
          itemCount: r.item_count,
          contentHash: r.content_hash,
          interrupted: r.status === 'running',
        }))
    )
  }

  /** One collection's (or sub-collection's) last whole read; null unless its last sync finished. */
  lastComplete(scope: CacheScope, coll: string): { readonly at: number; readonly itemCount: number } | null {
    const row = this.db.get<StateRow>(
      'SELECT * FROM sync_state WHERE connection_id = ? AND project_id = ? AND coll = ?',
      scope.connectionId,
      scope.projectId,
      coll,
    )
    return row?.status === 'complete' && row.last_full_sync_at !== null ? { at: row.last_full_sync_at, itemCount: row.item_count } : null
  }

  /** The page to resume at: after the last page an interrupted run wrote, else the first. */
  resumePage(scope: CacheScope, coll: string): number {
    const row = this.db.get<StateRow>(
      'SELECT * FROM sync_state WHERE connection_id = ? AND project_id = ? AND coll = ?',
      scope.connectionId,
      scope.projectId,
      coll,
    )
    return row?.status === 'running' ? row.next_page : 1
  }

  /** The stored hash of one page, or null when the page is not stored. */
  pageHash(scope: CacheScope, coll: string, pageNo: number): string | null {
    return (
      this.db.get<{ hash: string }>(
        'SELECT hash FROM sync_pages WHERE connection_id = ? AND project_id = ? AND coll = ? AND page_no = ?',
        scope.connectionId,
        scope.projectId,
        coll,
        pageNo,
      )?.hash ?? null
    )
  }

  pages(scope: CacheScope, coll: string): Map<number, PageRecord> {
    const rows = this.db.all<{ page_no: number; hash: string; item_count: number }>(
      'SELECT page_no, hash, item_count FROM sync_pages WHERE connection_id = ? AND project_id = ? AND coll = ?',
      scope.connectionId,
      scope.projectId,
      coll,
    )
    return new Map(rows.map((r) => [r.page_no, { pageNo: r.page_no, hash: r.hash, itemCount: r.item_count }]))
  }

  /** Called inside the page's transaction: the page and the resume point are written together. */
  recordPage(scope: CacheScope, coll: string, page: PageRecord): void {
    this.db.run(
      `INSERT INTO sync_pages (connection_id, project_id, coll, page_no, hash, item_count) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (connection_id, project_id, coll, page_no) DO UPDATE SET hash = excluded.hash, item_count = excluded.item_count`,
      scope.connectionId,
      scope.projectId,
      coll,
      page.pageNo,
      page.hash,
      page.itemCount,
    )
    this.db.run(
      `INSERT INTO sync_state (connection_id, project_id, coll, status, next_page, item_count) VALUES (?, ?, ?, 'running', ?, 0)
       ON CONFLICT (connection_id, project_id, coll) DO UPDATE SET status = 'running', next_page = excluded.next_page`,
      scope.connectionId,
      scope.projectId,
      coll,
      page.pageNo + 1,
    )
  }

  /** Forgets page records after the list's last page (the list got shorter). */
  dropPagesAfter(scope: CacheScope, coll: string, lastPage: number): void {
    this.db.run(
      'DELETE FROM sync_pages WHERE connection_id = ? AND project_id = ? AND coll = ? AND page_no > ?',
      scope.connectionId,
      scope.projectId,
      coll,
      lastPage,
    )
  }

  complete(scope: CacheScope, coll: string, at: number, itemCount: number, contentHash: string): void {
    this.db.run(
      `INSERT INTO sync_state (connection_id, project_id, coll, status, next_page, last_full_sync_at, item_count, content_hash)
       VALUES (?, ?, ?, 'complete', 1, ?, ?, ?)
       ON CONFLICT (connection_id, project_id, coll) DO UPDATE SET status = 'complete', next_page = 1,
         last_full_sync_at = excluded.last_full_sync_at, item_count = excluded.item_count, content_hash = excluded.content_hash`,
      scope.connectionId,
      scope.projectId,
      coll,
      at,
      itemCount,
      contentHash,
    )
  }

  /** The keys of `parent`'s sub-collections (`parent/<id>`), optionally only those in one state. */
  subKeys(scope: CacheScope, parent: string, status?: 'running' | 'complete'): string[] {
    return this.db
      .all<{ coll: string }>(
        'SELECT coll FROM sync_state WHERE connection_id = ? AND project_id = ? AND coll LIKE ? AND (? IS NULL OR status = ?)',
        scope.connectionId,
        scope.projectId,
        `${parent}/%`,
        status ?? null,
        status ?? null,
      )
      .map((r) => r.coll)
  }

  /** A sub-collection (the records of one task, `authTaskRecords/<taskId>`) whose parent is gone. */
  forget(scope: CacheScope, coll: string): void {
    for (const table of ['sync_pages', 'sync_state']) {
      this.db.run(`DELETE FROM ${table} WHERE connection_id = ? AND project_id = ? AND coll = ?`, scope.connectionId, scope.projectId, coll)
    }
  }
}
