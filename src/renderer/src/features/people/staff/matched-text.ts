import type { StaffMatch } from '@shared/search/staff-search'
import { assertNever } from '@shared/util/assert-never'
import type { TFunction } from 'i18next'

/** Which field found a staff row, in words; a PIN by its last two digits only. */
export function matchedText(t: TFunction, match: StaffMatch): string {
  switch (match.kind) {
    case 'card':
      return t('people.staff.matched.card', { card: match.card })
    case 'pin':
      return t('people.staff.matched.pin', { lastDigits: match.lastDigits })
    case 'group':
      return t('people.staff.matched.group', { group: match.group })
    case 'floor':
      return t('people.staff.matched.floor', { floor: match.floor, building: match.building })
    default:
      return assertNever(match, 'staff match')
  }
}
