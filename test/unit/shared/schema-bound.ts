import type { z } from 'zod'

/** Most UTF-8 bytes one character of a JSON string can take (a control character escaped as \u0000). */
const CHAR_BYTES = 6
const NUMBER_BYTES = 24

interface Def {
  readonly type: string
  readonly checks?: readonly {
    readonly _zod: {
      readonly def: { readonly check: string; readonly maximum?: number; readonly length?: number; readonly format?: string; readonly pattern?: RegExp }
    }
  }[]
  readonly innerType?: z.ZodType
  readonly in?: z.ZodType
  readonly element?: z.ZodType
  readonly shape?: Record<string, z.ZodType>
  readonly options?: readonly z.ZodType[]
  readonly values?: readonly unknown[]
  readonly entries?: Record<string, unknown>
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def

/** The longest string a regex without unbounded repeats can match (Infinity when it has one). */
export function regexMaxLength(pattern: string): number {
  let i = 0
  const sequence = (): number => {
    let best = 0
    let total = 0
    while (i < pattern.length && pattern[i] !== ')') {
      const c = pattern[i] as string
      if (c === '|') {
        best = Math.max(best, total)
        total = 0
        i++
        continue
      }
      let atom = 1
      if (c === '^' || c === '$') {
        atom = 0
        i++
      } else if (c === '\\') i += 2
      else if (c === '[') {
        i = pattern.indexOf(']', i + 2) + 1
      } else if (c === '(') {
        i++
        if (pattern.startsWith('?:', i)) i += 2
        atom = sequence()
        i++
      } else i++
      const q = /^(\{(\d+)(,(\d*))?\}|\?|\*|\+)/.exec(pattern.slice(i))
      if (q) {
        i += q[0].length
        if (q[0] === '*' || q[0] === '+' || q[4] === '') atom = Infinity
        else if (q[0] !== '?') atom *= Number(q[4] ?? q[2])
      }
      total += atom
    }
    return Math.max(best, total)
  }
  return sequence()
}

/** A pattern that can only match printable ASCII: each character is at most 2 bytes of JSON (an escaped quote). */
const asciiOnly = (pattern: string): boolean => !/\.|\[\^|\\[SWDsu]|[^\x20-\x7e]/.test(pattern.replace(/\\\./g, ''))

function charBytes(def: Def): number {
  const regex = (def.checks ?? []).map((c) => c._zod.def).find((c) => c.format === 'regex' || c.format === 'uuid')
  return regex && (regex.format === 'uuid' || asciiOnly(regex.pattern?.source ?? '.')) ? 2 : CHAR_BYTES
}

function stringMax(def: Def): number {
  let max = Infinity
  for (const { _zod } of def.checks ?? []) {
    const c = _zod.def
    if (c.check === 'max_length' && c.maximum !== undefined) max = Math.min(max, c.maximum)
    if (c.check === 'length_equals' && c.length !== undefined) max = Math.min(max, c.length)
    if (c.check === 'string_format' && c.format === 'uuid') max = Math.min(max, 36)
    if (c.check === 'string_format' && c.format === 'regex' && c.pattern) max = Math.min(max, regexMaxLength(c.pattern.source))
  }
  return max
}

/** An upper bound of the JSON size (UTF-8 bytes) of any value the schema accepts; Infinity when unbounded. */
export function maxJsonBytes(schema: z.ZodType): number {
  const def = defOf(schema)
  switch (def.type) {
    case 'string':
      return 2 + charBytes(def) * stringMax(def)
    case 'number':
    case 'bigint':
      return NUMBER_BYTES
    case 'boolean':
      return 5
    case 'null':
    case 'undefined':
      return 4
    case 'literal':
      return Math.max(...(def.values ?? []).map((v) => JSON.stringify(v).length * CHAR_BYTES))
    case 'enum':
      return Math.max(...Object.values(def.entries ?? {}).map((v) => JSON.stringify(v).length * CHAR_BYTES))
    case 'optional':
    case 'default':
    case 'readonly':
    case 'nullable':
    case 'prefault':
      return maxJsonBytes(def.innerType as z.ZodType)
    case 'pipe':
      return maxJsonBytes(def.in as z.ZodType)
    case 'union':
      return Math.max(...(def.options ?? []).map(maxJsonBytes))
    case 'array': {
      const max = (def.checks ?? []).map((c) => c._zod.def).find((c) => c.check === 'max_length')?.maximum ?? Infinity
      return 2 + max * (maxJsonBytes(def.element as z.ZodType) + 1)
    }
    case 'object':
      return 2 + Object.entries(def.shape ?? {}).reduce((sum, [key, value]) => sum + key.length + 4 + maxJsonBytes(value), 0)
    default:
      return Infinity
  }
}
