import { describe, expect, it } from 'vitest'
import { Deadline, statedSeconds } from '../../../../src/main/clouds/deadline'

function clock() {
  let now = 1_000
  return { now: () => now, advance: (ms: number) => (now += ms) }
}

describe('Deadline', () => {
  it('cuts each attempt to what is left, so a stalled server costs the budget and no more', () => {
    const c = clock()
    const deadline = new Deadline(30_000, c.now)
    expect(deadline.startAttempt(20_000)).toBe(20_000)
    c.advance(20_000)
    expect(deadline.allowsWait(250)).toBe(true)
    c.advance(250)
    expect(deadline.startAttempt(20_000)).toBe(9_750)
    c.advance(9_750)
    expect(deadline.allowsWait(500)).toBe(false)
    expect(deadline.attempts).toBe(2)
    expect(deadline.elapsedMs()).toBe(30_000)
  })

  it('starts the clock with the first attempt, not when it is made', () => {
    const c = clock()
    const deadline = new Deadline(1_000, c.now)
    c.advance(5_000) // waiting in the local rate limiter
    expect(deadline.elapsedMs()).toBe(0)
    expect(deadline.startAttempt(2_000)).toBe(1_000)
  })

  it('refuses an attempt once nothing is left, without counting it', () => {
    const c = clock()
    const deadline = new Deadline(1_000, c.now)
    deadline.startAttempt(5_000)
    c.advance(1_000)
    expect(deadline.startAttempt(5_000)).toBeNull()
    expect(deadline.attempts).toBe(1)
  })

  it('keeps a wait that would leave the next attempt less than a tenth of the budget', () => {
    const c = clock()
    const deadline = new Deadline(10_000, c.now)
    deadline.startAttempt(10_000)
    c.advance(8_000)
    expect(deadline.allowsWait(1_000)).toBe(true)
    expect(deadline.allowsWait(1_001)).toBe(false)
  })
})

describe('statedSeconds', () => {
  it('states tenths under ten seconds and whole seconds above', () => {
    expect(statedSeconds(380)).toBe(0.4)
    expect(statedSeconds(9_940)).toBe(9.9)
    expect(statedSeconds(30_600)).toBe(31)
  })
})
