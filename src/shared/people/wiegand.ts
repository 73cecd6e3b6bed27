/**
 * Wiegand cards printed as "facility,card" ("123,45678"). Both common formats carry a 16-bit card
 * number after the facility code: Wiegand 26 an 8-bit facility (0–255), Wiegand 34 a 16-bit one
 * (0–65535). The number a reader sends is facility × 65536 + card, which the card helper then
 * shows in decimal, hex and reversed byte order like any other card number.
 */

export type WiegandFormat = 'wiegand26' | 'wiegand34'

export type WiegandReading =
  | { readonly kind: 'card'; readonly format: WiegandFormat; readonly facility: number; readonly card: number; readonly value: bigint }
  /** Written as facility,card but out of range for both formats. */
  | { readonly kind: 'outOfRange'; readonly facility: number; readonly card: number }

const CARD_MAX = 0xffff
const FACILITY_MAX: Readonly<Record<WiegandFormat, number>> = { wiegand26: 0xff, wiegand34: 0xffff }

/** "123,45678" (a full-width comma and spaces too) as a Wiegand card, or null when the text is not facility,card. */
export function wiegandOf(typed: string): WiegandReading | null {
  const match = /^\s*(\d{1,6})\s*,\s*(\d{1,6})\s*$/.exec(typed.normalize('NFKC'))
  if (!match) return null
  const facility = Number(match[1])
  const card = Number(match[2])
  if (card > CARD_MAX || facility > FACILITY_MAX.wiegand34) return { kind: 'outOfRange', facility, card }
  const format: WiegandFormat = facility <= FACILITY_MAX.wiegand26 ? 'wiegand26' : 'wiegand34'
  return { kind: 'card', format, facility, card, value: (BigInt(facility) << 16n) | BigInt(card) }
}
