import type { StaffListItem } from '@shared/people/staff'
import { textKey } from '@shared/search/keys'
import { staffMatch, staffSearchTerms } from '@shared/search/staff-search'

/**
 * Which held staff row the typed text finds, by main's own rule (`staffMatch`, the name
 * otherwise), with what it matched: the rows a search shows until main answers it.
 */
export function keepStaff(typed: string): (row: StaffListItem) => StaffListItem | null {
  const terms = staffSearchTerms(typed)
  return (row) => {
    if (terms === null) return row
    const matched = staffMatch(row, terms)
    if (matched) return { ...row, matched }
    if (!textKey(row.staffAccessName).includes(textKey(terms.text))) return null
    const { matched: _earlier, ...byName } = row
    return byName
  }
}
