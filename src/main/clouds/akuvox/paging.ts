import type { AkuvoxPage } from '@shared/domain/akuvox'

export interface PagingOptions {
  /** Items per request, at most `MAX_PAGE_SIZE`. */
  readonly pageSize?: number
  /** Pages in flight at once after the first one. */
  readonly concurrency?: number
  readonly signal?: AbortSignal
}

const DEFAULT_PAGE_SIZE = 100
/** The cloud's maximum is undocumented; the sandbox refuses more than 500, so we never ask for more. */
export const MAX_PAGE_SIZE = 500
const DEFAULT_CONCURRENCY = 3

export type PageFetcher<T> = (pageIndex: number, pageSize: number, signal: AbortSignal) => Promise<AkuvoxPage<T>>

/**
 * Every page of a list command, in order. Page indexes are 1-based; the list ends at the first
 * short page (the documented shape carries no total) or at `total` when the server sends one.
 * The first page is fetched alone, then up to `concurrency` pages run ahead; pages fetched past
 * the end are discarded and unfinished ones aborted.
 */
export async function* allPages<T>(fetchPage: PageFetcher<T>, options: PagingOptions = {}): AsyncGenerator<readonly T[], void, undefined> {
  const pageSize = Math.min(MAX_PAGE_SIZE, Math.max(1, options.pageSize ?? DEFAULT_PAGE_SIZE))
  const concurrency = Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY)
  const abort = new AbortController()
  const signal = options.signal ? AbortSignal.any([options.signal, abort.signal]) : abort.signal
  const inflight = new Map<number, Promise<AkuvoxPage<T>>>()
  let lastPage: number | null = null
  let nextToLaunch = 1
  const launch = (limit: number): void => {
    while (inflight.size < limit && (lastPage === null || nextToLaunch <= lastPage)) {
      const promise = fetchPage(nextToLaunch, pageSize, signal)
      // Pages abandoned after the end must not surface as unhandled rejections.
      promise.catch(() => undefined)
      inflight.set(nextToLaunch++, promise)
    }
  }
  try {
    for (let index = 1; ; index++) {
      launch(index === 1 ? 1 : concurrency)
      const pending = inflight.get(index)
      if (!pending) return
      inflight.delete(index)
      const page = await pending
      if (page.total !== null) lastPage = Math.max(1, Math.ceil(page.total / pageSize))
      if (page.items.length > 0) yield page.items
      if (page.items.length < pageSize || (lastPage !== null && index >= lastPage)) return
    }
  } finally {
    abort.abort()
  }
}

/** Flattens `allPages` into items. */
export async function* allItems<T>(fetchPage: PageFetcher<T>, options: PagingOptions = {}): AsyncGenerator<T, void, undefined> {
  for await (const page of allPages(fetchPage, options)) yield* page
}
