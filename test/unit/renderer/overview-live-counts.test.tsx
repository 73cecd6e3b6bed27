import { CACHE_COLLECTIONS, type CacheCollection, type CollectionCounts, type SyncProgress } from '@shared/domain/sync'
import type { ProjectView } from '@shared/ipc/channels/project'
import { act, screen, within } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { CONNECTION, SCOPE } from './access-groups-fixtures'
import { installApi, renderUi } from './render'

// What the fake main's cache holds now: a sync fills it while the overview is on screen.
const cached: Record<string, number> = {}
let buildings = 0
let overviewReads = 0
let syncing = true

const counts = (): CollectionCounts => Object.fromEntries(CACHE_COLLECTIONS.map((c) => [c, cached[c] ?? 0])) as CollectionCounts

const view = (): ProjectView => ({
  projectName: 'Harbour View Residences',
  overview: { ...SCOPE, counts: counts(), buildings, devicesOffline: 0, sync: { ...SCOPE, asOf: null, collections: [] }, outboxCount: 0 },
  freshness: { kind: 'fresh', checkedAt: 0 },
  syncing,
})

const { emit } = installApi({
  'connections:list': () => ({ ok: true, value: [CONNECTION] }),
  'project:overview': () => {
    overviewReads++
    return { ok: true, value: view() }
  },
  'devices:list': () => ({ ok: true, value: { total: 0, offset: 0, items: [] } }),
})
const { OverviewView } = await import('../../../src/renderer/src/features/project/OverviewView')
const { useProjectStore } = await import('../../../src/renderer/src/stores/project/store')
const { OVERVIEW_REFRESH_MS } = await import('../../../src/renderer/src/query/follow-changes')

const progress = (collection: CacheCollection, done: number, total: number): SyncProgress => ({ ...SCOPE, collection, done, total, itemsPerSecond: null })

/** The number on the "What is cached" tile labelled `label`. */
const tile = (label: string) => within(screen.getByTestId('counts')).getByText(label).nextElementSibling?.textContent

beforeEach(() => {
  for (const key of Object.keys(cached)) delete cached[key]
  overviewReads = 0
  buildings = 0
  syncing = true
  useProjectStore.setState({ scope: SCOPE })
})

describe('the overview while a sync runs', () => {
  it('reads the counts again as pages land, at most once a second however many pages come', async () => {
    cached.staffAccesses = 500
    await renderUi(<OverviewView />)
    await screen.findByTestId('counts')
    expect(tile('Staff')).toBe('500')
    expect(tile('Buildings')).toBe('0')
    const readsBefore = overviewReads

    // The device list lands (and its buildings, which no progress bar counts), then a burst of
    // staff pages: main is asked once at once and once at the interval's end.
    cached.devices = 10_000
    buildings = 1250
    act(() => emit('sync:progress', progress('devices', 10_000, 10_000)))
    for (let done = 1000; done <= 5000; done += 500) {
      cached.staffAccesses = done
      act(() => emit('sync:progress', progress('staffAccesses', done, 20_000)))
    }
    await expect.poll(() => tile('Buildings'), { timeout: OVERVIEW_REFRESH_MS * 3 }).toBe('1,250')
    await expect.poll(() => overviewReads - readsBefore, { timeout: OVERVIEW_REFRESH_MS * 3 }).toBe(2)
    expect(tile('Staff')).toBe('5,000')

    // The sync ends: one more read, and the tile holds the final count.
    cached.staffAccesses = 20_000
    syncing = false
    act(() =>
      emit('sync:outcome', {
        ...SCOPE,
        kind: 'finished',
        summary: { ...SCOPE, startedAt: 0, finishedAt: 1, requests: 40, pagesFetched: 40, pagesWritten: 40, rowsRemoved: 0, statusChanges: 0 },
      }),
    )
    await expect.poll(() => tile('Staff')).toBe('20,000')
  })

  it('never shows fewer on a tile than its progress bar has read, while the cache is behind', async () => {
    cached.staffAccesses = 500
    await renderUi(<OverviewView />)
    await screen.findByTestId('counts')
    // The pages were read, their write has not landed yet: the cache still says 500.
    act(() => emit('sync:progress', progress('staffAccesses', 3000, 20_000)))
    await expect.poll(() => tile('Staff')).toBe('3,000')
    expect(within(screen.getByTestId('sync-progress')).getByText(/3,?000/)).toBeInTheDocument()
  })
})
