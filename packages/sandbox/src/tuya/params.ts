import { renameKeys, toCamel } from './casing'
import { fail } from './errors'

interface Req {
  readonly required?: boolean
}

/**
 * The request's parameters, names normalised to camelCase whatever casing the client used. GET
 * reads only the query string (docs/clouds.md#tuya-parameters-and-casing: whatever the docs say), POST/PUT only the JSON
 * body, DELETE either. A missing required parameter is 1100, a wrongly typed one 1109.
 */
export class Params {
  private constructor(private readonly values: Readonly<Record<string, unknown>>) {}

  static from(method: string, query: URLSearchParams, body: Buffer): Params {
    const values: Record<string, unknown> = {}
    if (method === 'GET' || method === 'DELETE') for (const [key, value] of query) values[toCamel(key)] = value
    if (method !== 'GET' && body.length > 0) {
      let json: unknown
      try {
        json = JSON.parse(body.toString('utf8'))
      } catch {
        throw fail(1109, 'body is not JSON')
      }
      if (json === null || typeof json !== 'object' || Array.isArray(json)) throw fail(1109, 'body must be a JSON object')
      Object.assign(values, renameKeys(json, toCamel))
    }
    return new Params(values)
  }

  private present(name: string, req: Req): unknown {
    const value = this.values[name]
    if (value === undefined || value === null || value === '') {
      if (req.required) throw fail(1100, name)
      return undefined
    }
    return value
  }

  string(name: string, req: Req & { required: true }): string
  string(name: string, req?: Req): string | undefined
  string(name: string, req: Req = {}): string | undefined {
    const value = this.present(name, req)
    if (value === undefined) return undefined
    if (typeof value === 'string') return value
    if (typeof value === 'number' && Number.isFinite(value)) return String(value)
    throw fail(1109, `${name} must be a string`)
  }

  int(name: string, req: Req & { required: true; allowed?: readonly number[] }): number
  int(name: string, req?: Req & { allowed?: readonly number[] }): number | undefined
  int(name: string, req: Req & { allowed?: readonly number[] } = {}): number | undefined {
    const value = this.present(name, req)
    if (value === undefined) return undefined
    const n = typeof value === 'number' ? value : typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : Number.NaN
    if (!Number.isSafeInteger(n)) throw fail(1109, `${name} must be an integer`)
    if (req.allowed && !req.allowed.includes(n)) throw fail(1109, `${name} must be one of ${req.allowed.join(', ')}`)
    return n
  }

  bool(name: string): boolean | undefined {
    const value = this.present(name, {})
    if (value === undefined) return undefined
    if (typeof value === 'boolean') return value
    if (value === 'true' || value === 'false') return value === 'true'
    throw fail(1109, `${name} must be a boolean`)
  }

  /** An array of strings, or (as GET sends arrays) a comma-separated string. */
  list(name: string, req: Req = {}): string[] | undefined {
    const value = this.present(name, req)
    if (value === undefined) return undefined
    const items = typeof value === 'string' ? value.split(',').filter(Boolean) : value
    if (!Array.isArray(items) || !items.every((v) => typeof v === 'string' || typeof v === 'number')) {
      throw fail(1109, `${name} must be a list of strings`)
    }
    const out = items.map(String)
    if (req.required && out.length === 0) throw fail(1100, name)
    return out
  }

  /** The query without its paging: the same for every page of one list (the list caches' key). */
  filterKey(): string {
    const filters = Object.entries(this.values).filter(([name]) => name !== 'page' && name !== 'pageSize')
    return JSON.stringify(filters.sort(([a], [b]) => (a < b ? -1 : 1)))
  }

  page(): { page: number; pageSize: number } {
    const page = this.int('page') ?? 1
    const pageSize = this.int('pageSize') ?? 20
    if (page < 1) throw fail(1109, 'page must be ≥ 1')
    if (pageSize < 1 || pageSize > 1000) throw fail(1109, 'pageSize must be 1..1000')
    return { page, pageSize }
  }
}

/** One page of `items`, only that page turned into wire objects (large sites list 20,000 persons). */
export function paginate<T>(
  items: readonly T[],
  paging: { page: number; pageSize: number },
  toWire: (item: T) => unknown,
): { total: number; list: unknown[]; hasMore: boolean } {
  const start = (paging.page - 1) * paging.pageSize
  return { total: items.length, list: items.slice(start, start + paging.pageSize).map(toWire), hasMore: start + paging.pageSize < items.length }
}
