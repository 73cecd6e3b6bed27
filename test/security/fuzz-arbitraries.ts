import fc from 'fast-check'
import { z } from 'zod'

/** The subset of JSON Schema that `z.toJSONSchema` writes for the contract's inputs. */
interface JsonSchema {
  readonly type?: string | readonly string[]
  readonly const?: unknown
  readonly enum?: readonly unknown[]
  readonly oneOf?: readonly JsonSchema[]
  readonly anyOf?: readonly JsonSchema[]
  readonly allOf?: readonly JsonSchema[]
  readonly properties?: Readonly<Record<string, JsonSchema>>
  readonly required?: readonly string[]
  readonly items?: JsonSchema
  readonly prefixItems?: readonly JsonSchema[]
  readonly additionalProperties?: JsonSchema | boolean
  readonly minLength?: number
  readonly maxLength?: number
  readonly minimum?: number
  readonly maximum?: number
  readonly minItems?: number
  readonly maxItems?: number
  readonly format?: string
}

export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' }) as JsonSchema
}

/** Keys that reach for an object's prototype when a parser or a merge is careless. */
export const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '']

/**
 * Own `__proto__` / `constructor.prototype` keys as JSON.parse makes them (a literal would set the
 * prototype instead); spread into an input they ride along as plain data.
 */
export const POISON: Readonly<Record<string, unknown>> = JSON.parse(
  '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}',
) as Record<string, unknown>

/** Every property name, enum member and constant a contract schema mentions. */
export function vocabulary(schemas: readonly JsonSchema[]): { keys: string[]; values: unknown[] } {
  const keys = new Set<string>()
  const values: unknown[] = []
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk)
    if (typeof node !== 'object' || node === null) return
    const s = node as JsonSchema
    if (s.properties) for (const key of Object.keys(s.properties)) keys.add(key)
    if (s.enum) values.push(...s.enum)
    if ('const' in s) values.push(s.const)
    Object.values(s).forEach(walk)
  }
  schemas.forEach(walk)
  return { keys: [...keys], values: [...new Set(values)] }
}

const MAX_ITEMS = 4

/**
 * Values shaped like a schema asks (so they pass validation and reach the handler) with, on
 * purpose, edges: the shortest and longest strings allowed, bounds of numbers, optional fields
 * present or not. `ids` are identifiers that exist in the host (connections, projects).
 */
export function fromSchema(schema: JsonSchema, ids: fc.Arbitrary<string>): fc.Arbitrary<unknown> {
  if ('const' in schema) return fc.constant(schema.const)
  if (schema.enum) return fc.constantFrom(...schema.enum)
  const variants = schema.oneOf ?? schema.anyOf
  if (variants) return fc.oneof(...variants.map((v) => fromSchema(v, ids)))
  if (schema.allOf?.[0]) return fromSchema(schema.allOf[0], ids)
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type
  switch (type) {
    case 'string': {
      const min = schema.minLength ?? 0
      const max = Math.min(schema.maxLength ?? 64, 64)
      const text = fc.string({ minLength: min, maxLength: Math.max(min, max), unit: 'grapheme' })
      const longest = fc.constant('界'.repeat(schema.maxLength ?? 200))
      if (schema.format === 'uuid') return fc.oneof(ids, fc.uuid())
      return fc.oneof({ weight: 3, arbitrary: fc.oneof(text, ids) }, { weight: 1, arbitrary: longest })
    }
    case 'integer':
    case 'number': {
      const min = schema.minimum ?? -1_000_000
      const max = schema.maximum ?? 1_000_000
      const n = type === 'integer' ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) }) : fc.double({ min, max, noNaN: true })
      return fc.oneof(n, fc.constantFrom(min, max))
    }
    case 'boolean':
      return fc.boolean()
    case 'null':
      return fc.constant(null)
    case 'array': {
      const items = schema.items ? fromSchema(schema.items, ids) : fc.jsonValue()
      const min = schema.minItems ?? 0
      return fc.array(items, { minLength: min, maxLength: Math.max(min, Math.min(schema.maxItems ?? MAX_ITEMS, MAX_ITEMS)) })
    }
    case 'object': {
      const properties = schema.properties ?? {}
      const required = new Set(schema.required ?? [])
      const shape = Object.fromEntries(Object.entries(properties).map(([key, sub]) => [key, fromSchema(sub, ids)]))
      return fc.record(shape, { requiredKeys: Object.keys(shape).filter((key) => required.has(key)) })
    }
    default:
      return fc.jsonValue({ maxDepth: 2 })
  }
}

/** Wrong types everywhere: any JSON at all, keyed by the contract's own names and hostile ones. */
export function wrongValue(keys: readonly string[], values: readonly unknown[]): fc.Arbitrary<unknown> {
  const key = fc.oneof(fc.constantFrom(...keys, ...HOSTILE_KEYS), fc.string({ maxLength: 12 }))
  const leaf = fc.oneof(
    fc.constantFrom(...values),
    fc.string({ maxLength: 40, unit: 'binary' }),
    fc.integer(),
    fc.double(),
    fc.constantFrom(null, true, false, -1, 0, 2 ** 53, -(2 ** 53), 1e308, -0, '', ' ', '\u0000', '\ud800', '%00', '../../etc/passwd'),
  )
  const { value } = fc.letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof({ depthSize: 'small', maxDepth: 5 }, leaf, fc.array(tie('value'), { maxLength: 5 }), fc.dictionary(key, tie('value'), { maxKeys: 5 })),
  }))
  return value
}

/**
 * Inputs, as JSON text, too big or too deep for a careless handler: far past every limit, yet
 * under the frame cap (text, because JSON.stringify itself cannot nest 50,000 levels).
 */
export const MONSTERS: readonly (() => string)[] = [
  () => JSON.stringify('x'.repeat(1_000_000)),
  () => JSON.stringify(Array.from({ length: 100_000 }, (_, i) => i)),
  () => JSON.stringify(Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`k${i}`, i]))),
  () => `${'[{"a":'.repeat(5_000)}0${'}]'.repeat(5_000)}`,
  () => `{"message":${'['.repeat(50_000)}${']'.repeat(50_000)}}`,
]
