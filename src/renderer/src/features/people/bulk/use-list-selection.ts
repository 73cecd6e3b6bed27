import { type KeyboardEvent, useRef, useState } from 'react'
import { type ListSelection, type SelectableRow, nothing, pickedCount, toggle, toggleRange } from './list-selection'

/**
 * A list's selection, kept per query (a new search or filter starts over: "all" means what the
 * installer sees), with Shift-click ranges from the last row clicked and Space on a focused row.
 * `queryKey` tells queries apart; `loaded` are the rows the list holds, by index.
 */
export function useListSelection<Q>(query: Q, queryKey: string, loaded: readonly (SelectableRow & { readonly index: number })[], total: number) {
  const [state, setState] = useState<{ readonly key: string; readonly selection: ListSelection<Q> }>({ key: queryKey, selection: nothing() })
  const selection = state.key === queryKey ? state.selection : nothing<Q>()
  const select = (next: ListSelection<Q>) => setState({ key: queryKey, selection: next })
  /** The last row clicked or toggled with Space: where a Shift-click range starts. */
  const anchor = useRef<number | null>(null)
  const pick = (row: SelectableRow, index: number, range: boolean) => {
    const from = anchor.current
    if (range && from !== null) {
      const byIndex: (SelectableRow | undefined)[] = []
      for (const r of loaded) byIndex[r.index] = r
      select(toggleRange(selection, byIndex, from, index))
    } else select(toggle(selection, row))
    anchor.current = index
  }
  /** Space on a focused row ticks it (Shift+Space: the range from the last one); Enter still opens it. */
  const rowKey = (row: SelectableRow, index: number) => (event: KeyboardEvent) => {
    if (event.key !== ' ') return
    event.preventDefault()
    pick(row, index, event.shiftKey)
  }
  return { selection, select, pick, rowKey, count: pickedCount(selection, total), query }
}
