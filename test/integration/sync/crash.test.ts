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

function runChild(path: string): { process: ChildProcess; started: Promise<void>; exited: Promise<number | null> } {
  const proc = spawn(process.execPath, [child, path, AKUVOX_CONNECTION, projectId], {
    env: { ...process.env, FK_SANDBOX_INFO: JSON.stringify(sandboxes.info) },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const started = new Promise<void>((resolve) => proc.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('started') && resolve()))
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)))
  return { process: proc, started, exited }
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
      await run.started
      // Kill points spread over the sync: reading lists, writing pages, fetching group infos.
      // The random wait is the point: no event marks "somewhere in the middle of a sync", and a
      // kill tied to any one event would always land at the same place.
      await new Promise((resolve) => setTimeout(resolve, Math.floor(next() * 400)))
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
