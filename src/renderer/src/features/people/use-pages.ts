import type { AppError } from '@shared/errors'
import type { Result } from '@shared/result'
import { useCallback, useEffect, useRef, useState } from 'react'

const PAGE = 200

interface Loaded<T> {
  readonly key: string
  readonly total: number | null
  readonly rows: ReadonlyMap<number, T>
}

type Fetch<T> = (offset: number, limit: number) => Promise<Result<{ readonly total: number; readonly rows: readonly T[] }, AppError>>

/**
 * Rows of a cached list fetched a page at a time as a virtual list scrolls: 20,000 people never
 * cross IPC at once. A new `key` (another search, filter or revision) starts over.
 */
export function usePages<T>(key: string, fetch: Fetch<T>) {
  const [loaded, setLoaded] = useState<Loaded<T>>({ key, total: null, rows: new Map() })
  const requested = useRef<{ key: string; pages: Set<number> }>({ key, pages: new Set() })

  const load = useCallback(
    async (page: number) => {
      if (requested.current.key !== key) requested.current = { key, pages: new Set() }
      if (requested.current.pages.has(page)) return
      requested.current.pages.add(page)
      const result = await fetch(page * PAGE, PAGE)
      // An answer for a search the installer has already typed past must not replace the newer one.
      if (!result.ok || requested.current.key !== key) return
      setLoaded((previous) => {
        const rows = new Map(previous.key === key ? previous.rows : [])
        result.value.rows.forEach((row, i) => rows.set(page * PAGE + i, row))
        return { key, total: result.value.total, rows }
      })
    },
    // `fetch` itself, not a ref to it: the list's own effect asks for the first page before this
    // hook's effects run, and must already ask with the new search.
    [key, fetch],
  )

  useEffect(() => {
    // Fetching, not deriving: state is set after the IPC answer arrives.
    void load(0)
  }, [load])

  const ensure = useCallback(
    (from: number, to: number) => {
      for (let page = Math.floor(from / PAGE); page <= Math.floor(to / PAGE); page++) void load(page)
    },
    [load],
  )
  const current = loaded.key === key ? loaded : { total: null, rows: new Map<number, T>() }
  return { total: current.total, rows: current.rows, ensure }
}
