import { AppErrorException, appError } from '@shared/errors'
import type { RequestGate } from './request-gate'

export interface FetchedPage<T> {
  readonly items: readonly T[]
  /** The list's length when the cloud says it. */
  readonly total: number | null
  readonly hasMore: boolean
}

export type PageSource<T> = (pageNo: number, pageSize: number, signal: AbortSignal) => Promise<FetchedPage<T>>

export interface ReadPagesOptions {
  /** 1-based; a resumed sync starts after the pages it already wrote. */
  readonly startPage: number
  readonly pageSize: number
  readonly gate: RequestGate
  readonly signal: AbortSignal
}

export interface ReadPage<T> {
  readonly pageNo: number
  readonly items: readonly T[]
  readonly total: number | null
}

/**
 * The pages of one list, in order, from `startPage`. The clients' iterators always begin at
 * page 1 and bring their own concurrency; a resumable sync needs to start mid-list and to share
 * one request budget (the gate) across the lists it reads at once, so this walks the clients'
 * page methods itself, with the same end rules: the first page goes alone (it may tell the
 * total), then up to the gate's width run ahead; the list ends at a short or empty page, at
 * `hasMore: false`, or at the total.
 */
export async function* readPages<T>(source: PageSource<T>, options: ReadPagesOptions): AsyncGenerator<ReadPage<T>, void, undefined> {
  const { startPage, pageSize, gate } = options
  const stop = new AbortController()
  const signal = AbortSignal.any([options.signal, stop.signal])
  const inflight = new Map<number, Promise<FetchedPage<T>>>()
  let lastPage: number | null = null
  let next = startPage
  const launch = (limit: number): void => {
    while (inflight.size < limit && (lastPage === null || next <= lastPage)) {
      const pageNo = next++
      const pending = gate.run(() => source(pageNo, pageSize, signal), signal)
      // Awaited in order below; pages fetched past the end are dropped without a rejection warning.
      pending.catch(() => undefined)
      inflight.set(pageNo, pending)
    }
  }
  try {
    for (let pageNo = startPage; ; pageNo++) {
      launch(pageNo === startPage ? 1 : gate.width)
      const pending = inflight.get(pageNo)
      if (!pending) return
      inflight.delete(pageNo)
      const page = await pending
      // A page that arrived after a cancel is not handed on: cancelling stops the writing too.
      if (options.signal.aborted) throw new AppErrorException(appError('cancelled', { detail: 'sync cancelled' }))
      if (page.total !== null) lastPage = Math.ceil(page.total / pageSize)
      yield { pageNo, items: page.items, total: page.total }
      if (!page.hasMore || page.items.length === 0 || (lastPage !== null && pageNo >= lastPage)) return
    }
  } finally {
    stop.abort()
  }
}
