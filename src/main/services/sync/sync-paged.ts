import type { CacheCollection } from '@shared/domain/sync'
import { contentHash } from '../../store/cache/hash'
import type { PageRecord } from '../../store/cache/sync-state-repo'
import { specOf } from '../../store/cache/writer/spec-of'
import type { SpecRef } from '../../store/cache/writer/units'
import { type PageSource, type ReadPage, readPages } from './read-pages'
import type { SyncContext } from './sync-context'

export interface PagedCollection<T> {
  readonly collection: CacheCollection
  /** The sync-state key: the collection, or `authTaskRecords/<taskId>` for one task's records. */
  readonly key: string
  /** The spec the cache writer stores the list with, by name. */
  readonly specRef: SpecRef
  readonly source: PageSource<T>
  readonly pageSize: number
  /** Device and channel pages also tell device status, applied with each page. */
  readonly withStatus?: true
  /**
   * The list may be checked instead of read when its last full read is fresh (`ReadPolicy`):
   * first page and length unchanged end the read there.
   */
  readonly checkByFirstPage?: true
}

/**
 * Reads a list page by page and hands each page to the cache writer, which stores it in one
 * transaction when it differs from the cached one (by content hash); unchanged pages cost a read
 * and no write. The sync waits while the writer is behind (`WriteQueue`). Resumes after the last
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
    const { pageNo, items } = page
    await ctx.writes.add({ kind: 'page', spec: c.specRef, scope, coll: c.key, pageNo, items, status: c.withStatus ? ctx.statusNow() : null })
    done += page.items.length
    // Only a check by the first page hashes here, and only that page; the writer hashes every page it writes.
    if (fresh !== null && pageNo === 1 && known.get(1)?.hash === hashOf(c, items) && (await sameLength(ctx, c, page, known, fresh.itemCount))) {
      ctx.checkedOnly.push({ collection: c.collection, lastFullSyncAt: fresh.at })
      report(fresh.itemCount, page.total ?? fresh.itemCount)
      await ctx.writes.flush()
      return
    }
    report(done, page.total)
  }
  // Whatever reads this collection next (group infos, task records) finds it whole.
  await ctx.writes.add({ kind: 'finish', spec: c.specRef, scope, coll: c.key, lastPage, at: ctx.now() })
  await ctx.writes.flush()
}

const hashOf = (c: { readonly specRef: SpecRef }, items: readonly unknown[]): string => contentHash(items.map(specOf(c.specRef).json))

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
  return hashOf(c, page.items) === record.hash
}

export interface WholeCollection {
  readonly collection: CacheCollection
  readonly key: string
  readonly specRef: SpecRef
  readonly withStatus?: true
}

/** A list the cloud returns in one answer: stored as page 1, whole. */
export function syncWhole<T>(ctx: SyncContext, c: WholeCollection, items: readonly T[]): Promise<void> {
  return syncWholePages(ctx, c, [items])
}

/**
 * A list sync assembles from several answers (the organisation tree, level by level): stored as
 * pages 1… in one unit, so it is never half there. Empty pages are not stored.
 */
export async function syncWholePages<T>(ctx: SyncContext, c: WholeCollection, pages: readonly (readonly T[])[]): Promise<void> {
  ctx.counters.pagesFetched++
  await ctx.writes.add({
    kind: 'wholePages',
    spec: c.specRef,
    scope: ctx.scope,
    coll: c.key,
    pages,
    at: ctx.now(),
    status: c.withStatus ? ctx.statusNow() : null,
  })
  const count = pages.reduce((sum, items) => sum + items.length, 0)
  ctx.progress(c.collection, 0)(count, count)
}
