import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type MergeRecord, mergeList, mergeRecords, mergeScalar, overwrites, resolveMerge } from '../../../../src/shared/merge/three-way'

const SEED = 20261206
const item = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h')
const list = fc.uniqueArray(item, { maxLength: 8 })
const scalar = fc.oneof(fc.constantFrom('x', 'y', 'z', ''), fc.integer({ min: 0, max: 3 }), fc.boolean(), fc.constant(null))
const KEYS = ['name', 'pins', 'enabled'] as const
const record = fc.record({ name: scalar, pins: list, enabled: scalar })
const asSet = (xs: readonly string[]) => new Set(xs)
const merged = (base: MergeRecord, mine: MergeRecord, theirs: MergeRecord) =>
  resolveMerge(mergeRecords(KEYS, base, mine, theirs), { kind: 'merge', keepMine: [] })

describe('three-way merge of one list', () => {
  it('never drops an element either side added, and keeps what neither removed', () => {
    fc.assert(
      fc.property(list, list, list, (base, mine, theirs) => {
        const out = asSet(mergeList(base, mine, theirs))
        for (const x of [...mine, ...theirs]) if (!base.includes(x)) expect(out.has(x)).toBe(true)
        for (const x of base) if (mine.includes(x) && theirs.includes(x)) expect(out.has(x)).toBe(true)
      }),
      { seed: SEED, numRuns: 500 },
    )
  })

  it('an element one side removed is gone unless the other side added it back', () => {
    fc.assert(
      fc.property(list, list, list, (base, mine, theirs) => {
        const out = asSet(mergeList(base, mine, theirs))
        for (const x of base) if (!mine.includes(x) || !theirs.includes(x)) expect(out.has(x)).toBe(false)
        expect(out.size).toBe(mergeList(base, mine, theirs).length)
      }),
      { seed: SEED, numRuns: 500 },
    )
  })

  it('the installer’s PIN and the cloud’s PIN both survive; a rename on the other side is kept', () => {
    const base = { name: '张伟', pins: ['123456'], enabled: true }
    const mine = { ...base, pins: ['123456', '909090'] }
    const theirs = { ...base, name: '张伟 (保安)', pins: ['123456', '111111'] }
    expect(merged(base, mine, theirs)).toEqual({ name: '张伟 (保安)', pins: ['123456', '111111', '909090'], enabled: true })
  })
})

describe('three-way merge of a record', () => {
  it('merge(base, x, base) = x and merge(base, base, x) = x', () => {
    fc.assert(
      fc.property(record, record, (base, x) => {
        for (const out of [merged(base, x, base), merged(base, base, x)]) {
          expect(out.name).toEqual(x.name)
          expect(out.enabled).toEqual(x.enabled)
          expect(asSet(out.pins as string[])).toEqual(asSet(x.pins))
        }
        expect(merged(base, base, x).pins).toEqual(x.pins)
      }),
      { seed: SEED, numRuns: 500 },
    )
  })

  it('never reverts a field only the other side changed; both changing it the same way is no conflict', () => {
    fc.assert(
      fc.property(record, record, record, (base, mine, theirs) => {
        const fields = mergeRecords(KEYS, base, mine, theirs)
        const out = resolveMerge(fields, { kind: 'merge', keepMine: [] })
        for (const key of ['name', 'enabled'] as const) {
          if (mine[key] === base[key]) expect(out[key]).toEqual(theirs[key])
          if (theirs[key] === base[key]) expect(out[key]).toEqual(mine[key])
          const conflict = fields.find((f) => f.key === key)?.conflict
          expect(conflict).toBe(mine[key] !== base[key] && theirs[key] !== base[key] && mine[key] !== theirs[key])
        }
      }),
      { seed: SEED, numRuns: 500 },
    )
  })

  it('a field both changed differently takes the cloud’s value unless the installer keeps theirs; "mine" takes every field of mine', () => {
    const base = { name: 'A', pins: ['1'], enabled: true }
    const mine = { name: 'B', pins: [], enabled: true }
    const theirs = { name: 'C', pins: ['1', '2'], enabled: false }
    const fields = mergeRecords(KEYS, base, mine, theirs)
    expect(fields.map((f) => [f.key, f.conflict])).toEqual([
      ['name', true],
      ['pins', false],
      ['enabled', false],
    ])
    expect(resolveMerge(fields, { kind: 'merge', keepMine: [] })).toEqual({ name: 'C', pins: ['2'], enabled: false })
    expect(resolveMerge(fields, { kind: 'merge', keepMine: ['name', 'enabled'] })).toEqual({ name: 'B', pins: ['2'], enabled: false })
    expect(resolveMerge(fields, { kind: 'mine' })).toEqual(mine)
    // What "mine for everything" overwrites in the cloud: every field where the cloud now differs from mine.
    expect(overwrites(fields).map((f) => [f.key, f.theirs, f.mine])).toEqual([
      ['name', 'C', 'B'],
      ['pins', ['1', '2'], []],
      ['enabled', false, true],
    ])
  })

  it('scalars: one side changed → that side', () => {
    expect(mergeScalar('a', 'b', 'a')).toEqual({ merged: 'b', conflict: false })
    expect(mergeScalar('a', 'a', 'c')).toEqual({ merged: 'c', conflict: false })
    expect(mergeScalar('a', 'b', 'b')).toEqual({ merged: 'b', conflict: false })
  })
})
