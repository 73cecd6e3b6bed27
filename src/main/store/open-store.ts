import { closeSync, existsSync, openSync, renameSync } from 'node:fs'
import { PRIVATE_FILE_MODE, keepPrivate } from './private-files'
import { type SqlDatabase, openNodeSqlite } from './driver'
import { migrate } from './migrations'

/** A database file that failed its integrity check and was moved aside, never silently reset. */
export interface QuarantinedFile {
  readonly movedTo: string
  readonly reason: string
}

export interface OpenedStore {
  readonly db: SqlDatabase
  readonly quarantined: QuarantinedFile | null
  readonly migrated: readonly number[]
}

/**
 * Opens (or creates) the cache: integrity check first; a corrupt file is renamed aside with its
 * WAL and reported; then WAL mode, foreign keys, and the numbered migrations.
 */
export function openStore(path: string, now: () => Date = () => new Date()): OpenedStore {
  let quarantined: QuarantinedFile | null = null
  let db = tryOpen(path)
  if (!db.ok) {
    quarantined = moveAside(path, db.reason, now())
    db = tryOpen(path)
    if (!db.ok) throw new Error(`cannot create a new database at ${path}: ${db.reason}`)
  }
  const store = db.db
  store.exec('PRAGMA journal_mode = WAL')
  store.exec('PRAGMA foreign_keys = ON')
  store.exec('PRAGMA busy_timeout = 5000')
  store.exec('PRAGMA synchronous = NORMAL')
  // WAL mode has made -wal and -shm by now: files left from before this rule get its mode too.
  for (const suffix of ['-wal', '-shm']) keepPrivate(path + suffix)
  const migrated = migrate(store)
  return { db: store, quarantined, migrated }
}

function tryOpen(path: string): { ok: true; db: SqlDatabase } | { ok: false; reason: string } {
  let db: SqlDatabase | undefined
  try {
    createPrivately(path)
    db = openNodeSqlite(path)
    const rows = db.all<{ integrity_check: string }>('PRAGMA integrity_check')
    const problems = rows.map((r) => r.integrity_check).filter((r) => r !== 'ok')
    if (problems.length === 0) return { ok: true, db }
    db.close()
    return { ok: false, reason: problems.slice(0, 3).join('; ') }
  } catch (error) {
    db?.close()
    return { ok: false, reason: error instanceof Error ? error.message : String(error) }
  }
}

function moveAside(path: string, reason: string, when: Date): QuarantinedFile {
  const stamp = when.toISOString().replace(/[:.]/g, '-')
  const movedTo = `${path}.corrupt-${stamp}`
  renameSync(path, movedTo)
  for (const suffix of ['-wal', '-shm']) if (existsSync(path + suffix)) renameSync(path + suffix, movedTo + suffix)
  return { movedTo, reason }
}

/**
 * Creates the database file as 0600 before SQLite opens it (an empty file is an empty database),
 * or sets an existing one to 0600. SQLite creates the -wal and -shm files with the mode of the
 * database file, so they are private from their first byte: no umask change, no race.
 */
function createPrivately(path: string): void {
  closeSync(openSync(path, 'a', PRIVATE_FILE_MODE))
  keepPrivate(path)
}
