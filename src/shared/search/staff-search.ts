/**
 * Staff search: what a typed text matches besides the name. The cache's query
 * (`PeopleQueryRepo.staffPage`) and the label of each row it finds ("Matched card 0A1B2C3D")
 * both read these terms, so the list never shows a row it cannot explain.
 */
import type { AkuvoxStaffAccessSummary } from '../domain/akuvox'
import { cardKey, cardKeys, pinKey, textKey } from './keys'

export interface StaffSearchTerms {
  /** The typed text, trimmed: names and group names contain it, in any case. */
  readonly text: string
  /** Every key the text may be stored under as a card (its formats); empty when it is no card. */
  readonly cards: readonly string[]
  /** The text as a PIN: PINs match exactly, never by a part. */
  readonly pin: string | null
  /** The text as a floor number. */
  readonly floor: string | null
}

export function staffSearchTerms(search: string): StaffSearchTerms | null {
  const text = search.trim()
  if (text === '') return null
  return { text, cards: [...cardKeys(text)], pin: pinKey(text), floor: /^[1-9]\d{0,2}$/.test(text) ? text : null }
}

/** Which field found a row that its name did not; the PIN only by its last two digits. */
export type StaffMatch =
  | { readonly kind: 'card'; readonly card: string }
  | { readonly kind: 'pin'; readonly lastDigits: string }
  | { readonly kind: 'group'; readonly group: string }
  | { readonly kind: 'floor'; readonly floor: string; readonly building: string }

/** Null when the name matches (nothing to explain) or nothing does. */
export function staffMatch(staff: AkuvoxStaffAccessSummary, terms: StaffSearchTerms): StaffMatch | null {
  const text = textKey(terms.text)
  if (textKey(staff.staffAccessName).includes(text)) return null
  const cards = new Set(terms.cards)
  const card = staff.rfCards.find((c) => cards.has(cardKey(c.number)))
  if (card) return { kind: 'card', card: card.number }
  const pin = terms.pin === null ? undefined : staff.pinCodes.find((p) => pinKey(p.number) === terms.pin)
  if (pin) return { kind: 'pin', lastDigits: pin.number.slice(-2) }
  const group = staff.accessGroupNames.find((g) => textKey(g).includes(text))
  if (group !== undefined) return { kind: 'group', group }
  for (const f of staff.floorAccesses) {
    if (terms.floor !== null && f.floors.some((floor) => floor.trim() === terms.floor)) return { kind: 'floor', floor: terms.floor, building: f.buildingName }
  }
  return null
}
