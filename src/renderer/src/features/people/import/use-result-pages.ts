import type { BulkResultsFilter, BulkRowResult } from '@shared/people/staff'
import { useCallback, useRef, useState } from 'react'
import { api } from '../../../api'

const PAGE = 200

export interface ResultPages {
  readonly total: number
  readonly rows: ReadonlyMap<number, BulkRowResult>
  /** Reads the pages that hold rows `from`..`to` (what the list shows), each once; the list asks for 0..0 while empty. */
  readonly ensure: (from: number, to: number) => void
}

interface Loaded {
  /** The job and filter these rows belong to: another view starts empty. */
  readonly key: string
  readonly total: number
  readonly rows: ReadonlyMap<number, BulkRowResult>
}

const EMPTY: ReadonlyMap<number, BulkRowResult> = new Map()

/** A finished job's row results, read a page at a time as the list scrolls. */
export function useResultPages(jobId: string | null, filter: BulkResultsFilter): ResultPages {
  const key = `${jobId}/${filter}`
  const [loaded, setLoaded] = useState<Loaded>({ key: '', total: 0, rows: EMPTY })
  const asked = useRef({ key: '', pages: new Set<number>() })

  const load = useCallback(
    async (page: number) => {
      if (jobId === null) return
      if (asked.current.key !== key) asked.current = { key, pages: new Set() }
      if (asked.current.pages.has(page)) return
      asked.current.pages.add(page)
      const result = await api.staff.importResults({ jobId, filter, offset: page * PAGE, limit: PAGE })
      if (!result.ok) return
      setLoaded((before) => {
        const rows = new Map(before.key === key ? before.rows : EMPTY)
        result.value.items.forEach((r, i) => rows.set(page * PAGE + i, r))
        return { key, total: result.value.total, rows }
      })
    },
    [jobId, filter, key],
  )

  const ensure = useCallback(
    (from: number, to: number) => {
      for (let page = Math.floor(from / PAGE); page <= Math.floor(to / PAGE); page++) void load(page)
    },
    [load],
  )
  const current = loaded.key === key
  return { total: current ? loaded.total : 0, rows: current ? loaded.rows : EMPTY, ensure }
}
