import type { ConnectionSummary } from '@shared/domain/connection'
import type { HealthChange } from '@shared/domain/devices'
import type { SyncProgress } from '@shared/domain/sync'
import type { ProjectView } from '@shared/ipc/channels/project'
import type { SyncOutcome } from '@shared/ipc/channels/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Core } from '../../../src/main/core/core'
import { type RunningSandboxes, startSandboxes } from '@fieldkey/sandbox'
import { testCore } from '../../helpers/core'

/** Opening a project through the router, as the renderer drives it: open, sync with progress, read devices. */
let sandboxes: RunningSandboxes
let core: Core
const events: Array<{ channel: string; payload: unknown }> = []

async function value<T>(channel: string, input?: unknown): Promise<T> {
  const result = await core.router.dispatch(channel, input, { origin: 'headless' })
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`)
  return result.value as T
}

function nextOutcome(): Promise<SyncOutcome> {
  return new Promise((resolve) => {
    const off = core.events.subscribe((channel, payload) => {
      if (channel === 'sync:outcome') {
        off()
        resolve(payload as SyncOutcome)
      }
    })
  })
}

function addAkuvox(label: string, a = sandboxes.info.akuvox): Promise<ConnectionSummary> {
  return value<ConnectionSummary>('connections:add', {
    vendor: 'akuvox',
    label,
    server: { kind: 'custom', baseUrl: a.baseUrl },
    credentials: { clientId: a.clientId, clientSecret: a.clientSecret, username: a.username, password: a.password },
  })
}

let akuvox: ConnectionSummary
let projectId: string

beforeAll(async () => {
  sandboxes = await startSandboxes({ seed: 5 })
  core = testCore()
  core.events.subscribe((channel, payload) => events.push({ channel, payload }))
  akuvox = await addAkuvox('Site')
  projectId = (await value<Array<{ id: string }>>('projects:list', { id: akuvox.id }))[0]!.id
})
afterAll(async () => {
  await core.close()
  await sandboxes.close()
})

/** The project's cache filled by a whole sync, for a test that reads it (an earlier one may have been cancelled). */
async function synced(): Promise<void> {
  const outcome = nextOutcome()
  await value<{ started: boolean }>('sync:start', { connectionId: akuvox.id, projectId })
  expect((await outcome).kind).toBe('finished')
}

describe('an open project', () => {
  it('opening an unsynced project starts a background sync that reports progress and its end', async () => {
    // A connection of this test's own, so its cache is empty whatever ran before.
    const fresh = await addAkuvox('Fresh site')
    // As the picker does: a project is opened from the connection's list.
    await value('projects:list', { id: fresh.id })
    const outcome = nextOutcome()
    const view = await value<ProjectView>('project:open', { connectionId: fresh.id, projectId })
    expect(view.syncing).toBe(true)
    expect(view.overview.sync.asOf).toBeNull()
    const end = await outcome
    expect(end.kind).toBe('finished')
    const progress = events.filter((e) => e.channel === 'sync:progress').map((e) => e.payload as SyncProgress)
    expect(new Set(progress.map((p) => p.collection))).toContain('devices')
    const after = await value<ProjectView>('project:overview', { connectionId: fresh.id, projectId })
    expect(after.syncing).toBe(false)
    expect(after.overview.sync.asOf).not.toBeNull()
    expect(after.overview.counts.devices).toBeGreaterThan(0)
  })

  it('reads devices from the cache with filters, offline first', async () => {
    await synced()
    const all = await value<{ items: Array<{ online: boolean; deviceId: string }>; total: number }>('devices:list', {
      connectionId: akuvox.id,
      projectId,
      limit: 500,
    })
    expect(all.total).toBe((await value<ProjectView>('project:overview', { connectionId: akuvox.id, projectId })).overview.counts.devices)
    const firstOnline = all.items.findIndex((d) => d.online)
    expect(all.items.slice(firstOnline).every((d) => d.online)).toBe(true)
    const offline = await value<{ items: Array<{ online: boolean }>; total: number }>('devices:list', { connectionId: akuvox.id, projectId, online: false })
    expect(offline.items.every((d) => !d.online)).toBe(true)
    const detail = await value<{ relays: unknown[] }>('devices:detail', { connectionId: akuvox.id, projectId, deviceId: all.items[0]!.deviceId })
    expect(Array.isArray(detail.relays)).toBe(true)
    expect((await value<unknown[]>('devices:buildings', { connectionId: akuvox.id, projectId })).length).toBeGreaterThan(0)
  })

  it('a device taken offline in the cloud shows as a transition on the next health check', async () => {
    await synced()
    const online = (await value<{ items: Array<{ deviceId: string }> }>('devices:list', { connectionId: akuvox.id, projectId, online: true, limit: 1 }))
      .items[0]!
    const res = await fetch(`${sandboxes.info.admin!.baseUrl}/akuvox/devices/${online.deviceId}/online`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ online: false }),
    })
    expect(res.ok).toBe(true)
    const change = await value<HealthChange>('health:check', { connectionId: akuvox.id, projectId })
    expect(change.transitions).toContainEqual(expect.objectContaining({ deviceId: online.deviceId, online: false }))
    expect(change.freshness.kind).toBe('fresh')
    const now = await value<{ items: Array<{ deviceId: string; online: boolean }> }>('devices:list', {
      connectionId: akuvox.id,
      projectId,
      search: online.deviceId,
    })
    expect(now.items.find((d) => d.deviceId === online.deviceId)?.online).toBe(false)
  })

  it('a sync can be cancelled and the outcome says so', async () => {
    const outcome = nextOutcome()
    expect((await value<{ started: boolean }>('sync:start', { connectionId: akuvox.id, projectId })).started).toBe(true)
    expect((await value<{ cancelled: boolean }>('sync:cancel', { connectionId: akuvox.id, projectId })).cancelled).toBe(true)
    const end = await outcome
    expect(end.kind === 'failed' ? end.error.code : end.kind).toMatch(/cancelled|finished/)
  })

  it('the outbox starts empty and refuses unknown entries', async () => {
    expect(await value<unknown[]>('outbox:list', {})).toEqual([])
    expect(await value<{ discarded: boolean }>('outbox:discard', { entryId: 999 })).toEqual({ discarded: false })
  })

  it('lists the projects from the cache once the cloud is gone', async () => {
    // A cloud of this test's own to take away; the other tests keep theirs.
    const cloud = await startSandboxes({ seed: 6 })
    const site = await addAkuvox('Going away', cloud.info.akuvox)
    const online = await value<Array<{ id: string; name: string }>>('projects:list', { id: site.id })
    await cloud.close()
    const offline = await value<Array<{ id: string; name: string }>>('projects:list', { id: site.id })
    expect(offline).toEqual(online)
  })
})
