import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AccessGroupDraft } from '../../../src/shared/domain/access-groups'
import { type RunningSandboxes, startSandboxes } from '@fieldkey/sandbox'
import { clientFor } from '../../../src/main/services/connections/client-for'
import { sessionsFor } from '../sync/harness'
import { type Harness, adminGet, harness, sandboxGroup } from './harness'

/**
 * An access-group edit queued offline meets a newer group in the cloud: the merge keeps the
 * cloud's rename and door, the installer's days and removed door, as the sandbox then holds.
 */
let sandboxes: RunningSandboxes
let h: Harness

beforeAll(async () => {
  sandboxes = await startSandboxes({ seed: 5 })
  const state = await adminGet<{ projects: { project_id: string }[] }>(sandboxes, '/akuvox/state')
  h = harness(sandboxes, state.projects[0]?.project_id ?? '')
  await h.service.refresh(h.scope)
})
afterAll(() => sandboxes.close())

describe('a queued access-group edit in conflict with the cloud', () => {
  it('merges door by door: the cloud’s rename and added door stay, the installer’s removed door and new days land', async () => {
    const [a, b, c] = h.service
      .siteTree(h.scope)
      .buildings.flatMap((x) => x.devices)
      .filter((d) => d.relays.length > 0)
    if (!a || !b || !c) throw new Error('the site needs three devices with relays')
    const door = (d: typeof a) => ({ deviceId: d.deviceId, relayIds: [d.relays[0]?.relayId ?? ''], securityRelayIds: [] })
    const draft: AccessGroupDraft = {
      name: 'Night shift',
      schedule: { repeatMode: 'weekly', availableDays: ['1', '3', '5'], startTime: '06:00:00', finishTime: '18:00:00' },
      doors: [door(a), door(b)],
    }
    const created = await h.service.create(h.scope, draft)
    if (created.kind !== 'saved') throw new Error('create did not reach the sandbox')
    const groupId = created.accessGroupId

    h.online = false
    const queued = await h.service.update(h.scope, groupId, { ...draft, schedule: { ...draft.schedule, availableDays: ['2', '4'] }, doors: [door(a)] })
    h.online = true
    if (queued.kind !== 'queued') throw new Error('the edit was not queued')

    // Someone else, in the cloud: renamed, and a door on a third device added.
    const other = clientFor(await sessionsFor(sandboxes.info)(h.scope.connectionId), 'akuvox')
    const now = await other.getAccessGroupInfo({ projectId: h.scope.projectId, accessGroupId: groupId })
    const input = (d: typeof a) => ({ ...door(d), buildingId: d.buildingId, mac: d.mac })
    await other.updateAccessGroup({
      projectId: h.scope.projectId,
      accessGroupId: groupId,
      accessGroupName: 'Night shift (winter)',
      repeatMode: 'weekly',
      availableDays: now.availableDays,
      startTime: now.startTime,
      finishTime: now.finishTime,
      devices: [input(a), input(b), input(c)],
    })

    expect(await h.replay([queued.outboxId])).toMatchObject([{ kind: 'conflict' }])
    const review = h.outbox.review(queued.outboxId)
    expect(review?.fields.find((f) => f.key === 'groupName')).toMatchObject({ mine: 'Night shift', theirs: 'Night shift (winter)', conflict: false })
    expect(review?.names[`${c.deviceId}/r/${c.relays[0]?.relayId}`]).toBe(`${c.name} · ${c.relays[0]?.name}`)

    expect(h.outbox.resolve(queued.outboxId, { kind: 'merge', keepMine: [] })).toBe(true)
    expect(await h.replay([queued.outboxId])).toEqual([{ kind: 'applied', id: queued.outboxId }])
    const cloud = await sandboxGroup(sandboxes, groupId)
    expect(cloud).toMatchObject({ name: 'Night shift (winter)', availableDays: ['2', '4'] })
    expect(cloud?.doors.map((d) => d.deviceId).sort()).toEqual([a.deviceId, c.deviceId].sort())
  })
})
