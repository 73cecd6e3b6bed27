import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { invokeChannels } from '../../../src/shared/ipc/contract'
import { jsonBytes } from '../../../src/shared/ipc/limits'
import { IMPORT_CHUNK_BYTES, IMPORT_CHUNK_ROWS, importAppendInput } from '../../../src/shared/ipc/schemas/people'
import { MAX_FRAME_BYTES } from '../../../src/shared/ipc/wire'
import { importChunks } from '../../../src/shared/people/import-chunks'
import type { BulkRow } from '../../../src/shared/people/staff'
import { maxJsonBytes, regexMaxLength } from './schema-bound'

const BUDGET = MAX_FRAME_BYTES / 4
/** The invoke frame around an input: type, the largest id, the channel name. */
const envelope = (channel: string) => jsonBytes({ type: 'invoke', id: Number.MAX_SAFE_INTEGER, channel, input: null })

/** Bounded otherwise than by field maxima, or known to pass the budget (see src/shared/ipc/limits.ts). */
const EXCEPTIONS: Readonly<Record<string, string>> = {
  'staff:importAppend': 'capped by its serialized size, tested below',
  'accessGroups:create': 'doors × relay ids: outside the people import',
  'accessGroups:update': 'doors × relay ids: outside the people import',
}

const channels = Object.entries(invokeChannels) as [string, { readonly input: z.ZodType }][]

describe('the largest message of each channel', () => {
  it('regex lengths are read right (what bounds PINs, cards and floors)', () => {
    expect(regexMaxLength('^\\d{4,8}$')).toBe(8)
    expect(regexMaxLength('^[0-9A-Za-z]{1,32}$')).toBe(32)
    expect(regexMaxLength('^(\\+\\d{1,4})?$')).toBe(5)
    expect(regexMaxLength('^[1-9]\\d{0,2}$')).toBe(3)
    expect(regexMaxLength('^a+$')).toBe(Infinity)
  })

  it.each(channels.filter(([c]) => !(c in EXCEPTIONS)))('%s: the largest valid input stays under a quarter of the frame limit', (channel, spec) => {
    expect(maxJsonBytes(spec.input) + envelope(channel)).toBeLessThan(BUDGET)
  })

  it('the exceptions are still channels (a removed one leaves the list)', () => {
    for (const channel of Object.keys(EXCEPTIONS)) expect(invokeChannels).toHaveProperty([channel])
  })

  it('every list query pages at most 500 items', () => {
    const paged = channels.filter(([, spec]) => 'shape' in spec.input && 'limit' in (spec.input as z.ZodObject).shape)
    expect(paged.map(([c]) => c).sort()).toEqual(
      [
        'devices:list',
        'accessGroups:members',
        'staff:importResults',
        'staff:importRuns',
        'persons:page',
        'persons:recyclePage',
        'staff:credentials',
        'staff:page',
        'sends:permissions',
        'sends:tasks',
        'activity:page',
        'checklist:doors',
        'report:people',
      ].sort(),
    )
    for (const [channel, spec] of paged) {
      const limit = (spec.input as z.ZodObject).shape.limit as z.ZodType
      expect(limit.safeParse(500).success, channel).toBe(true)
      expect(limit.safeParse(501).success, channel).toBe(false)
    }
  })

  it(`an import chunk at its cap (${IMPORT_CHUNK_ROWS} rows or ${IMPORT_CHUNK_BYTES / 1024} KiB) is valid and far under the budget; one byte more is refused`, () => {
    const jobId = '6f1c1d34-2a0b-4e56-9a1e-2b3c4d5e6f70'
    // Rows as large as the draft schema allows in names and face URLs, packed the way the renderer packs them.
    const row = (line: number, name: string): BulkRow => ({
      line,
      draft: {
        name,
        pinCodes: [],
        rfCards: [],
        faceUrls: Array.from({ length: 10 }, (_, i) => `https://faces.example.com/${String(i).repeat(1_970)}.jpg`),
        accessGroupIds: ['g'],
        floorAccesses: [],
      },
    })
    const rows = Array.from({ length: 200 }, (_, i) => row(i + 2, '\u0001'.repeat(64)))
    const [first] = importChunks(rows)
    expect(importAppendInput.safeParse({ jobId, rows: first }).success).toBe(true)
    expect(jsonBytes(first)).toBeLessThanOrEqual(IMPORT_CHUNK_BYTES)
    expect(jsonBytes(first)).toBeGreaterThan(IMPORT_CHUNK_BYTES - jsonBytes(rows[0]))
    expect(jsonBytes({ jobId, rows: first }) + envelope('staff:importAppend')).toBeLessThan(BUDGET / 4)

    const over = [...(first ?? []), row(9_999, 'x')]
    expect(jsonBytes(over)).toBeGreaterThan(IMPORT_CHUNK_BYTES)
    expect(importAppendInput.safeParse({ jobId, rows: over }).success).toBe(false)

    const small = Array.from({ length: IMPORT_CHUNK_ROWS + 1 }, (_, i) => ({ line: i + 2, draft: { ...row(0, 'x').draft, faceUrls: [] } }))
    expect([...importChunks(small)].map((c) => c.length)).toEqual([IMPORT_CHUNK_ROWS, 1])
  })
})
