import type { AccessGroupRow } from '@shared/domain/access-groups'
import { assertNever } from '@shared/util/assert-never'

export const SORT_KEYS = ['name', 'created', 'users', 'doors'] as const
export type SortKey = (typeof SORT_KEYS)[number]

function compare(a: AccessGroupRow, b: AccessGroupRow, key: SortKey): number {
  switch (key) {
    case 'name':
      return a.name.localeCompare(b.name)
    case 'created':
      // Newest first; queued creates (no time yet) on top.
      return (b.createdTime || '9999').localeCompare(a.createdTime || '9999')
    case 'users':
      return b.userCount - a.userCount
    case 'doors':
      return (b.doorCounts?.devices ?? -1) - (a.doorCounts?.devices ?? -1)
    default:
      return assertNever(key, 'sort key')
  }
}

/** The rows matching `search` (name, case-insensitive), sorted; ties by name. */
export function visibleRows(rows: readonly AccessGroupRow[], search: string, key: SortKey): AccessGroupRow[] {
  const needle = search.trim().toLocaleLowerCase()
  return rows.filter((r) => needle === '' || r.name.toLocaleLowerCase().includes(needle)).sort((a, b) => compare(a, b, key) || a.name.localeCompare(b.name))
}
