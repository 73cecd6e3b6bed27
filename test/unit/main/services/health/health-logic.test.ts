import { describe, expect, it } from 'vitest'
import { appError } from '../../../../../src/shared/errors'
import { freshness, nextPollDelay, recordPoll, worthTelling } from '../../../../../src/main/services/health/health-logic'

const timing = { intervalMs: 60_000, maxBackoffMs: 600_000, staleAfterMs: 300_000 }

describe('health decisions', () => {
  it('backs off by doubling the interval per failure, capped', () => {
    expect([0, 1, 2, 3, 4, 30].map((f) => nextPollDelay(timing, f))).toEqual([60_000, 120_000, 240_000, 480_000, 600_000, 600_000])
  })

  it('tells a network failure (cloud unreachable) from an old status (stale) and a fresh one', () => {
    expect(freshness(null, 0, timing)).toEqual({ kind: 'stale', lastCheckedAt: null, minutes: null })
    const ok = recordPoll(null, 1_000, { ok: true })
    expect(freshness(ok, 2_000, timing)).toEqual({ kind: 'fresh', checkedAt: 1_000 })
    expect(freshness(ok, 1_000 + 12 * 60_000, timing)).toEqual({ kind: 'stale', lastCheckedAt: 1_000, minutes: 12 })
    const down = recordPoll(ok, 5_000, { ok: false, error: appError('network') })
    expect(down).toMatchObject({ consecutiveFailures: 1, lastSuccessAt: 1_000 })
    expect(freshness(down, 6_000, timing)).toMatchObject({ kind: 'cloudUnreachable', since: 1_000, lastCheckedAt: 1_000 })
    const timedOut = recordPoll(down, 7_000, { ok: false, error: appError('timeout') })
    expect(timedOut.consecutiveFailures).toBe(2)
    // Refused for another reason (signed out): the cloud answered, so the statuses are just old.
    const refused = recordPoll(ok, 5_000, { ok: false, error: appError('auth') })
    expect(freshness(refused, 1_000 + 6 * 60_000, timing)).toMatchObject({ kind: 'stale', minutes: 6 })
    expect(recordPoll(timedOut, 8_000, { ok: true })).toEqual({ lastAttemptAt: 8_000, lastSuccessAt: 8_000, consecutiveFailures: 0, lastError: null })
  })

  it('reports a poll when devices changed or the kind of freshness did', () => {
    const fresh = { kind: 'fresh', checkedAt: 1 } as const
    expect(worthTelling(fresh, { kind: 'fresh', checkedAt: 2 }, 0)).toBe(false)
    expect(worthTelling(fresh, { kind: 'fresh', checkedAt: 2 }, 1)).toBe(true)
    expect(worthTelling(fresh, { kind: 'stale', lastCheckedAt: 1, minutes: 9 }, 0)).toBe(true)
  })
})
