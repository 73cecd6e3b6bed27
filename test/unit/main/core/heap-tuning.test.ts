import { getHeapSpaceStatistics } from 'node:v8'
import { describe, expect, it } from 'vitest'
import { keepYoungGenerationSmall } from '../../../../src/main/core/heap-tuning'

/** The largest the young generation became while pages' worth of objects were made, a few thousand alive at a time (as a sync's pages in flight). */
function youngGenerationPeakMb(): number {
  let peak = 0
  let alive: object[] = []
  for (let i = 0; i < 1_500_000; i++) {
    alive.push({ id: `p${i}`, name: `Person ${i}`, cards: [i, i + 1] })
    if (alive.length > 40_000) alive = []
    if (i % 5_000 === 0) peak = Math.max(peak, getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')?.space_size ?? 0)
  }
  return peak / 2 ** 20
}

describe('keepYoungGenerationSmall', () => {
  // V8's flags are process-wide and a young generation once grown stays grown: this file runs in a
  // process of its own, and sets the flag before anything has grown (as `bootCore` does).
  it('keeps the young generation at a few MB while short-lived objects pour in (without it V8 grows it to 128 MB)', () => {
    keepYoungGenerationSmall()
    expect(youngGenerationPeakMb()).toBeLessThanOrEqual(16)
  })
})
