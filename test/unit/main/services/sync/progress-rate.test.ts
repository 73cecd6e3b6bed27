import { describe, expect, it } from 'vitest'
import type { SyncProgress } from '@shared/domain/sync'
import { RequestGate } from '../../../../../src/main/services/sync/request-gate'
import { SyncContext } from '../../../../../src/main/services/sync/sync-context'
import { openStore } from '../../../../../src/main/store/open-store'
import { openCacheWriter } from '../../../../../src/main/store/cache/writer/open-cache-writer'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

describe('sync progress', () => {
  it('reports no speed until a second of reading has passed, then items per second over the run, not counting resumed items', () => {
    const store = openStore(join(mkdtempSync(join(tmpdir(), 'fk-rate-')), 'fieldkey.db'))
    let clock = 10_000
    const seen: SyncProgress[] = []
    const ctx = new SyncContext(
      store.db,
      { connectionId: 'c1', projectId: 'p1' },
      new RequestGate(2),
      new AbortController().signal,
      () => clock,
      null,
      (p) => seen.push(p),
      { full: true, fullReadMaxAgeMs: 0, detailMaxAgeMs: 0 },
      openCacheWriter(store.db, null),
    )
    const report = ctx.progress('devices', 100)
    clock += 2
    report(150, 1000) // a first page back in 2 ms: 25,000 items/s would be nonsense
    clock += 1_998
    report(300, 1000)
    expect(seen.map((p) => p.itemsPerSecond)).toEqual([null, 100])
    expect(seen[1]).toMatchObject({ collection: 'devices', done: 300, total: 1000 })
    store.db.close()
  })
})
