import { FIELD_LIMITS } from '../field-limits'

/**
 * RF card numbers. The Akuvox API stores a card `number` as a string and does not say whether
 * readers print it in decimal, in hex, or with the bytes reversed (docs/clouds.md#akuvox-ambiguities:
 * an ambiguity integrators hit). The helper shows every reading side by side and the installer picks the one
 * their reader prints; what is stored is that text. The cloud takes 1–32 letters or digits.
 */
export const CARD_MAX_LENGTH = FIELD_LIMITS.cardMax

export const CARD_FORMATS = ['decimal', 'hex', 'reversedHex', 'reversedDecimal'] as const
export type CardFormat = (typeof CARD_FORMATS)[number]

/** How the typed text is read: as a decimal number or as hex digits. */
export type CardInputBase = 'decimal' | 'hex'

export type CardProblem = { readonly kind: 'empty' } | { readonly kind: 'notAlphanumeric' } | { readonly kind: 'tooLong'; readonly max: number }

/** Spaces, dashes and colons between byte groups are separators people copy, not content. */
export function normaliseCard(value: string): string {
  return value.replace(/[\s:-]+/g, '').toUpperCase()
}

export function cardProblem(value: string): CardProblem | null {
  const card = normaliseCard(value)
  if (card === '') return { kind: 'empty' }
  if (!/^[0-9A-Z]+$/.test(card)) return { kind: 'notAlphanumeric' }
  if (card.length > CARD_MAX_LENGTH) return { kind: 'tooLong', max: CARD_MAX_LENGTH }
  return null
}

/** One reading of the card in every format (the same card, written four ways). */
export type CardReadings = Readonly<Record<CardFormat, string>>

function bytesOf(value: bigint): number[] {
  const bytes: number[] = []
  let rest = value
  do {
    bytes.unshift(Number(rest & 0xffn))
    rest >>= 8n
  } while (rest > 0n)
  // Readers print whole 32-bit words for the common 4-byte UIDs: keep at least four bytes.
  while (bytes.length < 4) bytes.unshift(0)
  return bytes
}

const hexOf = (bytes: readonly number[]): string => bytes.map((b) => b.toString(16).toUpperCase().padStart(2, '0')).join('')

function readingsOf(value: bigint): CardReadings {
  const bytes = bytesOf(value)
  const reversed = [...bytes].reverse()
  return {
    decimal: value.toString(10),
    hex: hexOf(bytes),
    reversedHex: hexOf(reversed),
    reversedDecimal: BigInt(`0x${hexOf(reversed)}`).toString(10),
  }
}

/** The readings of the typed text read in `base`, or null when it is not a number in that base. */
export function cardReadings(value: string, base: CardInputBase): CardReadings | null {
  const card = normaliseCard(value).replace(/^0X/, '')
  if (card === '' || card.length > CARD_MAX_LENGTH) return null
  if (base === 'decimal' && !/^\d+$/.test(card)) return null
  if (base === 'hex' && !/^[0-9A-F]+$/.test(card)) return null
  return readingsOf(BigInt(base === 'decimal' ? card : `0x${card}`))
}

/** The bases the text can be read in: digits-only text could be either. */
export function possibleBases(value: string): readonly CardInputBase[] {
  const card = normaliseCard(value).replace(/^0X/, '')
  if (card === '') return []
  if (/^\d+$/.test(card)) return ['decimal', 'hex']
  if (/^[0-9A-F]+$/.test(card)) return ['hex']
  return []
}

/**
 * Every text the same physical card may have been stored as, for duplicate checks across
 * formats: a card typed in hex here and stored in decimal by someone else is still one card.
 */
export function sameCardForms(value: string): ReadonlySet<string> {
  const forms = new Set<string>([normaliseCard(value)])
  for (const base of possibleBases(value)) {
    const readings = cardReadings(value, base)
    if (!readings) continue
    for (const format of CARD_FORMATS) forms.add(readings[format])
  }
  return forms
}
