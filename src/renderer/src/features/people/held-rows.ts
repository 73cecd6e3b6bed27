import { useState } from 'react'

/** A list's rows by index and how many there are; total null while its first answer is on the way. */
export interface ListRows<T> {
  readonly total: number | null
  readonly rows: ReadonlyMap<number, T>
}

/** How many held rows a key looks through: a screenful is found among them, whatever the list holds. */
export const HELD_ROWS_SCANNED = 2000

/**
 * The rows a list already holds that `keep` accepts (it may change a row, as adding what matched),
 * renumbered from 0, looking through at most `scanned` of them: what a search shows while main's
 * answer to the typed text is on the way.
 */
export function heldRows<T>(held: ReadonlyMap<number, T>, keep: (row: T) => T | null, scanned = HELD_ROWS_SCANNED): ReadonlyMap<number, T> {
  const rows = new Map<number, T>()
  let looked = 0
  for (const row of held.values()) {
    if (looked++ >= scanned) break
    const kept = keep(row)
    if (kept !== null) rows.set(rows.size, kept)
  }
  return rows
}

/**
 * A searched list that answers each key at once: until main has answered the text typed (a
 * debounce, then a read), the rows of its last answer that match it (`keep`, the rule main's query
 * explains its rows with) stand in; main's answer replaces them and may hold more (rows not read
 * yet, a search made wider). `answeredQuery` is the query `answer` answers when that is the text
 * typed, else null; the count stays null meanwhile, so no line says "12 matching" of a guess.
 */
export function useHeldWhileSearching<T>(
  answer: ListRows<T>,
  answeredQuery: string | null,
  keep: (row: T) => T | null,
): ListRows<T> & { readonly length: number } {
  // `length`: how many rows the list lays out, the count main answered or the held rows found.
  const [held, setHeld] = useState<{ readonly key: string; readonly rows: ReadonlyMap<number, T> }>({ key: '', rows: new Map() })
  if (answeredQuery !== null && answer.total !== null) {
    // Kept again as pages land (the count of rows held changes), not on every render.
    const key = JSON.stringify([answeredQuery, answer.total, answer.rows.size])
    if (held.key !== key) setHeld({ key, rows: answer.rows })
    return { ...answer, length: answer.total }
  }
  const rows = heldRows(held.rows, keep)
  return { total: null, rows, length: rows.size }
}
