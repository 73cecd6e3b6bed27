import { mkdtempSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { WalCheckpointer } from '../../../../../src/main/store/cache/wal-checkpointer'
import { openStore } from '../../../../../src/main/store/open-store'

const autocheckpoint = (db: ReturnType<typeof openStore>['db']): number | undefined =>
  db.get<{ wal_autocheckpoint: number }>('PRAGMA wal_autocheckpoint')?.wal_autocheckpoint

describe('WalCheckpointer', () => {
  it('turns the connection’s own checkpoints off while held, checkpoints from a worker, and restores the setting on the last release', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'fk-wal-')), 'fieldkey.db')
    const { db } = openStore(path)
    const before = autocheckpoint(db)
    const checkpoints = new WalCheckpointer(db)
    const first = checkpoints.hold()
    const second = checkpoints.hold()
    expect(autocheckpoint(db)).toBe(0)
    db.exec('CREATE TABLE filler (v TEXT)')
    for (let i = 0; i < 50; i++) db.transaction(() => db.run('INSERT INTO filler (v) VALUES (?)', 'x'.repeat(100_000)))
    await first()
    await first()
    expect(autocheckpoint(db)).toBe(0)
    await second()
    expect(autocheckpoint(db)).toBe(before)
    // The rows reached the database file itself: the worker checkpointed, as the connection did not.
    expect(statSync(path).size).toBeGreaterThan(50 * 100_000)
    db.close()
  })
})
