import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { SqlDatabase } from '../../driver'
import { UnitWriter } from './apply-units'
import { CacheWriterThread, writerStopped } from './cache-writer-thread'
import type { WriteCounts, WriteUnit } from './units'

/** Where a sync's cache writes go: one batch at a time, each in one transaction, in order. */
export interface CacheWriter {
  commit(units: readonly WriteUnit[]): Promise<WriteCounts>
  /** After the last batch: ends the writer (its thread, if it has one). */
  close(): Promise<void>
}

/** The environment variable tests and benchmarks set to a bundled `cache-writer.worker.ts`. */
export const CACHE_WRITER_ENV = 'FIELDKEY_CACHE_WRITER'

/**
 * The built cache writer: `out/main/cache-writer.js`, beside the entry that runs (or one folder
 * up from a shared chunk in `out/main/chunks/`); tests and benchmarks name a bundle of it in
 * `FIELDKEY_CACHE_WRITER`. Null when there is none (TypeScript run from source).
 */
export function cacheWriterFile(): string | null {
  const named = process.env[CACHE_WRITER_ENV]
  if (named) return named
  const here = dirname(fileURLToPath(import.meta.url))
  return [join(here, 'cache-writer.js'), join(here, '..', 'cache-writer.js')].find((file) => existsSync(file)) ?? null
}

/**
 * A cache writer for one sync. A database file gets a thread of its own with its own connection,
 * so the thread that answers the window never waits on the writes; an in-memory database (unit
 * tests) cannot be opened twice, and only it is written on the caller's thread.
 */
export function openCacheWriter(db: SqlDatabase, file: string | null): CacheWriter {
  if (db.path === '' || db.path === ':memory:') {
    const writer = new UnitWriter(db)
    return { commit: (units) => Promise.resolve().then(() => writer.apply(units)), close: () => Promise.resolve() }
  }
  if (file === null) {
    const missing = writerStopped('no cache-writer.js beside the main bundle')
    return { commit: () => Promise.reject(missing), close: () => Promise.resolve() }
  }
  return new CacheWriterThread(file, db.path)
}
