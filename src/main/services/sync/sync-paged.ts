import type { CacheCollection } from '@shared/domain/cache'
import { contentHash } from '../../store/cache/hash'
import type { TableSpec } from '../../store/cache/table-spec'
import { type PageSource, readPages } from './read-pages'
import type { SyncContext } from './sync-context'

export interface PagedCollection<T> {
  readonly collection: CacheCollection
  /** The sync-state key: the collection, or `authTaskRecords/<taskId>` for one task's records. */
  readonly key: string
  readonly spec: TableSpec<T>
  readonly source: PageSource<T>
  readonly pageSize: number
  /** Runs after each page is stored (device status from device and channel pages). */
  readonly afterPage?: (items: readonly T[]) => void
}

/**
 * Reads a list page by page and stores each page that differs from the cached one (by content
 * hash) in one transaction; unchanged pages cost a read and no write. Resumes after the last
 * page an interrupted run wrote; at the end drops what the server no longer lists.
 */
export async function syncPaged<T>(ctx: SyncContext, c: PagedCollection<T>): Promise<void> {
  const { scope } = ctx
  const startPage = ctx.states.resumePage(scope, c.key)
  const known = ctx.states.pages(scope, c.key)
  let done = 0
  for (const [pageNo, page] of known) if (pageNo < startPage) done += page.itemCount
  const report = ctx.progress(c.collection, done)
  let lastPage = startPage - 1
  for await (const page of readPages(c.source, { startPage, pageSize: c.pageSize, gate: ctx.gate, signal: ctx.signal })) {
    ctx.counters.pagesFetched++
    if (page.items.length === 0) break
    lastPage = page.pageNo
    const hash = contentHash(page.items.map(c.spec.json))
    if (known.get(page.pageNo)?.hash !== hash) {
      ctx.counters.rowsRemoved += ctx.writer.writePage(c.spec, scope, c.key, page.pageNo, page.items, hash)
      ctx.counters.pagesWritten++
    }
    c.afterPage?.(page.items)
    done += page.items.length
    report(done, page.total)
  }
  ctx.counters.rowsRemoved += ctx.writer.finish(c.spec, scope, c.key, lastPage, ctx.now()).removed
}

export interface WholeCollection<T> {
  readonly collection: CacheCollection
  readonly key: string
  readonly spec: TableSpec<T>
  readonly afterPage?: (items: readonly T[]) => void
}

/** A list the cloud returns in one answer (or that sync assembles): stored as page 1, whole. */
export function syncWhole<T>(ctx: SyncContext, c: WholeCollection<T>, items: readonly T[]): void {
  const { scope } = ctx
  ctx.counters.pagesFetched++
  if (items.length > 0) {
    const hash = contentHash(items.map(c.spec.json))
    if (ctx.states.pages(scope, c.key).get(1)?.hash !== hash) {
      ctx.counters.rowsRemoved += ctx.writer.writePage(c.spec, scope, c.key, 1, items, hash)
      ctx.counters.pagesWritten++
    }
    c.afterPage?.(items)
  }
  ctx.progress(c.collection, 0)(items.length, items.length)
  ctx.counters.rowsRemoved += ctx.writer.finish(c.spec, scope, c.key, items.length > 0 ? 1 : 0, ctx.now()).removed
}
