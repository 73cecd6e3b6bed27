import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openNodeSqlite } from '../../../../src/main/store/driver'
import { MIGRATIONS, type Migration, migrate, schemaVersion } from '../../../../src/main/store/migrations'
import { openStore } from '../../../../src/main/store/open-store'

const dir = () => mkdtempSync(join(tmpdir(), 'fk-store-'))

describe('the local database', () => {
  it('creates a new file at the latest version in WAL mode with foreign keys on', () => {
    const path = join(dir(), 'fieldkey.db')
    const { db, quarantined, migrated } = openStore(path)
    expect(quarantined).toBeNull()
    expect(migrated).toEqual(MIGRATIONS.map((m) => m.version))
    expect(schemaVersion(db)).toBe(MIGRATIONS.at(-1)?.version)
    expect(db.get<{ journal_mode: string }>('PRAGMA journal_mode')?.journal_mode).toBe('wal')
    expect(db.get<{ foreign_keys: number }>('PRAGMA foreign_keys')?.foreign_keys).toBe(1)
    db.close()
    const again = openStore(path)
    expect(again.migrated).toEqual([])
    again.db.close()
  })

  it('upgrades a database from every earlier version', () => {
    for (let from = 0; from < MIGRATIONS.length; from++) {
      const path = join(dir(), `v${from}.db`)
      const old = openNodeSqlite(path)
      migrate(old, MIGRATIONS.slice(0, from))
      expect(schemaVersion(old)).toBe(from === 0 ? 0 : MIGRATIONS[from - 1]?.version)
      old.close()
      const { db, migrated } = openStore(path)
      expect(migrated).toEqual(MIGRATIONS.slice(from).map((m) => m.version))
      expect(schemaVersion(db)).toBe(MIGRATIONS.at(-1)?.version)
      db.close()
    }
  })

  it('applies a failing migration not at all: the version and the schema stay as they were', () => {
    const db = openNodeSqlite(':memory:')
    const broken: Migration[] = [
      ...MIGRATIONS,
      { version: 99, name: 'broken', sql: 'CREATE TABLE half_done (x INTEGER); INSERT INTO no_such_table VALUES (1);' },
    ]
    expect(() => migrate(db, broken)).toThrow(/no_such_table/)
    expect(schemaVersion(db)).toBe(MIGRATIONS.at(-1)?.version)
    expect(db.get("SELECT name FROM sqlite_master WHERE name = 'half_done'")).toBeUndefined()
  })

  it('refuses a database newer than the app instead of damaging it', () => {
    const db = openNodeSqlite(':memory:')
    db.exec('PRAGMA user_version = 999')
    expect(() => migrate(db)).toThrow(/update Fieldkey/)
  })

  it('moves a corrupt file aside, reports it, and starts a fresh one', () => {
    const folder = dir()
    const path = join(folder, 'fieldkey.db')
    const { db } = openStore(path)
    db.run("INSERT INTO settings (key, value) VALUES ('k', 'v')")
    db.exec('PRAGMA wal_checkpoint(TRUNCATE)')
    db.close()
    // Scribble over the middle of the file: the header stays, the b-tree pages break.
    const bytes = readFileSync(path)
    bytes.fill(0xa5, 4096, bytes.length)
    writeFileSync(path, bytes)
    const opened = openStore(path, () => new Date('2026-11-23T10:00:00Z'))
    expect(opened.quarantined?.movedTo).toBe(`${path}.corrupt-2026-11-23T10-00-00-000Z`)
    expect(opened.quarantined?.reason.length).toBeGreaterThan(0)
    expect(existsSync(opened.quarantined!.movedTo)).toBe(true)
    expect(opened.db.get("SELECT * FROM settings WHERE key = 'k'")).toBeUndefined()
    opened.db.close()
  })

  it('moves aside a file that is not a database at all', () => {
    const folder = dir()
    const path = join(folder, 'fieldkey.db')
    writeFileSync(path, 'this is not sqlite, it is a text file that someone renamed')
    const opened = openStore(path)
    expect(opened.quarantined?.reason).toMatch(/not a database|file is not/i)
    expect(readdirSync(folder).some((f) => f.startsWith('fieldkey.db.corrupt-'))).toBe(true)
    opened.db.close()
  })

  it('rolls a failed transaction back completely, nested work included', () => {
    const db = openNodeSqlite(':memory:')
    migrate(db)
    expect(() =>
      db.transaction(() => {
        db.run("INSERT INTO settings VALUES ('a', '1')")
        db.transaction(() => db.run("INSERT INTO settings VALUES ('b', '2')"))
        throw new Error('crash mid-page')
      }),
    ).toThrow('crash mid-page')
    expect(db.all('SELECT * FROM settings')).toEqual([])
    db.transaction(() => {
      db.run("INSERT INTO settings VALUES ('a', '1')")
      expect(() =>
        db.transaction(() => {
          db.run("INSERT INTO settings VALUES ('b', '2')")
          throw new Error('inner fails')
        }),
      ).toThrow('inner fails')
    })
    expect(db.all<{ key: string }>('SELECT key FROM settings').map((r) => r.key)).toEqual(['a'])
  })
})
