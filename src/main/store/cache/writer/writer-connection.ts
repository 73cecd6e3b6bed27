import { type SqlDatabase, openNodeSqlite } from '../../driver'

/**
 * A second connection to the cache file for the cache writer, set up as `openStore` sets up the
 * main one (which has already checked, migrated and put the file in WAL mode). It does not
 * checkpoint by itself: while a sync writes, `WalCheckpointer`'s thread does.
 */
export function openWriterConnection(path: string): SqlDatabase {
  const db = openNodeSqlite(path)
  db.exec('PRAGMA foreign_keys = ON')
  db.exec('PRAGMA busy_timeout = 5000')
  db.exec('PRAGMA synchronous = NORMAL')
  db.exec('PRAGMA wal_autocheckpoint = 0')
  return db
}
