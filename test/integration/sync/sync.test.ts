import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SyncProgress } from '../../../src/shared/domain/sync'
import { type RunningSandboxes, startSandboxes } from '@fieldkey/sandbox'
import { OverviewRepo } from '../../../src/main/store/cache/overview-repo'
import { DevicesRepo } from '../../../src/main/store/cache/devices-repo'
import { AKUVOX_CONNECTION, CACHE_TABLES, TUYA_CONNECTION, dump, openTestStore, pagesAreWhole, syncService } from './harness'

let sandboxes: RunningSandboxes
let akuvoxProject: string

beforeAll(async () => {
  // A fixed sandbox clock: online states are re-rolled with time, and these tests compare caches.
  sandboxes = await startSandboxes({ seed: 11, scale: 300, clock: { now: () => Date.UTC(2026, 0, 5, 10, 2) } })
  const state = (await (await fetch(`${sandboxes.info.admin?.baseUrl}/akuvox/state`)).json()) as { projects: { project_id: string }[] }
  akuvoxProject = state.projects[0]?.project_id ?? ''
})
afterAll(() => sandboxes.close())

describe('full project sync against the sandbox', () => {
  it('caches a whole Akuvox project and a re-sync of an unchanged one writes no page', async () => {
    const db = openTestStore(sandboxes.info)
    const progress: SyncProgress[] = []
    const sync = syncService(db, sandboxes.info, progress)
    const first = await sync.syncProject(AKUVOX_CONNECTION, akuvoxProject)
    expect(first.pagesWritten).toBeGreaterThan(0)
    const overview = new OverviewRepo(db).overview({ connectionId: AKUVOX_CONNECTION, projectId: akuvoxProject })
    expect(overview.counts.devices).toBeGreaterThan(200)
    expect(overview.counts.accessGroupDetails).toBe(overview.counts.accessGroups)
    expect(overview.buildings).toBeGreaterThan(10)
    expect(overview.sync.asOf).not.toBeNull()
    expect(new Set(progress.map((p) => p.collection))).toEqual(new Set(['devices', 'accessGroups', 'accessGroupDetails', 'accounts', 'staffAccesses']))
    expect(pagesAreWhole(db)).toEqual([])
    const before = CACHE_TABLES.map((t) => dump(db, t))
    const again = await sync.syncProject(AKUVOX_CONNECTION, akuvoxProject)
    expect(again.pagesWritten).toBe(0)
    expect(again.rowsRemoved).toBe(0)
    expect(again.requests).toBeLessThan(first.requests / 5)
    expect(CACHE_TABLES.map((t) => dump(db, t))).toEqual(before)
    const device = new DevicesRepo(db).list({ connectionId: AKUVOX_CONNECTION, projectId: akuvoxProject }, { limit: 1 })[0]
    expect(device?.online).toBe(false)
    db.close()
  })

  it('caches a whole Tuya project and an unchanged re-sync writes no page', async () => {
    const db = openTestStore(sandboxes.info)
    const sync = syncService(db, sandboxes.info)
    const projectId = sandboxes.info.tuya.projectId
    const first = await sync.syncProject(TUYA_CONNECTION, projectId)
    const overview = new OverviewRepo(db).overview({ connectionId: TUYA_CONNECTION, projectId })
    expect(overview.counts.channels).toBeGreaterThan(300)
    expect(overview.counts.devices).toBe(300)
    expect(overview.counts.persons).toBeGreaterThan(500)
    expect(overview.counts.organisations).toBeGreaterThan(5)
    expect(overview.counts.accessAuths).toBeGreaterThan(100)
    expect(pagesAreWhole(db)).toEqual([])
    const again = await sync.syncProject(TUYA_CONNECTION, projectId)
    expect(again.pagesWritten).toBe(0)
    expect(again.requests).toBeLessThanOrEqual(first.requests)
    db.close()
  })
})
