import { describe, expect, it } from 'vitest'
import { type ThrottleTimers, keyedThrottle } from '../../../src/renderer/src/query/keyed-throttle'

/** A clock the test moves by hand; due timers run as it passes them. */
function manualTimers() {
  let now = 0
  let timers: { at: number; run: () => void; handle: number }[] = []
  let next = 0
  const timersApi: ThrottleTimers = {
    now: () => now,
    setTimeout: (run, ms) => {
      timers.push({ at: now + ms, run, handle: ++next })
      return next
    },
    clearTimeout: (handle) => {
      timers = timers.filter((t) => t.handle !== handle)
    },
  }
  const advance = (ms: number) => {
    now += ms
    const due = timers.filter((t) => t.at <= now)
    timers = timers.filter((t) => t.at > now)
    due.forEach((t) => t.run())
  }
  return { timersApi, advance, pending: () => timers.length }
}

describe('keyedThrottle', () => {
  it('runs the first request at once and folds the rest of the interval into one run with the last value', () => {
    const { timersApi, advance } = manualTimers()
    const runs: string[] = []
    const throttle = keyedThrottle<string>(1000, (v) => runs.push(v), timersApi)
    throttle.request('p1', 'a')
    throttle.request('p1', 'b')
    advance(300)
    throttle.request('p1', 'c')
    expect(runs).toEqual(['a'])
    advance(700)
    expect(runs).toEqual(['a', 'c'])
    advance(5000)
    throttle.request('p1', 'd')
    expect(runs).toEqual(['a', 'c', 'd'])
  })

  it('keeps keys apart, and a cancelled or disposed key runs nothing more', () => {
    const { timersApi, advance, pending } = manualTimers()
    const runs: string[] = []
    const throttle = keyedThrottle<string>(1000, (v) => runs.push(v), timersApi)
    throttle.request('p1', 'p1-a')
    throttle.request('p2', 'p2-a')
    throttle.request('p1', 'p1-b')
    throttle.request('p2', 'p2-b')
    throttle.cancel('p1')
    advance(1000)
    expect(runs).toEqual(['p1-a', 'p2-a', 'p2-b'])
    // Cancelled, p1 starts afresh: its next request runs at once.
    throttle.request('p1', 'p1-c')
    throttle.request('p1', 'p1-d')
    throttle.dispose()
    advance(2000)
    expect(runs).toEqual(['p1-a', 'p2-a', 'p2-b', 'p1-c'])
    expect(pending()).toBe(0)
  })
})
