/**
 * Deep key casing. Tuya documents camelCase but answers snake_case (api-notes B.8), and some pages
 * do the opposite, so everything read is camelCased before it is validated.
 */
export function camelKey(key: string): string {
  return key.replace(/(?!^)_+([a-z0-9])/gi, (_, c: string) => c.toUpperCase())
}

export function snakeKey(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)
}

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
