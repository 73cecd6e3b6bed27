import type { CacheCollection } from '@shared/domain/sync'
import { contentHash } from '../../store/cache/hash'
import type { PageRecord } from '../../store/cache/sync-state-repo'
import type { TableSpec } from '../../store/cache/table-spec'
import { type PageSource, type ReadPage, readPages } from './read-pages'
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
  /**
   * The list may be checked instead of read when its last full read is fresh (`ReadPolicy`):
   * first page and length unchanged end the read there.
   */
  readonly checkByFirstPage?: true
}

/**
 * Reads a list page by page and stores each page that differs from the cached one (by content
 * hash) in one transaction; unchanged pages cost a read and no write. Resumes after the last
 * page an interrupted run wrote; at the end drops what the server no longer lists. A list
 * marked `checkByFirstPage` and read in full recently stops after an unchanged first page when
 * its length is unchanged too; the summary names it (`SyncSummary.checkedOnly`).
 */
export async function syncPaged<T>(ctx: SyncContext, c: PagedCollection<T>): Promise<void> {
  const { scope } = ctx
  const startPage = ctx.states.resumePage(scope, c.key)
  const known = ctx.states.pages(scope, c.key)
  // Only a list of several pages is worth checking: a one-page list is read whole by its first page.
  const fresh = c.checkByFirstPage && startPage === 1 && known.size > 1 ? ctx.freshFullRead(c.key) : null
  let done = 0
  for (const [pageNo, page] of known) if (pageNo < startPage) done += page.itemCount
  const report = ctx.progress(c.collection, done)
  let lastPage = startPage - 1
  for await (const page of readPages(c.source, { startPage, pageSize: c.pageSize, gate: ctx.gate, signal: ctx.signal })) {
    ctx.counters.pagesFetched++
    if (page.items.length === 0) break
    lastPage = page.pageNo
    const hash = contentHash(page.items.map(c.spec.json))
    const unchanged = known.get(page.pageNo)?.hash === hash
    const { pageNo, items } = page
    ctx.writes.add(() => {
      if (!unchanged) {
        ctx.counters.rowsRemoved += ctx.writer.writePage(c.spec, scope, c.key, pageNo, items, hash)
        ctx.counters.pagesWritten++
      }
      c.afterPage?.(items)
    })
    done += page.items.length
    if (fresh !== null && page.pageNo === 1 && unchanged && (await sameLength(ctx, c, page, known, fresh.itemCount))) {
      ctx.checkedOnly.push({ collection: c.collection, lastFullSyncAt: fresh.at })
      report(fresh.itemCount, page.total ?? fresh.itemCount)
      await ctx.writes.flush()
      return
    }
    report(done, page.total)
  }
  // Whatever reads this collection next (group infos, task records) finds it whole.
  ctx.writes.add(() => {
    ctx.counters.rowsRemoved += ctx.writer.finish(c.spec, scope, c.key, lastPage, ctx.now()).removed
  })
  await ctx.writes.flush()
}

/**
 * Whether the list still has the length the cache holds: the total the cloud states, or when it
 * states none (Akuvox's plain arrays) the cached last page read again, unchanged and short, so
 * the list still ends where it did.
 */
async function sameLength<T>(
  ctx: SyncContext,
  c: PagedCollection<T>,
  first: ReadPage<T>,
  known: ReadonlyMap<number, PageRecord>,
  itemCount: number,
): Promise<boolean> {
  if (first.total !== null) return first.total === itemCount
  const last = Math.max(...known.keys())
  const record = known.get(last)
  if (!record || record.itemCount >= c.pageSize) return false
  const page = await ctx.gate.run(() => c.source(last, c.pageSize, ctx.signal), ctx.signal)
  ctx.counters.pagesFetched++
  return contentHash(page.items.map(c.spec.json)) === record.hash
}

export interface WholeCollection<T> {
  readonly collection: CacheCollection
  readonly key: string
  readonly spec: TableSpec<T>
  readonly afterPage?: (items: readonly T[]) => void
}

/** A list the cloud returns in one answer: stored as page 1, whole. */
export function syncWhole<T>(ctx: SyncContext, c: WholeCollection<T>, items: readonly T[]): void {
  syncWholePages(ctx, c, [items])
}

/**
 * A list sync assembles from several answers (the organisation tree, level by level): stored as
 * pages 1… in one transaction, so it is never half there. Empty pages are not stored.
 */
export function syncWholePages<T>(ctx: SyncContext, c: WholeCollection<T>, pages: readonly (readonly T[])[]): void {
  const { scope } = ctx
  const stored = pages.filter((items) => items.length > 0).map((items, index) => ({ pageNo: index + 1, items, hash: contentHash(items.map(c.spec.json)) }))
  const known = ctx.states.pages(scope, c.key)
  ctx.counters.pagesFetched++
  // One unit: the pages land in one transaction whatever else shares the commit.
  ctx.writes.add(() => {
    for (const { pageNo, items, hash } of stored) {
      if (known.get(pageNo)?.hash === hash) continue
      ctx.counters.rowsRemoved += ctx.writer.writePage(c.spec, scope, c.key, pageNo, items, hash)
      ctx.counters.pagesWritten++
    }
    ctx.counters.rowsRemoved += ctx.writer.finish(c.spec, scope, c.key, stored.length, ctx.now()).removed
    for (const { items } of stored) c.afterPage?.(items)
  })
  const count = stored.reduce((sum, page) => sum + page.items.length, 0)
  ctx.progress(c.collection, 0)(count, count)
}
