import { describe, expect, it } from 'vitest'
import { heldRows } from '../../../src/renderer/src/features/people/held-rows'

describe('heldRows', () => {
  it('keeps the rows accepted, as changed, numbered from 0 in the order held', () => {
    const held = new Map([
      [0, 'ann'],
      [1, 'bob'],
      [2, 'anton'],
      [400, 'andrea'],
    ])
    expect([...heldRows(held, (r) => (r.startsWith('an') ? r.toUpperCase() : null))]).toEqual([
      [0, 'ANN'],
      [1, 'ANTON'],
      [2, 'ANDREA'],
    ])
  })

  it('looks through a bounded number of rows, however many are held', () => {
    const held = new Map(Array.from({ length: 10_000 }, (_, i) => [i, i] as const))
    let looked = 0
    const kept = heldRows(held, (r) => (++looked, r % 2 === 0 ? r : null), 100)
    expect(looked).toBe(100)
    expect(kept.size).toBe(50)
  })
})
