import { describe, expect, it } from 'vitest'
import { RateLimiter } from '../../../../src/main/clouds/rate-limit'

function limiter(perSecond: number, burst: number) {
  const clock = { t: 0 }
  const waited: number[] = []
  const l = new RateLimiter(
    perSecond,
    burst,
    () => clock.t,
    async (ms) => {
      waited.push(ms)
      clock.t += ms
    },
  )
  return { l, clock, waited }
}

describe('RateLimiter', () => {
  it('lets a burst through, then spaces requests at the rate', async () => {
    const { l, waited } = limiter(10, 3)
    for (let i = 0; i < 5; i++) await l.acquire('k')
    expect(waited).toEqual([100, 100])
  })

  it('refills with time', async () => {
    const { l, clock, waited } = limiter(1, 1)
    await l.acquire('k')
    clock.t += 1000
    await l.acquire('k')
    expect(waited).toEqual([])
  })

  it('keeps keys apart', async () => {
    const { l, waited } = limiter(1, 1)
    await l.acquire('a')
    await l.acquire('b')
    expect(waited).toEqual([])
  })

  it('holds a paused key back until the pause ends', async () => {
    const { l, waited } = limiter(100, 10)
    l.pause('k', 2500)
    await l.acquire('k')
    expect(waited).toEqual([2500])
  })
})
