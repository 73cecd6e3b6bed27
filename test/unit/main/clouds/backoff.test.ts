import { describe, expect, it } from 'vitest'
import { backoffDelay, parseRetryAfter } from '../../../../src/main/clouds/backoff'

const policy = { maxAttempts: 5, baseDelayMs: 200, maxDelayMs: 3000 }

describe('backoff', () => {
  it('doubles per attempt within [ceiling/2, ceiling] and caps', () => {
    expect(backoffDelay(0, policy, () => 0)).toBe(100)
    expect(backoffDelay(0, policy, () => 0.999999)).toBe(200)
    expect(backoffDelay(2, policy, () => 0)).toBe(400)
    expect(backoffDelay(10, policy, () => 0.999999)).toBe(3000)
  })

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-11-23T10:00:00Z')
    expect(parseRetryAfter('2', now)).toBe(2000)
    expect(parseRetryAfter('Mon, 23 Nov 2026 10:00:05 GMT', now)).toBe(5000)
    expect(parseRetryAfter('Mon, 23 Nov 2026 09:00:00 GMT', now)).toBe(0)
    expect(parseRetryAfter(null, now)).toBeNull()
    expect(parseRetryAfter('soon', now)).toBeNull()
  })
})
