import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AccessGroupDetail, AccessGroupsListing } from '../../../src/shared/domain/access-groups'
import type { ChecklistDoor, ChecklistSummary } from '../../../src/shared/domain/checklist'
import type { ConnectionSummary } from '../../../src/shared/domain/connection'
import type { SyncOutcome } from '../../../src/shared/ipc/channels/sync'
import type { Page } from '../../../src/shared/page'
import { parseDoorKey } from '../../../src/shared/checklist/door-key'
import type { Core } from '../../../src/main/core/core'
import { testCore } from '../../helpers/core'

/** The door checklist through the real core and router, on the built-in demo sites. */
const dataDir = mkdtempSync(join(tmpdir(), 'fk-checklist-'))
let core: Core
const context = { origin: 'headless' } as const

async function call<T>(channel: string, input: unknown): Promise<T> {
  const result = await core.router.dispatch(channel, input, context)
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`)
  return result.value as T
}

async function syncedDemo(vendor: 'akuvox' | 'tuya'): Promise<{ connectionId: string; projectId: string }> {
  const demo = await call<ConnectionSummary>('connections:openDemo', { vendor })
  const [project] = await call<Array<{ id: string }>>('projects:list', { id: demo.id })
  const scope = { connectionId: demo.id, projectId: project?.id ?? '' }
  const outcome = new Promise<SyncOutcome>((resolve) => {
    const off = core.events.subscribe((channel, payload) => {
      if (channel === 'sync:outcome') {
        off()
        resolve(payload as SyncOutcome)
      }
    })
  })
  await call('sync:start', scope)
  expect((await outcome).kind).toBe('finished')
  return scope
}

let akuvox: { connectionId: string; projectId: string }

beforeAll(async () => {
  core = testCore({ dataDir })
  akuvox = await syncedDemo('akuvox')
})
afterAll(() => core.close())

describe('the door checklist on the Akuvox demo site', () => {
  it('lists every relay with its device, building and the groups whose doors hold it', async () => {
    const page = await call<Page<ChecklistDoor>>('checklist:doors', { ...akuvox, limit: 500 })
    expect(page.total).toBeGreaterThan(3)
    expect(page.items.every((d) => d.check === null && d.deviceName !== '' && d.buildingName !== null)).toBe(true)
    const listing = await call<AccessGroupsListing>('accessGroups:list', akuvox)
    // Each door's groups are exactly the groups whose doors name that relay.
    const withGroup = page.items.find((d) => d.groups.length > 0)
    expect(withGroup).toBeDefined()
    const ref = parseDoorKey(withGroup?.key ?? '')
    if (ref === null || ref.kind === 'channel') throw new Error('an Akuvox door is a relay')
    for (const group of listing.groups.slice(0, 20)) {
      const detail = await call<AccessGroupDetail>('accessGroups:detail', { ...akuvox, accessGroupId: group.id })
      const device = detail.doors?.find((d) => d.deviceId === ref.deviceId)
      const relays = ref.kind === 'relay' ? device?.relays : device?.securityRelays
      const opens = relays?.some((r) => r.relayId === ref.relayId) ?? false
      expect(
        withGroup?.groups.some((g) => g.accessGroupId === group.id),
        group.name,
      ).toBe(opens)
    }
  })

  it("keeps the installer's tests, filters by them and counts them per building, across a restart", async () => {
    const first = await call<Page<ChecklistDoor>>('checklist:doors', { ...akuvox, limit: 3 })
    const [a, b, c] = first.items
    if (!a || !b || !c) throw new Error('three doors')
    await call('checklist:record', { ...akuvox, doorKey: a.key, result: 'passed', method: 'card' })
    await call('checklist:record', { ...akuvox, doorKey: b.key, result: 'passed', method: 'pin', note: '  ' })
    const saved = await call<{ check: { note: string; result: string } }>('checklist:record', {
      ...akuvox,
      doorKey: c.key,
      result: 'fault',
      method: 'card',
      note: 'Strike does not release',
    })
    expect(saved.check).toMatchObject({ result: 'fault', note: 'Strike does not release' })

    const faults = await call<Page<ChecklistDoor>>('checklist:doors', { ...akuvox, state: 'fault' })
    expect(faults.items.map((d) => d.key)).toEqual([c.key])
    const untested = await call<Page<ChecklistDoor>>('checklist:doors', { ...akuvox, state: 'untested', limit: 500 })
    expect(untested.total).toBe(first.total - 3)
    const summary = await call<ChecklistSummary>('checklist:summary', akuvox)
    expect(summary.total).toMatchObject({ doors: first.total, tested: 3, faults: 1 })
    const building = summary.buildings.find((x) => x.buildingKey === a.buildingKey)
    expect(building?.tested).toBeGreaterThanOrEqual(1)

    // Started again with no network: the record is this computer's, read and written the same.
    await core.close()
    core = testCore({ dataDir, online: () => false })
    const again = await call<Page<ChecklistDoor>>('checklist:doors', { ...akuvox, limit: 3 })
    expect(again.items.map((d) => d.check?.result)).toEqual(['passed', 'passed', 'fault'])
    expect(again.items[1]?.check?.note).toBe('')
    expect(again.items[2]?.check?.note).toBe('Strike does not release')

    await call('checklist:record', { ...akuvox, doorKey: a.key, result: 'untested', method: 'card' })
    expect((await call<ChecklistSummary>('checklist:summary', akuvox)).total.tested).toBe(2)
    // Nothing of it waits for a cloud.
    expect(await call<unknown[]>('outbox:list', {})).toEqual([])
  })

  it('refuses a test of a door the site does not have, saying so', async () => {
    const result = await core.router.dispatch('checklist:record', { ...akuvox, doorKey: 'relay/no-such-device/1', result: 'passed', method: 'card' }, context)
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found', messageKey: 'errors.checklist.doorGone' } })
  })
})

describe('the door checklist on the Tuya demo site', () => {
  it('lists the channels as doors, each with the newest send to it', async () => {
    const tuya = await syncedDemo('tuya')
    const page = await call<Page<ChecklistDoor>>('checklist:doors', { ...tuya, limit: 500 })
    expect(page.total).toBeGreaterThan(0)
    expect(page.items.every((d) => d.kind === 'channel' && d.groups.length === 0)).toBe(true)
    const target = page.items[0]
    if (!target) throw new Error('a door')
    const channelId = parseDoorKey(target.key)
    if (channelId?.kind !== 'channel') throw new Error('a channel')
    const start = await call<{ outcome: string }>('sends:start', { ...tuya, draft: { channelIds: [channelId.channelId], kind: 'full', certificates: 'card' } })
    expect(start.outcome).toBe('sent')
    // The task list read into the cache, as the sends screen does.
    await call('sends:refreshTasks', tuya)
    const after = await call<Page<ChecklistDoor>>('checklist:doors', { ...tuya, limit: 500 })
    const sent = after.items.find((d) => d.key === target.key)
    // The send just started is the door's newest, whatever the demo site had sent to it before.
    expect(sent?.lastSend?.startedAt).toBeGreaterThan(target.lastSend?.startedAt ?? 0)
  })
})
