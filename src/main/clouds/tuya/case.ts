/**
 * Deep key casing. Tuya documents camelCase but answers snake_case (docs/clouds.md#tuya-parameters-and-casing), and some pages
 * do the opposite, so everything read is camelCased before it is validated.
 */
/** Most keys seen are remembered; past this many (keys that are ids?) the rest are converted each time. */
const MEMO_LIMIT = 10_000

/**
 * A page of answers repeats a few dozen field names thousands of times, and converting each with
 * a regular expression cost milliseconds per page on both sides of a sync: each name is
 * converted once.
 */
function remembered(convert: (key: string) => string): (key: string) => string {
  const seen = new Map<string, string>()
  return (key) => {
    let converted = seen.get(key)
    if (converted === undefined) {
      converted = convert(key)
      if (seen.size < MEMO_LIMIT) seen.set(key, converted)
    }
    return converted
  }
}

export const camelKey = remembered((key) => key.replace(/(?!^)_+([a-z0-9])/gi, (_, c: string) => c.toUpperCase()))

export const snakeKey = remembered((key) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`))

function mapKeysDeep(value: unknown, mapKey: (key: string) => string): unknown {
  if (Array.isArray(value)) return value.map((v) => mapKeysDeep(v, mapKey))
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) out[mapKey(k)] = mapKeysDeep(v, mapKey)
    return out
  }
  return value
}

export function camelDeep(value: unknown): unknown {
  return mapKeysDeep(value, camelKey)
}

export function snakeDeep(value: unknown): unknown {
  return mapKeysDeep(value, snakeKey)
}
