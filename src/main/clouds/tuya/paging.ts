import { z } from 'zod'
import type { TuyaPage, TuyaPaging } from '@shared/domain/tuya'
import { num } from './decode'

const DEFAULT_PAGE_SIZE = 50

/** `{total, list, hasMore?}` — `has_more` is documented but often missing (seed 004 samples). */
export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    total: num,
    list: z
      .array(item)
      .nullish()
      .transform((v) => v ?? []),
    hasMore: z.boolean().optional(),
  })
}

export function toPage<T>(raw: { total: number; list: T[]; hasMore?: boolean }, paging: Required<TuyaPaging>): TuyaPage<T> {
  const hasMore = raw.hasMore ?? (raw.list.length >= paging.pageSize && paging.page * paging.pageSize < raw.total)
  return { items: raw.list, total: raw.total, hasMore, page: paging.page, pageSize: paging.pageSize }
}

export function paging(p: TuyaPaging): Required<TuyaPaging> {
  return { page: p.page ?? 1, pageSize: p.pageSize ?? DEFAULT_PAGE_SIZE }
}

export interface IterateOptions {
  readonly pageSize?: number
  /** Pages fetched at once after the first (which tells the total); the rate limiter still applies. */
  readonly concurrency?: number
  readonly signal?: AbortSignal
}

/**
 * Every page of a list, in order. The first page gives the total; the rest are fetched with
 * bounded concurrency, and the walk stops at the first short or empty page even if `total`
 * promised more (lists change while they are read).
 */
export async function* iteratePages<T>(
  fetchPage: (paging: Required<TuyaPaging>, signal: AbortSignal | undefined) => Promise<TuyaPage<T>>,
  options: IterateOptions = {},
): AsyncGenerator<TuyaPage<T>> {
  const pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE
  const concurrency = Math.max(1, options.concurrency ?? 2)
  const first = await fetchPage({ page: 1, pageSize }, options.signal)
  yield first
  if (!first.hasMore) return
  const knownLast = first.total > 0 ? Math.ceil(first.total / pageSize) : Number.POSITIVE_INFINITY
  const inFlight = new Map<number, Promise<TuyaPage<T>>>()
  let next = 2
  for (let page = 2; page <= knownLast; page++) {
    // With an unknown total, read one page at a time: there is no end to run ahead to.
    const width = Number.isFinite(knownLast) ? concurrency : 1
    while (inFlight.size < width && next <= knownLast) {
      const pending = fetchPage({ page: next, pageSize }, options.signal)
      // Awaited below in order; this only keeps a failure ahead of its turn from being "unhandled".
      pending.catch(() => undefined)
      inFlight.set(next++, pending)
    }
    const current = inFlight.get(page)
    if (!current) return
    inFlight.delete(page)
    const result = await current
    yield result
    if (!result.hasMore || result.items.length === 0) return
  }
}
