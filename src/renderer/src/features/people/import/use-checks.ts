import { type RowCheck, checkRows } from '@shared/people/import-check'
import type { RawStaffRow } from '@shared/people/import-row'
import type { StaffContext } from '@shared/people/staff'
import { useEffect, useRef, useState } from 'react'

/** Below this many rows the check is quicker than the trip to a worker and back. */
const WORKER_FROM = 2_000

interface Checked {
  readonly rows: readonly RawStaffRow[]
  readonly checks: readonly RowCheck[]
}

/**
 * The checks of the rows, recomputed when a row is fixed. A large file is checked in a worker
 * (allowed by the CSP's `script-src 'self'`); without one, or if it fails, on this thread.
 * `checks` is null until the current rows have been checked once.
 */
export function useChecks(
  rows: readonly RawStaffRow[],
  context: StaffContext | null,
): { readonly checks: readonly RowCheck[] | null; readonly stale: boolean } {
  const [checked, setChecked] = useState<Checked | null>(null)
  const worker = useRef<Worker | null | 'unavailable'>(null)
  const latest = useRef(0)

  useEffect(
    () => () => {
      if (worker.current instanceof Worker) worker.current.terminate()
    },
    [],
  )

  useEffect(() => {
    if (!context || rows.length === 0) return
    const id = ++latest.current
    const inThread = () => {
      if (id === latest.current) setChecked({ rows, checks: checkRows(rows, context) })
    }
    if (rows.length < WORKER_FROM || worker.current === 'unavailable' || typeof Worker === 'undefined') {
      // Deferred a turn: the effect does not set state synchronously.
      const timer = setTimeout(inThread, 0)
      return () => clearTimeout(timer)
    }
    if (worker.current === null) {
      try {
        worker.current = new Worker(new URL('./check-rows.worker.ts', import.meta.url), { type: 'module' })
      } catch {
        worker.current = 'unavailable'
        const timer = setTimeout(inThread, 0)
        return () => clearTimeout(timer)
      }
    }
    const w = worker.current
    const onMessage = (event: MessageEvent<{ id: number; checks: readonly RowCheck[] }>) => {
      if (event.data.id === id) setChecked({ rows, checks: event.data.checks })
    }
    const onError = () => {
      w.terminate()
      worker.current = 'unavailable'
      inThread()
    }
    w.addEventListener('message', onMessage)
    w.addEventListener('error', onError)
    w.postMessage({ id, rows, context })
    return () => {
      w.removeEventListener('message', onMessage)
      w.removeEventListener('error', onError)
    }
  }, [rows, context])

  if (rows.length === 0) return { checks: [], stale: false }
  if (!checked || checked.checks.length !== rows.length) return { checks: null, stale: true }
  return { checks: checked.checks, stale: checked.rows !== rows }
}
