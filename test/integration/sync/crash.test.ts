import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bundle } from '../../../bench/bundle.mjs'
import { type RunningSandboxes, startSandboxes } from '@fieldkey/sandbox'
import { openNodeSqlite } from '../../../src/main/store/driver'
import { AKUVOX_CONNECTION, CACHE_TABLES, dump, openTestStore, pagesAreWhole, syncService } from './harness'

const KILLS = 20
let sandboxes: RunningSandboxes
let child: string
let projectId: string

beforeAll(async () => {
  sandboxes = await startSandboxes({ seed: 5, scale: 'large', clock: { now: () => Date.UTC(2026, 0, 5, 10, 2) } })
  child = await bundle('test/integration/sync/crash-child.ts')
  const state = (await (await fetch(`${sandboxes.info.admin?.baseUrl}/akuvox/state`)).json()) as { projects: { project_id: string }[] }
  projectId = state.projects[0]?.project_id ?? ''
}, 60_000)
afterAll(() => sandboxes.close())

/** A seeded stream, so a failure can be replayed with the same kill points. */
function random(seed: number): () => number {
  let s = seed
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648
    return s / 2_147_483_648
  }
}

function runChild(path: string): { process: ChildProcess; pages: (n: number) => Promise<void>; exited: Promise<number | null> } {
  const proc = spawn(process.execPath, [child, path, AKUVOX_CONNECTION, projectId], {
    env: { ...process.env, FK_SANDBOX_INFO: JSON.stringify(sandboxes.info) },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  let seen = 0
  const waiting: Array<{ n: number; resolve: () => void }> = []
  proc.stdout?.on('data', (chunk: Buffer) => {
    seen += chunk.toString().split('page\n').length - 1
    for (const w of waiting.filter((w) => seen >= w.n)) w.resolve()
  })
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)))
  // Resolves once the child has written `n` pages (or has ended before that).
  const pages = (n: number) => new Promise<void>((resolve) => (seen >= n ? resolve() : (waiting.push({ n, resolve }), void exited.then(() => resolve()))))
  return { process: proc, pages, exited }
}

describe('a sync killed at random points', () => {
  it(`leaves a sound cache of whole pages ${KILLS} times and resumes to what a clean sync gives`, async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'fk-crash-')), 'fieldkey.db')
    openTestStore(sandboxes.info, path).close()
    const next = random(20_260_105)
    let finishedEarly = 0
    let midList = 0
    for (let kill = 0; kill < KILLS; kill++) {
      const run = runChild(path)
      // Kill points spread over the sync by what it has done, not by wall time (a busy machine
      // would otherwise kill every run before its first page): after a seeded number of pages,
      // then a seeded few milliseconds more, so some kills land while the next page is written.
      await run.pages(Math.floor(next() * 30))
      await new Promise((resolve) => setTimeout(resolve, Math.floor(next() * 20)))
      run.process.kill('SIGKILL')
      if ((await run.exited) === 0) finishedEarly++
      const db = openNodeSqlite(path)
      expect(db.all<{ integrity_check: string }>('PRAGMA integrity_check').map((r) => r.integrity_check)).toEqual(['ok'])
      expect(pagesAreWhole(db)).toEqual([])
      midList += db.get<{ n: number }>("SELECT COUNT(*) AS n FROM sync_state WHERE status = 'running'")?.n ?? 0
      db.close()
    }
    expect(finishedEarly).toBeLessThan(KILLS)
    // Some kills landed between pages of a list, so resuming mid-list was exercised.
    expect(midList).toBeGreaterThan(0)
    const last = runChild(path)
    expect(await last.exited).toBe(0)

    const clean = openTestStore(sandboxes.info)
    await syncService(clean, sandboxes.info).syncProject(AKUVOX_CONNECTION, projectId)
    const resumed = openNodeSqlite(path)
    for (const table of CACHE_TABLES) expect(dump(resumed, table), table).toEqual(dump(clean, table))
    resumed.close()
    clean.close()
  }, 120_000)
})
