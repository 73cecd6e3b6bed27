import type { AppError } from '@shared/errors'
import type { Result } from '@shared/result'
import { useCallback, useEffect, useRef, useState } from 'react'

export type PagedAnswer<T> = Result<{ readonly total: number; readonly items: readonly T[] }, AppError>

interface Loaded<T> {
  readonly key: string
  readonly total: number | null
  readonly rows: ReadonlyMap<number, T>
  readonly error: AppError | null
}

/**
 * Rows of a cached list read a page at a time as a virtualized list scrolls (20,000 people never
 * cross IPC at once): the first page at once, then every page the list asks for. `key` names the
 * query (search, filters, revision): a new key starts over. `load` reads the query of `key`; a
 * null answer (no project) is ignored.
 */
export function usePaged<T>(key: string, load: (offset: number, limit: number) => Promise<PagedAnswer<T> | null>, pageSize = 200) {
  const [loaded, setLoaded] = useState<Loaded<T>>({ key, total: null, rows: new Map(), error: null })
  const requested = useRef<{ key: string; pages: Set<number> }>({ key, pages: new Set() })

  const fetchPage = useCallback(
    async (page: number) => {
      if (requested.current.key !== key) requested.current = { key, pages: new Set() }
      if (requested.current.pages.has(page)) return
      requested.current.pages.add(page)
      const result = await load(page * pageSize, pageSize)
      // An answer for a search the installer has already typed past must not replace the newer one.
      if (!result || requested.current.key !== key) return
      setLoaded((previous) => {
        const base = previous.key === key ? previous : { key, total: null, rows: new Map<number, T>(), error: null }
        if (!result.ok) return { ...base, error: result.error }
        const rows = new Map(base.rows)
        result.value.items.forEach((item, i) => rows.set(page * pageSize + i, item))
        return { key, total: result.value.total, rows, error: null }
      })
    },
    // `load` itself, not a ref to it: the list's own effect asks for the first page before this
    // hook's effects run, and must already ask with the new search.
    [key, load, pageSize],
  )

  useEffect(() => {
    // Fetching, not deriving: state is set after the IPC answer arrives.
    void fetchPage(0)
  }, [fetchPage])

  const ensure = useCallback(
    (from: number, to: number) => {
      for (let page = Math.floor(from / pageSize); page <= Math.floor(to / pageSize); page++) void fetchPage(page)
    },
    [fetchPage, pageSize],
  )

  const current = loaded.key === key ? loaded : { total: null, rows: new Map<number, T>(), error: null }
  return { total: current.total, rows: current.rows, error: current.error, ensure }
}
