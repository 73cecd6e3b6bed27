import { type PersonSelection, SELECTION_MAX_IDS, type StaffSelection } from '@shared/people/bulk-delete'
import type { PersonsFilter } from '@shared/people/persons'

/** One row of the list as the selection needs it. */
export interface SelectableRow {
  readonly id: string
  readonly name: string
}

/**
 * What the installer ticked in a list: rows one by one (`some`, at most SELECTION_MAX_IDS), or
 * everything the list's query finds (`all`: a search, or the persons filters) but the rows
 * unticked since. It is sent to main as that description, so no message grows with the list.
 */
export type ListSelection<Q> =
  { readonly kind: 'some'; readonly picked: ReadonlyMap<string, string> } | { readonly kind: 'all'; readonly query: Q; readonly except: ReadonlySet<string> }

export const nothing = <Q>(): ListSelection<Q> => ({ kind: 'some', picked: new Map() })

export function isPicked<Q>(selection: ListSelection<Q>, id: string): boolean {
  return selection.kind === 'some' ? selection.picked.has(id) : !selection.except.has(id)
}

/** How many rows are selected, of `total` the query finds. */
export function pickedCount<Q>(selection: ListSelection<Q>, total: number): number {
  return selection.kind === 'some' ? selection.picked.size : Math.max(0, total - selection.except.size)
}

/**
 * Ticks or unticks rows; answers the selection unchanged when it would name more rows than a
 * message may carry (the installer then selects all matching instead).
 */
export function setPicked<Q>(selection: ListSelection<Q>, rows: readonly SelectableRow[], picked: boolean): ListSelection<Q> {
  if (selection.kind === 'some') {
    const next = new Map(selection.picked)
    for (const r of rows) {
      if (picked) next.set(r.id, r.name)
      else next.delete(r.id)
    }
    return next.size > SELECTION_MAX_IDS ? selection : { kind: 'some', picked: next }
  }
  const except = new Set(selection.except)
  for (const r of rows) {
    if (picked) except.delete(r.id)
    else except.add(r.id)
  }
  return except.size > SELECTION_MAX_IDS ? selection : { ...selection, except }
}

export function toggle<Q>(selection: ListSelection<Q>, row: SelectableRow): ListSelection<Q> {
  return setPicked(selection, [row], !isPicked(selection, row.id))
}

/** Shift-click: every row between the last one clicked and this one takes this one's new state. */
export function toggleRange<Q>(selection: ListSelection<Q>, rows: readonly (SelectableRow | undefined)[], from: number, to: number): ListSelection<Q> {
  const target = rows[to]
  if (!target) return selection
  const picked = !isPicked(selection, target.id)
  const [lo, hi] = from <= to ? [from, to] : [to, from]
  const span = rows.slice(lo, hi + 1).filter((r): r is SelectableRow => r !== undefined)
  return setPicked(selection, span, picked)
}

/** A staff selection as main resolves it. */
export function staffSelection(selection: ListSelection<string>): StaffSelection {
  return selection.kind === 'some'
    ? { kind: 'ids', staffAccessIds: [...selection.picked.keys()] }
    : { kind: 'matching', search: selection.query, except: [...selection.except] }
}

/** A persons selection as main resolves it. */
export function personSelection(selection: ListSelection<PersonsFilter>): PersonSelection {
  return selection.kind === 'some'
    ? { kind: 'ids', personIds: [...selection.picked.keys()] }
    : { kind: 'matching', filter: selection.query, except: [...selection.except] }
}
