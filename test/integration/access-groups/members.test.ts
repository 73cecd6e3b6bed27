import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AccessGroupDraft } from '../../../src/shared/domain/access-groups'
import type { Resident } from '../../../src/shared/domain/residents'
import { type RunningSandboxes, startSandboxes } from '@fieldkey/sandbox'
import { type Harness, INSTALL, adminGet, adminSend, harness, sandboxGroup, twoDoorDevices } from './harness'

let sandboxes: RunningSandboxes
let h: Harness

beforeAll(async () => {
  sandboxes = await startSandboxes({ seed: 11 })
  const state = await adminGet<{ projects: { project_id: string }[] }>(sandboxes, '/akuvox/state')
  h = harness(sandboxes, state.projects[0]?.project_id ?? '')
  await h.service.refresh(h.scope)
})
afterAll(() => sandboxes.close())

async function newGroup(name: string): Promise<string> {
  const [a] = twoDoorDevices(h.service.siteTree(h.scope).buildings.flatMap((b) => b.devices))
  const draft: AccessGroupDraft = {
    name,
    schedule: { repeatMode: 'daily', availableDays: [], startTime: '06:00:00', finishTime: '18:00:00' },
    doors: [{ deviceId: a.deviceId, relayIds: [a.relays[0]?.relayId ?? ''], securityRelayIds: [] }],
  }
  const outcome = await h.service.create(h.scope, draft)
  if (outcome.kind !== 'saved') throw new Error(`${name} was not saved`)
  return outcome.accessGroupId
}

const ref = (r: Resident) => ({ accountId: r.accountId, residenceId: r.residenceId, buildingId: r.buildingId })
const page = { offset: 0, limit: 100 }
/** Added while offline: the outbox entry the residents wait in. */
async function addOffline(groupId: string, residents: readonly Resident[]): Promise<number> {
  h.online = false
  try {
    const [first] = await h.service.addResidents(h.scope, groupId, residents.map(ref))
    if (first?.kind !== 'queued') throw new Error('the add was not queued')
    return first.outboxId
  } finally {
    h.online = true
  }
}

const pick = (from: number, n: number): Resident[] => h.service.residents(h.scope).slice(from, from + n)

describe('the members Fieldkey added to a group', () => {
  it('names the residents added here, with when and from which installation, next to the count the cloud reports', async () => {
    const groupId = await newGroup('Members named')
    const [ana, bo] = pick(0, 2) as [Resident, Resident]
    const before = Date.now()
    await h.service.addResidents(h.scope, groupId, [ref(ana), ref(bo)])
    const members = h.service.members(h.scope, groupId, page)
    expect(members.userCount).toBe(2)
    expect(members.known.total).toBe(2)
    expect(members.known.items.map((m) => m.name)).toEqual([ana.name, bo.name])
    expect(members.known.items[0]).toMatchObject({
      accountId: ana.accountId,
      buildingName: ana.buildingName,
      residenceNo: ana.residenceNo,
      machineName: INSTALL.machineName,
      addedHere: true,
      queued: false,
    })
    expect(members.known.items[0]?.addedAt).toBeGreaterThanOrEqual(before)
    // Removed: no longer named; a refusal by the cloud records nothing.
    await h.service.removeResidents(h.scope, groupId, [ref(bo)])
    const again = await h.service.removeResidents(h.scope, groupId, [ref(bo)])
    expect(again[0]?.kind).toBe('failed')
    expect(h.service.members(h.scope, groupId, page).known.items.map((m) => m.accountId)).toEqual([ana.accountId])
    expect(h.service.members(h.scope, groupId, { ...page, accountIds: [bo.accountId] }).known.total).toBe(0)
  })

  it('offline, the residents are members waiting in the outbox; replayed, they have landed', async () => {
    const groupId = await newGroup('Members queued')
    const [cy, di] = pick(2, 2) as [Resident, Resident]
    const outboxId = await addOffline(groupId, [cy, di])
    expect(h.service.members(h.scope, groupId, page).known.items.map((m) => [m.accountId, m.queued])).toEqual([
      [cy.accountId, true],
      [di.accountId, true],
    ])
    expect(h.service.members(h.scope, groupId, page).knownWaiting).toBe(2)
    expect(await h.replay([outboxId])).toEqual([{ kind: 'applied', id: outboxId }])
    expect((await sandboxGroup(sandboxes, groupId))?.members).toHaveLength(2)
    expect(h.service.members(h.scope, groupId, page)).toMatchObject({ userCount: 2, knownWaiting: 0 })
    expect(h.service.members(h.scope, groupId, page).known.items.map((m) => m.queued)).toEqual([false, false])
  })

  it('a queued add that is discarded never made anyone a member', async () => {
    const groupId = await newGroup('Members discarded')
    const [ed] = pick(4, 1) as [Resident]
    const outboxId = await addOffline(groupId, [ed])
    expect(h.service.members(h.scope, groupId, page).known.total).toBe(1)
    expect(h.outbox.discard(outboxId)).toBe(true)
    expect(h.service.members(h.scope, groupId, page).known.total).toBe(0)
  })

  it('residents the network did not reach are recorded as waiting in the outbox', async () => {
    const groupId = await newGroup('Members part-way')
    const [fay, gus] = pick(6, 2) as [Resident, Resident]
    await adminSend(sandboxes, 'POST', '/faults/akuvox', { dropRate: 1 })
    try {
      await h.service.addResidents(h.scope, groupId, [ref(fay), ref(gus)])
    } finally {
      await adminSend(sandboxes, 'DELETE', '/faults/akuvox')
    }
    expect(h.service.members(h.scope, groupId, page).known.items.map((m) => m.queued)).toEqual([true, true])
  })
})
