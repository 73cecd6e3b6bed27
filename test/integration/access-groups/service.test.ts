import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AccessGroupDraft } from '../../../src/shared/domain/access-groups'
import { type RunningSandboxes, startSandboxes } from '@fieldkey/sandbox'
import { AppErrorException } from '../../../src/shared/errors'
import { type Harness, adminGet, adminSend, harness, sandboxGroup, twoDoorDevices } from './harness'

let sandboxes: RunningSandboxes
let h: Harness

beforeAll(async () => {
  sandboxes = await startSandboxes({ seed: 5 })
  const state = await adminGet<{ projects: { project_id: string }[] }>(sandboxes, '/akuvox/state')
  h = harness(sandboxes, state.projects[0]?.project_id ?? '')
  await h.service.refresh(h.scope)
})
afterAll(() => sandboxes.close())

const devices = () => h.service.siteTree(h.scope).buildings.flatMap((b) => b.devices)

function weeklyDraft(name: string): AccessGroupDraft {
  const [a, b] = twoDoorDevices(devices())
  return {
    name,
    schedule: { repeatMode: 'weekly', availableDays: ['1', '3', '5'], startTime: '06:00:00', finishTime: '18:00:00' },
    doors: [
      { deviceId: a.deviceId, relayIds: [a.relays[0]?.relayId ?? ''], securityRelayIds: [] },
      { deviceId: b.deviceId, relayIds: [b.relays[0]?.relayId ?? ''], securityRelayIds: [] },
    ],
  }
}

/** A group of the test's own, saved in the cloud and the cache. */
async function newGroup(name: string): Promise<string> {
  const outcome = await h.service.create(h.scope, weeklyDraft(name))
  if (outcome.kind !== 'saved') throw new Error(`${name} was not saved: ${outcome.kind}`)
  return outcome.accessGroupId
}

async function expectCode(work: Promise<unknown>, code: string): Promise<void> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(AppErrorException)
  expect((error as AppErrorException).error.code).toBe(code)
}

describe('access groups service against the sandbox', () => {
  it('lists the cached groups: system ones read-only, with door counts and schedules', () => {
    const listing = h.service.list(h.scope)
    expect(listing.syncedAt).not.toBeNull()
    expect(listing.groups.some((g) => g.type === 'system' && g.readOnly)).toBe(true)
    const custom = listing.groups.find((g) => g.type === 'customized')
    expect(custom).toMatchObject({ readOnly: false, pending: null })
    expect(custom?.doorCounts?.devices).toBeGreaterThan(0)
    const detail = h.service.detail(h.scope, custom?.id ?? '')
    expect(detail.doors?.length).toBe(custom?.doorCounts?.devices)
  })

  it('creates a weekly group on two devices with one relay each: the cloud holds exactly that, the cache shows it', async () => {
    const draft = weeklyDraft('Night shift')
    const outcome = await h.service.create(h.scope, draft)
    expect(outcome.kind).toBe('saved')
    const groupId = outcome.kind === 'saved' ? outcome.accessGroupId : ''
    const cloud = await sandboxGroup(sandboxes, groupId)
    expect(cloud).toMatchObject({
      name: 'Night shift',
      type: 'customized',
      repeatMode: 'weekly',
      availableDays: ['1', '3', '5'],
      startTime: '06:00:00',
      finishTime: '18:00:00',
    })
    expect(cloud?.doors).toEqual(draft.doors)
    const row = h.service.list(h.scope).groups.find((g) => g.id === groupId)
    expect(row).toMatchObject({ name: 'Night shift', doorCounts: { devices: 2, relays: 2, securityRelays: 0 }, pending: null })
    expect(h.service.detail(h.scope, groupId).doors?.map((d) => d.deviceId)).toEqual(draft.doors.map((d) => d.deviceId))
  })

  it('a second group with a name another has (any case) is refused unless the installer confirmed it, naming that group; offline too', async () => {
    const groupsIn = async () => (await adminGet<{ name: string }[]>(sandboxes, '/akuvox/state/access-groups')).filter((g) => g.name === 'Night shift')
    const error = await h.service.create(h.scope, weeklyDraft('night SHIFT')).catch((e: unknown) => e)
    expect((error as AppErrorException).error).toMatchObject({
      code: 'duplicate_name',
      messageKey: 'errors.duplicate.groupName',
      params: { kind: 'groupName', value: 'night SHIFT', holder: 'Night shift' },
    })
    h.online = false
    try {
      await expectCode(h.service.create(h.scope, weeklyDraft('Night shift')), 'duplicate_name')
      // A queued create holds its name too.
      const queued = await h.service.create(h.scope, weeklyDraft('Queued name'))
      await expectCode(h.service.create(h.scope, weeklyDraft('Queued name')), 'duplicate_name')
      if (queued.kind === 'queued') h.outbox.discard(queued.outboxId)
    } finally {
      h.online = true
    }
    expect(await groupsIn()).toHaveLength(1)
    const second = await h.service.create(h.scope, weeklyDraft('Night shift'), [{ kind: 'groupName', value: 'Night shift' }])
    expect(second.kind).toBe('saved')
    expect(await groupsIn()).toHaveLength(2)
    // Editing a group that keeps its (shared) name is not asked again.
    const id = second.kind === 'saved' ? second.accessGroupId : ''
    expect((await h.service.update(h.scope, id, weeklyDraft('Night shift'))).kind).toBe('saved')
    await h.service.remove(h.scope, [id])
  })

  it('edits a group (a relay removed, other days): cloud and cache match', async () => {
    const groupId = await newGroup('Late shift')
    const draft = weeklyDraft('Late shift')
    const edited: AccessGroupDraft = {
      ...draft,
      schedule: { ...draft.schedule, availableDays: ['2', '4'] },
      doors: [draft.doors[0] as AccessGroupDraft['doors'][number]],
    }
    expect(await h.service.update(h.scope, groupId, edited)).toEqual({ kind: 'saved', accessGroupId: groupId })
    const cloud = await sandboxGroup(sandboxes, groupId)
    expect(cloud).toMatchObject({ availableDays: ['2', '4'], doors: edited.doors })
    expect(h.service.list(h.scope).groups.find((g) => g.id === groupId)?.schedule.availableDays).toEqual(['2', '4'])
  })

  it('adds two residents, then removes one; the user count follows', async () => {
    const groupId = await newGroup('Residents')
    const [first, second] = h.service.residents(h.scope)
    if (!first || !second) throw new Error('no residents')
    const refs = [first, second].map((r) => ({ accountId: r.accountId, residenceId: r.residenceId, buildingId: r.buildingId }))
    const added = await h.service.addResidents(h.scope, groupId, refs)
    expect(added).toEqual(refs.map((r) => ({ kind: 'done', accountId: r.accountId })))
    expect((await sandboxGroup(sandboxes, groupId))?.members).toEqual(refs.map((r) => `${r.residenceId}/${r.accountId}`))
    expect(h.service.list(h.scope).groups.find((g) => g.id === groupId)?.userCount).toBe(2)
    const removed = await h.service.removeResidents(h.scope, groupId, [refs[0] as (typeof refs)[number], refs[0] as (typeof refs)[number]])
    expect(removed[0]).toEqual({ kind: 'done', accountId: first.accountId })
    expect(removed[1]).toMatchObject({ kind: 'failed', error: { code: 'not_found' } })
    expect(h.service.list(h.scope).groups.find((g) => g.id === groupId)?.userCount).toBe(1)
  })

  it('offline, residents wait in the outbox as one change; replayed, the cloud holds them; removing a non-member again counts as done', async () => {
    const groupId = await newGroup('Offline residents')
    const [, , third, fourth] = h.service.residents(h.scope)
    if (!third || !fourth) throw new Error('not enough residents')
    const refs = [third, fourth].map((r) => ({ accountId: r.accountId, residenceId: r.residenceId, buildingId: r.buildingId }))
    h.online = false
    const queued = await h.service.addResidents(h.scope, groupId, refs)
    expect(queued.map((c) => c.kind)).toEqual(['queued', 'queued'])
    const outboxId = queued[0]?.kind === 'queued' ? queued[0].outboxId : 0
    expect(h.service.list(h.scope).groups.find((g) => g.id === groupId)?.pending).toMatchObject({ kind: 'residents', outboxId })
    const members = async () => (await sandboxGroup(sandboxes, groupId))?.members ?? []
    expect(await members()).not.toContain(`${refs[0]?.residenceId}/${refs[0]?.accountId}`)
    // A removal queued behind it, of one of them, twice over: the second finds nothing to remove.
    const removal = await h.service.removeResidents(h.scope, groupId, [refs[1] as (typeof refs)[number]])
    const again = await h.service.removeResidents(h.scope, groupId, [refs[1] as (typeof refs)[number]])
    h.online = true
    const ids = [outboxId, ...[removal[0], again[0]].map((c) => (c?.kind === 'queued' ? c.outboxId : 0))]
    expect(await h.replay(ids)).toEqual(ids.map((id) => ({ kind: 'applied', id })))
    const after = await members()
    expect(after).toContain(`${refs[0]?.residenceId}/${refs[0]?.accountId}`)
    expect(after).not.toContain(`${refs[1]?.residenceId}/${refs[1]?.accountId}`)
    expect(h.service.list(h.scope).groups.find((g) => g.id === groupId)?.pending).toBeNull()
    // The member count follows the cloud at once, not at the next sync.
    expect(h.service.list(h.scope).groups.find((g) => g.id === groupId)?.userCount).toBe(after.length)
  })

  it('a network failure part-way queues exactly the residents it did not reach', async () => {
    const groupId = await newGroup('Part-way')
    const [, , , , fifth, sixth] = h.service.residents(h.scope)
    if (!fifth || !sixth) throw new Error('not enough residents')
    const refs = [fifth, sixth].map((r) => ({ accountId: r.accountId, residenceId: r.residenceId, buildingId: r.buildingId }))
    await adminSend(sandboxes, 'POST', '/faults/akuvox', { dropRate: 1 })
    let changes
    try {
      changes = await h.service.addResidents(h.scope, groupId, refs)
    } finally {
      await adminSend(sandboxes, 'DELETE', '/faults/akuvox')
    }
    expect(changes.map((c) => c.kind)).toEqual(['queued', 'queued'])
    const entry = h.outbox.list(h.scope).find((e) => e.id === (changes[0]?.kind === 'queued' ? changes[0].outboxId : -1))
    expect(entry?.operation).toMatchObject({ kind: 'akuvox.accessGroup.residents', change: 'add', residents: refs })
    expect(await h.replay([entry?.id ?? 0])).toEqual([{ kind: 'applied', id: entry?.id }])
    expect((await sandboxGroup(sandboxes, groupId))?.members).toEqual(expect.arrayContaining(refs.map((r) => `${r.residenceId}/${r.accountId}`)))
  })

  it('refuses to change or delete a system group, and doors the site does not have', async () => {
    const system = h.service.list(h.scope).groups.find((g) => g.type === 'system')
    await expectCode(h.service.update(h.scope, system?.id ?? '', weeklyDraft('x')), 'forbidden')
    await expectCode(h.service.remove(h.scope, [system?.id ?? '']), 'forbidden')
    const bad = weeklyDraft('Bad')
    await expectCode(
      h.service.create(h.scope, { ...bad, doors: [{ deviceId: bad.doors[0]?.deviceId ?? '', relayIds: ['nope'], securityRelayIds: [] }] }),
      'invalid_input',
    )
  })

  it('deletes a group', async () => {
    const groupId = await newGroup('To delete')
    expect(await h.service.remove(h.scope, [groupId])).toEqual({ kind: 'deleted', accessGroupIds: [groupId] })
    expect(await sandboxGroup(sandboxes, groupId)).toBeUndefined()
    expect(h.service.list(h.scope).groups.some((g) => g.id === groupId)).toBe(false)
  })

  it('offline: the create waits in the outbox, shows as pending, and lands on replay', async () => {
    h.online = false
    const outcome = await h.service.create(h.scope, weeklyDraft('Offline group'))
    expect(outcome).toMatchObject({ kind: 'queued', reason: null })
    const outboxId = outcome.kind === 'queued' ? outcome.outboxId : 0
    const listing = h.service.list(h.scope)
    expect(listing.pending).toEqual([expect.objectContaining({ outboxId, kind: 'create', name: 'Offline group', state: 'pending' })])
    const row = listing.groups.find((g) => g.id === `pending:${outboxId}`)
    expect(row).toMatchObject({ name: 'Offline group', pending: { kind: 'create' }, doorCounts: { devices: 2, relays: 2 } })
    expect(h.service.detail(h.scope, row?.id ?? '').doors).toHaveLength(2)
    const groupsBefore = await adminGet<{ name: string }[]>(sandboxes, '/akuvox/state/access-groups')
    expect(groupsBefore.some((g) => g.name === 'Offline group')).toBe(false)

    h.online = true
    const announced = h.changes.length
    expect(await h.replay([outboxId])).toEqual([{ kind: 'applied', id: outboxId }])
    // The project was read again and announced, so every list shows the landed group at once,
    // and as a finished sync, so the overview's "As of" and counts read again too.
    expect(h.changes.slice(announced)).toEqual([h.scope])
    expect(h.syncOutcomes.at(-1)).toMatchObject({ ...h.scope, kind: 'finished' })
    const after = h.service.list(h.scope)
    expect(after.pending).toEqual([])
    const landed = after.groups.find((g) => g.name === 'Offline group')
    expect(landed).toMatchObject({ pending: null, doorCounts: { devices: 2, relays: 2 } })
    expect((await sandboxGroup(sandboxes, landed?.id ?? ''))?.doors).toHaveLength(2)
  })

  it('a network failure while online also queues the change (with the reason); an edit of a queued create replaces it', async () => {
    await adminSend(sandboxes, 'POST', '/faults/akuvox', { dropRate: 1 })
    try {
      const outcome = await h.service.create(h.scope, weeklyDraft('Flaky'))
      expect(outcome).toMatchObject({ kind: 'queued', reason: { code: 'network' } })
      const outboxId = outcome.kind === 'queued' ? outcome.outboxId : 0
      const again = await h.service.update(h.scope, `pending:${outboxId}`, { ...weeklyDraft('Flaky'), name: 'Flaky 2' })
      expect(again.kind).toBe('queued')
      expect(h.service.list(h.scope).pending.map((p) => p.name)).toEqual(['Flaky 2'])
      const removed = await h.service.remove(h.scope, [`pending:${(again.kind === 'queued' && again.outboxId) || 0}`])
      expect(removed.kind).toBe('deleted')
      expect(h.service.list(h.scope).pending).toEqual([])
    } finally {
      await adminSend(sandboxes, 'DELETE', '/faults/akuvox')
    }
  })

  it('batch-deletes two groups in one call; offline, each delete is queued and the rows show pending', async () => {
    const a = await h.service.create(h.scope, weeklyDraft('Batch A'))
    const b = await h.service.create(h.scope, weeklyDraft('Batch B'))
    const ids = [a, b].map((o) => (o.kind === 'saved' ? o.accessGroupId : ''))
    h.online = false
    const queued = await h.service.remove(h.scope, ids)
    expect(queued.kind).toBe('queued')
    expect(
      h.service
        .list(h.scope)
        .groups.filter((g) => ids.includes(g.id))
        .map((g) => g.pending?.kind),
    ).toEqual(['delete', 'delete'])
    for (const id of queued.kind === 'queued' ? queued.outboxIds : []) h.outbox.discard(id)
    h.online = true
    expect(await h.service.remove(h.scope, ids)).toEqual({ kind: 'deleted', accessGroupIds: ids })
    const left = await adminGet<{ id: string }[]>(sandboxes, '/akuvox/state/access-groups')
    expect(left.filter((g) => ids.includes(g.id))).toEqual([])
  })
})
