import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { AdaptiveRateLimiter } from '../../../../../src/main/clouds/adaptive-limiter'
import { rateKey } from '../../../../../src/main/clouds/rate-key'
import { storedRateMemory } from '../../../../../src/main/services/connections/rate-memory'
import { ConnectionsRepo } from '../../../../../src/main/store/connections-repo'
import type { SqlDatabase } from '../../../../../src/main/store/driver'
import { openStore } from '../../../../../src/main/store/open-store'
import { RequestRatesRepo } from '../../../../../src/main/store/request-rates-repo'

const CONNECTION = 'c1'

function store(): SqlDatabase {
  const { db } = openStore(join(mkdtempSync(join(tmpdir(), 'fk-rates-')), 'fieldkey.db'))
  new ConnectionsRepo(db).insert({
    id: CONNECTION,
    vendor: 'akuvox',
    label: 'Harbour View',
    server: { kind: 'custom', baseUrl: 'http://127.0.0.1:9' },
    baseUrl: 'http://127.0.0.1:9',
    defaultProjectId: null,
    isDemo: false,
    createdAt: 0,
    lastUsedAt: null,
  })
  return db
}

/** The app's limiter over the store, on a clock that moves only when it waits. */
function limiter(db: SqlDatabase) {
  const clock = { t: 0 }
  const l = new AdaptiveRateLimiter({
    memory: storedRateMemory(new RequestRatesRepo(db), () => clock.t),
    now: () => clock.t,
    sleep: async (ms) => {
      clock.t += ms
    },
  })
  return { l, clock }
}

/** Requests answered at once, every answer past `limit` in a one-second window throttled. */
async function run(l: AdaptiveRateLimiter, clock: { t: number }, key: string, count: number, limit: number): Promise<void> {
  let window = { start: -Infinity, n: 0 }
  for (let i = 0; i < count; i++) {
    const release = await l.acquire(key)
    if (clock.t - window.start >= 1000) window = { start: clock.t, n: 0 }
    clock.t += 10
    release(++window.n > limit ? { kind: 'throttled' } : { kind: 'ok', latencyMs: 10 })
  }
}

describe('the learned request rate in the store', () => {
  it('keeps the rate a cloud throttled at, and a restart starts a bit below it', async () => {
    const db = store()
    const first = limiter(db)
    await run(first.l, first.clock, rateKey(CONNECTION, 'p1'), 400, 20)
    const remembered = new RequestRatesRepo(db).recall({ connectionId: CONNECTION, projectId: 'p1' })
    expect(remembered).not.toBeNull()
    expect(remembered).toBeLessThanOrEqual(20)
    expect(remembered).toBeGreaterThanOrEqual(15)

    const next = limiter(db)
    await run(next.l, next.clock, rateKey(CONNECTION, 'p1'), 1, 20)
    expect(next.l.current(rateKey(CONNECTION, 'p1'))).toBeCloseTo((remembered ?? 0) * 0.9)
    // Another project of the connection starts from what the connection learned.
    await run(next.l, next.clock, rateKey(CONNECTION, 'p2'), 1, 20)
    expect(next.l.current(rateKey(CONNECTION, 'p2'))).toBeCloseTo((remembered ?? 0) * 0.9)
  })

  it('remembers nothing for a rate the cloud never refused, nor for a connection not saved', async () => {
    const db = store()
    const { l, clock } = limiter(db)
    await run(l, clock, rateKey(CONNECTION, 'p1'), 200, 1000)
    await run(l, clock, rateKey('trial', 'p1'), 200, 5)
    expect(db.all('SELECT * FROM request_rates')).toEqual([])
  })

  it('applies the installer’s ceiling to every project of the connection at once', async () => {
    const db = store()
    const { l, clock } = limiter(db)
    await run(l, clock, rateKey(CONNECTION, 'p1'), 200, 1000)
    expect(l.current(rateKey(CONNECTION, 'p1'))).toBeGreaterThan(10)
    new RequestRatesRepo(db).setCeiling(CONNECTION, 3)
    l.ceilingChanged(CONNECTION)
    expect(l.current(rateKey(CONNECTION, 'p1'))).toBe(3)
    const started = clock.t
    await run(l, clock, rateKey(CONNECTION, 'p1'), 31, 1000)
    expect(clock.t - started).toBeGreaterThanOrEqual(9_500)
  })
})
