import type { AppError } from '@shared/errors'
import { useCallback, useEffect, useRef, useState } from 'react'

type Page<T> = { readonly ok: true; readonly value: { readonly items: readonly T[]; readonly total: number } } | { readonly ok: false; readonly error: AppError } | null

interface Loaded<T> {
  readonly key: string
  readonly total: number | null
  readonly rows: ReadonlyMap<number, T>
  readonly error: AppError | null
}

/**
 * Rows of a paged list read as they come into view: the first page at once, then every page a
 * virtualized table asks for. `key` names the query (filters): a new key starts over, and answers
 * for an old key are dropped. `load` must read the query of `key`.
 */
export function usePaged<T>(key: string, load: (offset: number, limit: number) => Promise<Page<T>>, pageSize: number) {
  const [loaded, setLoaded] = useState<Loaded<T>>({ key, total: null, rows: new Map(), error: null })
  const requested = useRef<{ key: string; pages: Set<number> }>({ key, pages: new Set() })
  const latest = useRef(load)
  useEffect(() => {
    latest.current = load
  })

  const fetchPage = useCallback(
    async (page: number) => {
      if (requested.current.key !== key) requested.current = { key, pages: new Set() }
      if (requested.current.pages.has(page)) return
      requested.current.pages.add(page)
      const result = await latest.current(page * pageSize, pageSize)
      if (!result) return
      setLoaded((previous) => {
        const base = previous.key === key ? previous : { key, total: null, rows: new Map<number, T>(), error: null }
        if (!result.ok) return { ...base, error: result.error }
        const rows = new Map(base.rows)
        result.value.items.forEach((item, i) => rows.set(page * pageSize + i, item))
        return { key, total: result.value.total, rows, error: null }
      })
    },
    [key, pageSize],
  )

  useEffect(() => {
    // Fetching, not deriving: state is set after the IPC answer arrives, never synchronously.
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
