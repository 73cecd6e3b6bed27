/**
 * One normaliser for what installers type into search boxes and forms: MAC addresses, card
 * numbers and phone numbers, written with any separators and in any case. The cache stores the
 * same keys in indexed columns (migration 9), so a search compares keys with keys.
 */
import { FIELD_LIMITS } from '../field-limits'
import { normaliseCard, sameCardForms } from '../people/card'
import { normalisePin, pinProblem } from '../people/pin'
import { wiegandValue } from '../people/wiegand'

/** Separators people copy between byte groups and digit groups. */
const SEPARATORS = /[\s:.\-_]+/g

/** A MAC as the cache keys it: hex digits only, upper case (`e3:15:cd` and `E3-15-CD` are `E315CD`). */
export function macKey(value: string): string {
  return value.replace(SEPARATORS, '').toUpperCase()
}

/** Whether the typed text can be (part of) a MAC: at least two hex digits once separators are gone. */
export function looksLikeMac(value: string): boolean {
  return /^[0-9A-F]{2,12}$/.test(macKey(value))
}

/**
 * Every key a typed card may be stored under: the card as typed and the same number in the other
 * formats the duplicates rule book treats as one card (decimal, hex, reversed bytes), and a
 * Wiegand `facility,card` pair as its number. Empty when the text cannot be a card.
 */
export function cardKeys(value: string): ReadonlySet<string> {
  const wiegand = wiegandValue(value)
  const text = wiegand === null ? value : String(wiegand.value)
  const card = normaliseCard(text)
  if (!/^[0-9A-Z]{1,32}$/.test(card)) return new Set()
  return sameCardForms(text)
}

/** A card as the cache keys it (the rule book's form: no separators, upper case). */
export const cardKey = normaliseCard

const CHINA = /^(?:\+|00)86(?=\d{11}$)/

/**
 * A phone number as the cache keys it: digits only, without China's +86 (or 0086) in front of
 * an 11-digit mobile, so "138 1234 5678", "138-1234-5678" and "+86 138 1234 5678" are one key.
 * Null when the text holds anything but digits, separators, brackets and a leading plus.
 */
export function phoneKey(value: string): string | null {
  const compact = value.replace(/[\s\-.()]+/g, '')
  if (!/^\+?\d*$/.test(compact)) return null
  return compact.replace(CHINA, '').replace(/^\+/, '')
}

/** A mobile as a form sends it: its digits, and whether "+86" (or 0086) was typed in front of them. */
export interface MobileDigits {
  readonly digits: string
  readonly china: boolean
}

const MOBILE_DIGITS = new RegExp(`^\\d{0,${FIELD_LIMITS.mobileDigits}}$`)

/**
 * What the installer typed in a mobile field, as the cloud takes it: "138 1234 5678" and
 * "138-1234-5678" are 13812345678. Null when anything but digits, spaces and dashes (and a
 * leading +86) is left, or more digits than the cloud takes.
 */
export function mobileDigits(value: string): MobileDigits | null {
  const compact = value.replace(/[\s-]+/g, '')
  const digits = compact.replace(CHINA, '')
  return MOBILE_DIGITS.test(digits) ? { digits, china: digits !== compact } : null
}

/** A PIN as the cache keys it: digits only, exact. Null when the text is no PIN. */
export function pinKey(value: string): string | null {
  return pinProblem(value) === null ? normalisePin(value) : null
}

/** Lower-case text for the name-like columns searched by containment. */
export const textKey = (value: string): string => value.trim().toLowerCase()

/** `LIKE` pattern for containment, with the pattern characters escaped (use with ESCAPE '\'). */
export const likeContaining = (value: string): string => `%${value.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
