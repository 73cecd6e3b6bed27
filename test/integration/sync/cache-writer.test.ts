import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningSandboxes, startSandboxes } from '@fieldkey/sandbox'
import { AppErrorException } from '../../../src/shared/errors'
import { silentLogger } from '../../../src/main/log/logger'
import type { SqlDatabase } from '../../../src/main/store/driver'
import { SyncService } from '../../../src/main/services/sync/sync-service'
import { CACHE_WRITER_ENV } from '../../../src/main/store/cache/writer/open-cache-writer'
import { AKUVOX_CONNECTION, CACHE_TABLES, TUYA_CONNECTION, dump, openTestStore, pagesAreWhole, sessionsFor, syncService } from './harness'

let sandboxes: RunningSandboxes
let akuvoxProject: string

beforeAll(async () => {
  sandboxes = await startSandboxes({ seed: 7, scale: 300, clock: { now: () => Date.UTC(2026, 0, 5, 10, 2) } })
  const state = (await (await fetch(`${sandboxes.info.admin?.baseUrl}/akuvox/state`)).json()) as { projects: { project_id: string }[] }
  akuvoxProject = state.projects[0]?.project_id ?? ''
})
afterAll(() => sandboxes.close())

function syncWith(db: SqlDatabase, cacheWriterFile: string | null): SyncService {
  return new SyncService({
    db,
    session: sessionsFor(sandboxes.info),
    now: Date.now,
    logger: silentLogger,
    onProgress: () => undefined,
    cacheWriterFile,
  })
}

/** A cache writer thread that dies (exit code 7) when the `n`th batch reaches it: the real writer, loaded behind a trap. */
function writerDyingAt(n: number): string {
  const file = join(mkdtempSync(join(tmpdir(), 'fk-dying-')), 'dying-writer.mjs')
  writeFileSync(
    file,
    `import { parentPort } from 'node:worker_threads'
import { pathToFileURL } from 'node:url'
let batches = 0
parentPort.on('message', (m) => { if (m.kind === 'batch' && ++batches === ${n}) process.exit(7) })
await import(pathToFileURL(${JSON.stringify(process.env[CACHE_WRITER_ENV])}).href)
`,
  )
  return file
}

const cacheOf = (db: SqlDatabase): string[][] => CACHE_TABLES.map((t) => dump(db, t))

describe('the cache writer thread', () => {
  it('a writer that dies mid-sync fails the sync in words; the next sync starts a new writer and resumes to what a clean sync gives', async () => {
    const db = openTestStore(sandboxes.info)
    const failed = await syncWith(db, writerDyingAt(3))
      .syncProject(AKUVOX_CONNECTION, akuvoxProject)
      .then(
        () => null,
        (error: unknown) => error,
      )
    expect(failed).toBeInstanceOf(AppErrorException)
    expect((failed as AppErrorException).error).toMatchObject({ code: 'internal', messageKey: 'errors.cacheWriterStopped', retryable: true })
    expect((failed as AppErrorException).error.detail).toMatch(/code 7/)
    expect(pagesAreWhole(db)).toEqual([])
    // Some pages landed before it died, not all.
    const written = db.get<{ n: number }>('SELECT COUNT(*) AS n FROM sync_pages')?.n ?? 0
    expect(written).toBeGreaterThan(0)

    await syncService(db, sandboxes.info).syncProject(AKUVOX_CONNECTION, akuvoxProject)
    const clean = openTestStore(sandboxes.info)
    await syncService(clean, sandboxes.info).syncProject(AKUVOX_CONNECTION, akuvoxProject)
    expect(cacheOf(db)).toEqual(cacheOf(clean))
    db.close()
    clean.close()
  })

  it('a write the database refuses in the thread fails the sync with that error, and nothing written after it lands', async () => {
    const db = openTestStore(sandboxes.info)
    // The fault: the persons table refuses its 4th page, as a full disk would refuse a write.
    db.exec(`CREATE TRIGGER refuse_page BEFORE INSERT ON persons WHEN NEW.page_no = 4 BEGIN SELECT RAISE(ABORT, 'no room for page 4'); END`)
    const failed = await syncService(db, sandboxes.info)
      .syncProject(TUYA_CONNECTION, sandboxes.info.tuya.projectId)
      .then(
        () => null,
        (error: unknown) => error,
      )
    expect(failed).toBeInstanceOf(Error)
    expect((failed as Error).message).toMatch(/no room for page 4/)
    expect((failed as { code?: string }).code).toBe('ERR_SQLITE_ERROR')
    expect(pagesAreWhole(db)).toEqual([])
    // The resume point is the page that failed: no later page of the list was written.
    const pages = db.all<{ page_no: number }>("SELECT page_no FROM sync_pages WHERE coll = 'persons' ORDER BY page_no").map((r) => r.page_no)
    expect(pages).toEqual([1, 2, 3])

    db.exec('DROP TRIGGER refuse_page')
    await syncService(db, sandboxes.info).syncProject(TUYA_CONNECTION, sandboxes.info.tuya.projectId)
    const clean = openTestStore(sandboxes.info)
    await syncService(clean, sandboxes.info).syncProject(TUYA_CONNECTION, sandboxes.info.tuya.projectId)
    expect(cacheOf(db)).toEqual(cacheOf(clean))
    db.close()
    clean.close()
  })

  it('a cache file is written only by the thread: without its file the sync fails in words and writes nothing', async () => {
    const db = openTestStore(sandboxes.info)
    const failed = await syncWith(db, null)
      .syncProject(TUYA_CONNECTION, sandboxes.info.tuya.projectId)
      .then(
        () => null,
        (error: unknown) => error,
      )
    expect((failed as AppErrorException).error).toMatchObject({ code: 'internal', messageKey: 'errors.cacheWriterStopped' })
    expect(db.get<{ n: number }>('SELECT COUNT(*) AS n FROM sync_pages')?.n).toBe(0)
    db.close()
  })
})
