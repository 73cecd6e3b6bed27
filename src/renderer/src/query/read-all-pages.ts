import type { AppError } from '@shared/errors'
import { FIELD_LIMITS } from '@shared/field-limits'
import { type Result, ok } from '@shared/result'
import type { PageAnswer } from './use-paged-query'

/** Pages read for an export; the largest page a paged channel answers. */
const PAGE = 500

/** Rows an export reads at most: as many as one import takes, so a list exported can come back in. */
export const EXPORT_MAX_ROWS = FIELD_LIMITS.importRows

export type ReadAll<T> = Result<{ readonly items: readonly T[]; readonly total: number }, AppError>

/**
 * Every row of a paged list, a page at a time (no message grows with the list), up to `max`
 * (default `EXPORT_MAX_ROWS`); `onProgress` gets the rows read and the total after each page. A
 * failed page fails the whole read with its error; `total` says when the list was longer than
 * `max`, so a reader that stops short can say so.
 */
export async function readAllPages<T>(
  load: (offset: number, limit: number) => Promise<PageAnswer<T>>,
  onProgress: (read: number, total: number) => void = () => undefined,
  max: number = EXPORT_MAX_ROWS,
): Promise<ReadAll<T>> {
  const items: T[] = []
  for (;;) {
    const page = await load(items.length, Math.min(PAGE, max - items.length))
    if (!page.ok) return page
    const total = page.value.total
    items.push(...page.value.items)
    onProgress(items.length, Math.min(total, max))
    if (page.value.items.length === 0 || items.length >= total || items.length >= max) return ok({ items, total })
  }
}
