import type { TuyaCoded, TuyaSex } from '@shared/domain/tuya'
import { TUYA_SEX_CODES } from '@shared/domain/tuya'

/** Wire code → domain value through one of the tables in src/shared/domain/tuya.ts. */
export function decodeCode<T extends string>(table: Readonly<Record<T, number>>, code: number): TuyaCoded<T> {
  for (const [value, c] of Object.entries(table) as [T, number][]) if (c === code) return { known: true, value, code }
  return { known: false, code }
}

export function sexFromCode(code: number): TuyaSex {
  const decoded = decodeCode(TUYA_SEX_CODES, code)
  return decoded.known ? decoded.value : 'unknown'
}

/** Optional domain value → wire code (undefined stays undefined). */
export function codeOf<T extends string>(table: Readonly<Record<T, number>>, value: T | undefined): number | undefined {
  return value === undefined ? undefined : table[value]
}
