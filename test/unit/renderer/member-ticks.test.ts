import { describe, expect, it } from 'vitest'
import { isTicked, settleTicks, tickChanges, toggleTick } from '../../../src/renderer/src/features/access-groups/member-ticks'

describe('the residents dialog ticks', () => {
  it('start as the known members; unticking one removes it, ticking another adds it', () => {
    let ticks = toggleTick(new Map(), 'ann', true)
    ticks = toggleTick(ticks, 'bo', false)
    expect(isTicked(ticks, 'ann', true)).toBe(false)
    expect(isTicked(ticks, 'bo', false)).toBe(true)
    expect(isTicked(ticks, 'cy', true)).toBe(true)
    expect(tickChanges(ticks)).toEqual({ add: ['bo'], remove: ['ann'] })
  })

  it('back where it started is no change, whatever the members read meanwhile', () => {
    const once = toggleTick(new Map(), 'ann', true)
    // Read again, Ann no longer shows as known: the change still counts from what the installer saw.
    expect(tickChanges(once)).toEqual({ add: [], remove: ['ann'] })
    expect(tickChanges(toggleTick(once, 'ann', false))).toEqual({ add: [], remove: [] })
  })

  it('what was sent follows the members again; the rest stays', () => {
    const ticks = toggleTick(toggleTick(new Map(), 'ann', true), 'bo', false)
    const settled = settleTicks(ticks, ['ann'])
    expect(tickChanges(settled)).toEqual({ add: ['bo'], remove: [] })
    expect(isTicked(settled, 'ann', false)).toBe(false)
  })
})
