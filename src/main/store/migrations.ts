import type { SqlDatabase } from './driver'

export interface Migration {
  /** 1, 2, 3…: stored in `PRAGMA user_version` once applied. */
  readonly version: number
  readonly name: string
  readonly sql: string
}

/** Numbered, append-only. Never edit an applied migration: add the next one. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'connections',
    sql: `
      CREATE TABLE connections (
        id                 TEXT PRIMARY KEY,
        vendor             TEXT NOT NULL CHECK (vendor IN ('akuvox', 'tuya')),
        label              TEXT NOT NULL,
        region             TEXT,
        base_url           TEXT NOT NULL,
        default_project_id TEXT,
        is_demo            INTEGER NOT NULL DEFAULT 0,
        created_at         INTEGER NOT NULL,
        last_used_at       INTEGER
      ) STRICT;
      CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;
    `,
  },
]

export function schemaVersion(db: SqlDatabase): number {
  return Number(db.get<{ user_version: number }>('PRAGMA user_version')?.user_version ?? 0)
}

/**
 * Applies every migration newer than the database, each in its own transaction together with
 * its version bump, so a crash leaves the database at a whole version. Returns the versions run.
 */
export function migrate(db: SqlDatabase, migrations: readonly Migration[] = MIGRATIONS): number[] {
  const current = schemaVersion(db)
  const latest = migrations.at(-1)?.version ?? 0
  if (current > latest) {
    throw new Error(`the database is at version ${current}, newer than this Fieldkey (${latest}): update Fieldkey`)
  }
  const applied: number[] = []
  for (const migration of migrations) {
    if (migration.version <= current) continue
    db.transaction(() => {
      db.exec(migration.sql)
      db.exec(`PRAGMA user_version = ${migration.version}`)
    })
    applied.push(migration.version)
  }
  return applied
}
