/**
 * Wiegand card numbers as readers and supplier sheets print them: a facility code and a card
 * number, "123,45678". Both common formats carry the card number in the low 16 bits and the
 * facility above it: Wiegand 26 has an 8-bit facility (0–255), Wiegand 34 a 16-bit one
 * (0–65535). The card's number is therefore facility × 65536 + card in either format, and the
 * format only limits which facility codes exist.
 */
export type WiegandFormat = 'w26' | 'w34'

export interface WiegandCard {
  readonly facility: number
  readonly card: number
  /** facility × 65536 + card: what the reader sends, in decimal. */
  readonly value: number
  /** The formats that can carry this facility code. */
  readonly formats: readonly WiegandFormat[]
}

const CARD_MAX = 0xffff
const FACILITY_MAX: Readonly<Record<WiegandFormat, number>> = { w26: 0xff, w34: 0xffff }

/** "123,45678" (spaces allowed around the comma) read as facility and card; null when it is not such a pair. */
export function wiegandValue(text: string): WiegandCard | null {
  const match = /^\s*(\d{1,5})\s*,\s*(\d{1,5})\s*$/.exec(text)
  if (!match) return null
  const facility = Number(match[1])
  const card = Number(match[2])
  if (card > CARD_MAX || facility > FACILITY_MAX.w34) return null
  const formats = (['w26', 'w34'] as const).filter((f) => facility <= FACILITY_MAX[f])
  return { facility, card, value: facility * (CARD_MAX + 1) + card, formats }
}
