import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DevicesRepo } from '../../../../src/main/store/cache/devices-repo'
import { openNodeSqlite } from '../../../../src/main/store/driver'
import { MIGRATIONS, migrate } from '../../../../src/main/store/migrations'
import { openStore } from '../../../../src/main/store/open-store'
import { insertConnectionC1 } from '../../../helpers/store'

const scope = { connectionId: 'c1', projectId: 'p1' }

describe('upgrading a cache that does not say when a device changed state', () => {
  it('keeps a change its transitions show, and leaves a state held since the first sync unknown', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'fk-status-')), 'fieldkey.db')
    const old = openNodeSqlite(path)
    migrate(
      old,
      MIGRATIONS.filter((m) => m.version < 5),
    )
    insertConnectionC1(old)
    const insert = (id: string, online: number, since: number) =>
      old.run(
        `INSERT INTO devices (connection_id, project_id, id, coll, page_no, name, device_type, mac, online, last_seen_at, status_since, json)
         VALUES ('c1', 'p1', ?, 'devices', 0, ?, 'Access Control', '', ?, NULL, ?, '{}')`,
        id,
        id,
        online,
        since,
      )
    insert('went-offline', 0, 300)
    insert('offline-from-the-start', 0, 100)
    insert('back-online', 1, 500)
    const transition = (id: string, online: number, at: number) =>
      old.run("INSERT INTO device_transitions (connection_id, project_id, device_id, online, at) VALUES ('c1', 'p1', ?, ?, ?)", id, online, at)
    transition('went-offline', 0, 300)
    transition('back-online', 0, 400)
    transition('back-online', 1, 500)
    old.close()

    const { db } = openStore(path)
    const repo = new DevicesRepo(db)
    expect(repo.get(scope, 'went-offline')).toMatchObject({ online: false, statusChangedAt: 300 })
    expect(repo.get(scope, 'offline-from-the-start')).toMatchObject({ online: false, statusSince: 100, statusChangedAt: null })
    expect(repo.get(scope, 'back-online')).toMatchObject({ online: true, statusChangedAt: 500 })
    db.close()
  })
})
