import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningSandboxes, startSandboxes } from '@fieldkey/sandbox'
import { DEFAULT_FULL_READ_MAX_AGE_MS } from '../../../src/main/services/sync/sync-service'
import { OverviewRepo } from '../../../src/main/store/cache/overview-repo'
import type { SqlDatabase } from '../../../src/main/store/driver'
import { AKUVOX_CONNECTION, CACHE_TABLES, TUYA_CONNECTION, dump, openTestStore, sessionsFor, syncService } from './harness'

/**
 * A re-sync checks lists read in full recently by their first page and length only; it says so
 * in its summary, leaves `lastFullSyncAt` at the full read, and `full: true` reads everything.
 */
let sandboxes: RunningSandboxes
let akuvoxProject: string
const T0 = Date.UTC(2026, 0, 5, 10, 0)

beforeAll(async () => {
  // Large enough that every Akuvox list the tests name spans pages of 500.
  sandboxes = await startSandboxes({ seed: 5, scale: 800, clock: { now: () => Date.UTC(2026, 0, 5, 10, 2) } })
  const state = (await (await fetch(`${sandboxes.info.admin?.baseUrl}/akuvox/state`)).json()) as { projects: { project_id: string }[] }
  akuvoxProject = state.projects[0]?.project_id ?? ''
})
afterAll(() => sandboxes.close())

/** A store and a sync service whose clock the test moves. */
function setup(): { db: SqlDatabase; sync: ReturnType<typeof syncService>; advance: (ms: number) => void } {
  let now = T0
  const db = openTestStore(sandboxes.info)
  return { db, sync: syncService(db, sandboxes.info, [], () => now), advance: (ms) => (now += ms) }
}

const fullSyncTimes = (db: SqlDatabase, connectionId: string, projectId: string): Record<string, number | null> =>
  Object.fromEntries(new OverviewRepo(db).syncState({ connectionId, projectId }).collections.map((c) => [c.collection, c.lastFullSyncAt]))

describe('re-sync by first page, within the full-read max age', () => {
  it('Tuya: checks the long lists and the tree by their first page, says so, and keeps their full-read time', async () => {
    const { db, sync, advance } = setup()
    const projectId = sandboxes.info.tuya.projectId
    const first = await sync.syncProject(TUYA_CONNECTION, projectId)
    expect(first.checkedOnly).toEqual([])
    const cache = CACHE_TABLES.map((t) => dump(db, t))
    advance(5 * 60_000)
    const again = await sync.syncProject(TUYA_CONNECTION, projectId)
    const checked = (again.checkedOnly ?? []).map((c) => c.collection)
    expect(checked).toEqual(expect.arrayContaining(['channels', 'persons', 'accessAuths', 'organisations']))
    expect((again.checkedOnly ?? []).every((c) => c.lastFullSyncAt === T0)).toBe(true)
    expect(again.requests).toBeLessThan(first.requests / 5)
    expect(again.pagesWritten).toBe(0)
    expect(CACHE_TABLES.map((t) => dump(db, t))).toEqual(cache)
    const times = fullSyncTimes(db, TUYA_CONNECTION, projectId)
    for (const collection of checked) expect(times[collection]).toBe(T0)
    db.close()
  })

  it('Tuya: a changed length is read in full; so is everything once the full read is older than the max age', async () => {
    const { db, sync, advance } = setup()
    const projectId = sandboxes.info.tuya.projectId
    const first = await sync.syncProject(TUYA_CONNECTION, projectId)
    const session = await sessionsFor(sandboxes.info)(TUYA_CONNECTION)
    if (session.vendor !== 'tuya') throw new Error('not a Tuya session')
    await session.client.addPerson({ name: 'Zz Late Arrival', personCode: 'LATE-1' })
    advance(60_000)
    const afterAdd = await sync.syncProject(TUYA_CONNECTION, projectId)
    expect((afterAdd.checkedOnly ?? []).map((c) => c.collection)).not.toContain('persons')
    expect(db.get<{ n: number }>("SELECT COUNT(*) AS n FROM persons WHERE json LIKE '%LATE-1%'")?.n).toBe(1)
    expect(fullSyncTimes(db, TUYA_CONNECTION, projectId).persons).toBe(T0 + 60_000)
    advance(DEFAULT_FULL_READ_MAX_AGE_MS)
    const late = await sync.syncProject(TUYA_CONNECTION, projectId)
    expect(late.checkedOnly).toEqual([])
    expect(late.requests).toBe(first.requests)
    db.close()
  })

  it('full: true reads every page and detail and moves every full-read time', async () => {
    const { db, sync, advance } = setup()
    const first = await sync.syncProject(AKUVOX_CONNECTION, akuvoxProject)
    advance(60_000)
    const checked = await sync.syncProject(AKUVOX_CONNECTION, akuvoxProject)
    expect((checked.checkedOnly ?? []).map((c) => c.collection)).toContain('accounts')
    expect(checked.requests).toBeLessThan(first.requests / 5)
    advance(60_000)
    const full = await sync.syncProject(AKUVOX_CONNECTION, akuvoxProject, { full: true })
    expect(full.checkedOnly).toEqual([])
    // Every page and group info is read again. Pages (not requests) are compared: how many pages
    // the read-ahead asks for past a list's end depends on when answers arrive.
    expect(full.pagesFetched).toBe(first.pagesFetched)
    expect(full.requests).toBeGreaterThanOrEqual(full.pagesFetched)
    expect(full.pagesWritten).toBe(new OverviewRepo(db).overview({ connectionId: AKUVOX_CONNECTION, projectId: akuvoxProject }).counts.accessGroups)
    const times = fullSyncTimes(db, AKUVOX_CONNECTION, akuvoxProject)
    expect(new Set(Object.values(times))).toEqual(new Set([T0 + 120_000]))
    db.close()
  })
})
