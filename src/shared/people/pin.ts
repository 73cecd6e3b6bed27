import { FIELD_LIMITS } from '../field-limits'

/**
 * PIN codes of Akuvox staff access. Neither the seed (002: `number` String, example "123456")
 * nor any public source gives a length (docs/clouds.md#akuvox-ambiguities); Fieldkey uses the rule the sandbox documents as its best guess
 * (packages/sandbox/src/akuvox/README.md): digits only, 4 to 8 of them.
 */
export const PIN_MIN_LENGTH = FIELD_LIMITS.pinMin
export const PIN_MAX_LENGTH = FIELD_LIMITS.pinMax

export type PinProblem =
  | { readonly kind: 'empty' }
  | { readonly kind: 'notDigits' }
  | { readonly kind: 'tooShort'; readonly min: number }
  | { readonly kind: 'tooLong'; readonly max: number }

/** Stray whitespace from copy-paste is not a mistake: it is removed, never reported. */
export function normalisePin(value: string): string {
  return value.replace(/\s+/g, '')
}

export function pinProblem(value: string): PinProblem | null {
  const pin = normalisePin(value)
  if (pin === '') return { kind: 'empty' }
  if (!/^\d+$/.test(pin)) return { kind: 'notDigits' }
  if (pin.length < PIN_MIN_LENGTH) return { kind: 'tooShort', min: PIN_MIN_LENGTH }
  if (pin.length > PIN_MAX_LENGTH) return { kind: 'tooLong', max: PIN_MAX_LENGTH }
  return null
}
