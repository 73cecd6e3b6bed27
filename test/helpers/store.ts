import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ConnectionsRepo } from '../../src/main/store/connections-repo'
import type { SqlDatabase } from '../../src/main/store/driver'
import { openStore } from '../../src/main/store/open-store'

/** A fresh database file in a temp folder holding one Akuvox connection `c1` (cached rows need their connection). */
export function storeWithConnection(prefix: string): SqlDatabase {
  const { db } = openStore(join(mkdtempSync(join(tmpdir(), prefix)), 'fieldkey.db'))
  insertConnectionC1(db)
  return db
}

/** The Akuvox connection `c1` that cached rows of the tests belong to. */
export function insertConnectionC1(db: SqlDatabase): void {
  new ConnectionsRepo(db).insert({
    id: 'c1',
    vendor: 'akuvox',
    label: 'site',
    server: { kind: 'custom', baseUrl: 'http://127.0.0.1:9' },
    baseUrl: 'http://127.0.0.1:9',
    defaultProjectId: null,
    isDemo: false,
    createdAt: 0,
    lastUsedAt: null,
  })
}
