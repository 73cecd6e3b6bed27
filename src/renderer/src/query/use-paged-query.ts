import type { AppError } from '@shared/errors'
import type { Page } from '@shared/page'
import type { Result } from '@shared/result'
import { type QueryKey, useQueries } from '@tanstack/react-query'
import { useCallback, useMemo, useState } from 'react'
import { appErrorOf, unwrap } from './result-error'

export type PageAnswer<T> = Result<Pick<Page<T>, 'total' | 'items'>, AppError>

/**
 * Rows of a cached list read a page at a time as a virtualized list scrolls (20,000 people never
 * cross IPC at once). Each page is its own query under `[...key, 'page', n]`: a virtual list
 * jumps (a dragged scrollbar lands on row 15,000), so pages are fetched where the list looks,
 * not one after another as an infinite query would. Only the first page and the pages in view are
 * held (they are the rows a Shift-click range or "Select all" of the shown rows reach): scrolling through
 * 100,000 rows keeps each render as small as the first, and pages scrolled past stay in the
 * query cache a while, so scrolling back shows them at once. A new key starts over; invalidating
 * the key reads the held pages again.
 */
export function usePagedQuery<T>(key: QueryKey, load: ((offset: number, limit: number) => Promise<PageAnswer<T>>) | null, pageSize = 200) {
  const keyText = JSON.stringify(key)
  const [wanted, setWanted] = useState<{ readonly key: string; readonly pages: ReadonlySet<number> }>({ key: keyText, pages: new Set([0]) })
  const pages = wanted.key === keyText ? [...wanted.pages] : [0]

  const results = useQueries({
    queries: pages.map((page) => ({
      queryKey: [...key, 'page', page, pageSize],
      queryFn: async () => ({ page, answer: unwrap(await (load as NonNullable<typeof load>)(page * pageSize, pageSize)) }),
      enabled: load !== null,
    })),
  })

  const ensure = useCallback(
    (from: number, to: number) => {
      setWanted((previous) => {
        // The first page always: it keeps the count known while the pages in view load.
        const next = new Set<number>([0])
        for (let page = Math.floor(from / pageSize); page <= Math.floor(to / pageSize); page++) next.add(page)
        const same = previous.key === keyText && previous.pages.size === next.size && [...next].every((page) => previous.pages.has(page))
        return same ? previous : { key: keyText, pages: next }
      })
    },
    [keyText, pageSize],
  )

  const { rows, total, error } = useMemo(() => {
    const loaded = new Map<number, T>()
    let count: number | null = null
    let firstError: AppError | null = null
    for (const result of results) {
      if (result.data) {
        const { page, answer } = result.data
        answer.items.forEach((item, i) => loaded.set(page * pageSize + i, item))
        count = answer.total
      }
      firstError ??= appErrorOf(result.error)
    }
    return { rows: loaded as ReadonlyMap<number, T>, total: count, error: firstError }
  }, [results, pageSize])

  return { total, rows, error, ensure }
}
