import { snakeKey } from './case'

export type QueryValue = string | number | boolean | readonly string[] | undefined
export type QueryInput = Readonly<Record<string, QueryValue>>

/**
 * GET parameters as Tuya wants them (docs/clouds.md#tuya-parameters-and-casing): in the query string even where the docs
 * say "body", snake_case names, arrays comma-separated; absent values left out. The result holds
 * the decoded values — what is signed; `wireQuery` encodes them for the URL.
 */
export function queryValues(input: QueryInput | undefined): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [key, value] of Object.entries(input ?? {})) {
    if (value === undefined) continue
    out[snakeKey(key)] = Array.isArray(value) ? value.join(',') : String(value)
  }
  return out
}

export function wireQuery(values: Readonly<Record<string, string>>): string {
  const keys = Object.keys(values).sort()
  if (keys.length === 0) return ''
  return `?${keys.map((k) => `${encodeURIComponent(k)}=${encodeURIComponent(values[k] ?? '')}`).join('&')}`
}

/** A JSON body without the absent fields, so what is hashed is what a reader of the log expects. */
export function compact<T extends Record<string, unknown>>(body: T): Partial<T> {
  return Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined)) as Partial<T>
}
