import { FIELD_LIMITS } from '../field-limits'

/**
 * What people put between a phone number's digits: spaces (also no-break and ideographic), dashes
 * of every width, dots and brackets. Full-width digits and brackets are folded to ASCII first.
 */
const SEPARATORS = /[\s\u00a0\u3000\-\u2010-\u2015.()]/g

/** The digits of a mobile number as typed ("138 1234 5678", "138-1234-5678"), or null when something else is in it or it is too long. */
export function phoneDigits(typed: string): string | null {
  const digits = typed.normalize('NFKC').replace(SEPARATORS, '')
  return /^\d*$/.test(digits) && digits.length <= FIELD_LIMITS.mobileDigits ? digits : null
}
