import { describe, expect, it } from 'vitest'
import { type AttemptOutcome, RATE_TUNING, RateController } from '../../../../src/main/clouds/rate-controller'

/**
 * A simulated cloud on a virtual clock: requests start whenever the controller lets them, take
 * `latencyMs`, and a fixed one-second window per client throttles past `limit` (as the sandbox
 * does). Returns what was sent and throttled per second.
 */
function simulate(options: { readonly limit: number | null; readonly seconds: number; readonly latencyMs?: number; readonly controller?: RateController }) {
  const latencyMs = options.latencyMs ?? 40
  const c = options.controller ?? new RateController(RATE_TUNING, 0)
  const pending: { at: number; sentAt: number; outcome: AttemptOutcome }[] = []
  let window = { start: -Infinity, count: 0 }
  let sent = 0
  let throttled = 0
  const sentPerSecond: number[] = []
  for (let now = 0; now < options.seconds * 1000; now++) {
    for (const p of pending.filter((p) => p.at <= now)) {
      pending.splice(pending.indexOf(p), 1)
      c.finish(now, p.sentAt, p.outcome)
    }
    while (c.tryStart(now).kind === 'go') {
      sent++
      sentPerSecond[Math.floor(now / 1000)] = (sentPerSecond[Math.floor(now / 1000)] ?? 0) + 1
      const arrives = now + latencyMs / 2
      if (arrives - window.start >= 1000) window = { start: arrives, count: 0 }
      const over = options.limit !== null && ++window.count > options.limit
      if (over) throttled++
      pending.push({ at: now + latencyMs, sentAt: now, outcome: over ? { kind: 'throttled', retryAfterMs: 1000 } : { kind: 'ok', latencyMs } })
    }
  }
  return { sent, throttled, sentPerSecond, controller: c }
}

describe('RateController', () => {
  it('starts at the safe rate and spaces requests at it, an idle key gaining at most half an interval', () => {
    const c = new RateController(RATE_TUNING, 0)
    expect(c.perSecond).toBe(RATE_TUNING.safeStartPerSecond)
    expect(c.tryStart(0)).toEqual({ kind: 'go' })
    expect(c.tryStart(0)).toEqual({ kind: 'wait', ms: 100 })
    expect(c.tryStart(100)).toEqual({ kind: 'go' })
    expect(c.tryStart(100)).toEqual({ kind: 'wait', ms: 200 })
    c.finish(90, 0, { kind: 'failed' })
    // A timer that fires late does not push the next request back.
    expect(c.tryStart(305)).toEqual({ kind: 'go' })
    expect(c.tryStart(305)).toEqual({ kind: 'wait', ms: 195 })
  })

  it('holds every request back for the Retry-After of a throttled answer and cuts the rate', () => {
    const c = new RateController(RATE_TUNING, 0)
    c.tryStart(0)
    c.finish(40, 0, { kind: 'throttled', retryAfterMs: 3000 })
    expect(c.tryStart(41)).toEqual({ kind: 'wait', ms: 2999 })
    expect(c.perSecond).toBeLessThan(RATE_TUNING.safeStartPerSecond)
  })

  it.each([5, 20, 50, 100])('settles at ≥ 0.9 N of a server limited to N per second, with ≤ 2 %% throttled', (limit) => {
    const { sent, throttled, sentPerSecond } = simulate({ limit, seconds: 60 })
    expect(throttled / sent).toBeLessThanOrEqual(0.02)
    // After the first ten seconds of learning, every later stretch runs near the limit.
    const later = sentPerSecond.slice(10, 60)
    expect(later.reduce((a, b) => a + b, 0) / later.length).toBeGreaterThanOrEqual(0.9 * limit)
    // Probing for more room goes a few per cent over now and then, never in bursts.
    expect(Math.max(...later)).toBeLessThanOrEqual(Math.ceil(1.1 * limit))
  })

  it('without a server limit, rises until the in-flight ceiling binds', () => {
    const { sentPerSecond, controller } = simulate({ limit: null, seconds: 10 })
    // 8 in flight at 40 ms each is 200 requests a second.
    expect(sentPerSecond[9]).toBeGreaterThanOrEqual(180)
    expect(controller.inFlightLimit).toBe(RATE_TUNING.maxInFlight)
  })

  it('never goes above the installer ceiling', () => {
    const c = new RateController(RATE_TUNING, 0)
    c.setCeiling(12)
    const { sentPerSecond } = simulate({ limit: null, seconds: 10, controller: c })
    expect(Math.max(...sentPerSecond)).toBeLessThanOrEqual(13)
    expect(c.perSecond).toBe(12)
  })

  it('cuts the rate when latency rises well above the baseline', () => {
    const c = new RateController(RATE_TUNING, 0, 50)
    let now = 0
    for (let i = 0; i < 20; i++, now += 50) {
      c.tryStart(now)
      c.finish(now + 40, now, { kind: 'ok', latencyMs: 40 })
    }
    const before = c.perSecond
    for (let i = 0; i < 30; i++, now += 100) {
      c.tryStart(now)
      c.finish(now + 2000, now, { kind: 'ok', latencyMs: 2000 })
    }
    expect(c.perSecond).toBeLessThan(before * 0.9)
  })

  it('restarts a bit below a remembered rate and does not probe past it at once', () => {
    const c = new RateController(RATE_TUNING, 0, 40)
    expect(c.perSecond).toBeCloseTo(36)
    const { throttled } = simulate({ limit: 42, seconds: 12, controller: c })
    expect(throttled).toBe(0)
    expect(c.perSecond).toBeCloseTo(40)
  })

  it('cuts by a fixed share on a throttle at the settled rate, never to a count of a few answers', () => {
    const c = new RateController(RATE_TUNING, 0, 4.4)
    c.tryStart(0)
    c.finish(40, 0, { kind: 'throttled' })
    expect(c.perSecond).toBeCloseTo(0.85 * 0.9 * 4.4)
  })

  it('reads no limit below the safe start from a throttle in the first second', () => {
    const c = new RateController(RATE_TUNING, 0)
    for (let now = 0; now < 200; now += 100) {
      c.tryStart(now)
      c.finish(now + 40, now, { kind: 'ok', latencyMs: 40 })
    }
    c.tryStart(250)
    c.finish(290, 250, { kind: 'throttled', retryAfterMs: 1000 })
    expect(c.perSecond).toBeCloseTo(0.85 * RATE_TUNING.safeStartPerSecond)
  })

  it('lets no more requests fly than the rate needs at this latency', () => {
    const c = new RateController(RATE_TUNING, 0, 10)
    for (let i = 0; i < 20; i++) c.finish(i * 100, i * 100, { kind: 'ok', latencyMs: 100 })
    // 10 a second × 0.1 s, with headroom: two or three, not eight.
    expect(c.inFlightLimit).toBeLessThanOrEqual(3)
  })
})
