import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AkuvoxAccessGroupInput } from '../../../src/shared/domain/akuvox'
import {
  type AkuvoxHarness,
  type ClientHarness,
  type SiteSnapshot,
  type StateDevice,
  type StateGroup,
  allDoorsOf,
  failureOf,
  siteOf,
  startAkuvoxHarness,
} from '../../helpers/akuvox'

let h: AkuvoxHarness
let c: ClientHarness
let site: SiteSnapshot
let entrance: StateDevice

beforeAll(async () => {
  h = await startAkuvoxHarness(21)
  c = h.makeClient()
  site = await siteOf(h)
  entrance = site.devices.find((d) => d.relays.length > 0 && d.securityRelays.length > 0) as StateDevice
})
afterAll(() => h.close())

const groupInput = (name: string, devices = [allDoorsOf(entrance)]): AkuvoxAccessGroupInput => ({
  projectId: site.projectId,
  accessGroupName: name,
  devices,
  repeatMode: 'weekly',
  availableDays: ['1', '3', '5'],
  startTime: '08:00:00',
  finishTime: '17:30:00',
})

const groupsNow = async (): Promise<StateGroup[]> => (await h.admin<StateGroup[]>('GET', 'state/access-groups')).filter((g) => g.project_id === site.projectId)

describe('get_access_group_list', () => {
  it('lists system and customized groups, every page', async () => {
    const groups = []
    for await (const g of c.client.iterateAccessGroups(site.projectId, { pageSize: 2, concurrency: 2 })) groups.push(g)
    // The site as it is now: other tests add groups to it.
    const now = await siteOf(h)
    expect(groups.map((g) => g.accessGroupId)).toEqual(now.groups.map((g) => g.id))
    expect(new Set(groups.map((g) => g.accessGroupType))).toEqual(new Set(['system', 'customized']))
    const system = groups.find((g) => g.accessGroupType === 'system')
    expect(system?.userCount).toBe(now.groups.find((g) => g.id === system?.accessGroupId)?.members.length)
    expect(groups.some((g) => g.repeatMode === 'weekly' && g.availableDays.length > 0)).toBe(true)
  })

  it('refuses a project that does not exist', async () => {
    const error = await failureOf(c.client.getAccessGroupList({ projectId: 'pnope', pageSize: 10, pageIndex: 1 }))
    expect(error.code).toBe('not_found')
  })
})

describe('get_access_group_info', () => {
  it('shows the group with only the relays it opens', async () => {
    const group = site.groups.find((g) => g.type === 'customized' && g.doors.length > 0) as StateGroup
    const info = await c.client.getAccessGroupInfo({ projectId: site.projectId, accessGroupId: group.id })
    expect(info.accessGroupName).toBe(group.name)
    expect(info.devices.map((d) => d.deviceId)).toEqual(group.doors.map((d) => d.deviceId))
    for (const device of info.devices) {
      const door = group.doors.find((d) => d.deviceId === device.deviceId)
      expect(device.relays.map((r) => r.relayId)).toEqual(door?.relayIds)
      expect(device.securityRelays.map((r) => r.relayId)).toEqual(door?.securityRelayIds)
    }
  })

  it('reports an unknown group as not found', async () => {
    const error = await failureOf(c.client.getAccessGroupInfo({ projectId: site.projectId, accessGroupId: 'a0123' }))
    expect(error.code).toBe('not_found')
  })
})

describe('get_access_group_device_list', () => {
  it('lists every device of all five types, with online status that follows the admin switch', async () => {
    const devices = await c.client.getAccessGroupDeviceList({ projectId: site.projectId })
    expect(devices.map((d) => d.deviceId)).toEqual(site.devices.map((d) => d.id))
    expect(new Set(devices.map((d) => d.deviceType)).size).toBe(5)
    expect(devices.some((d) => d.securityRelays.length > 0)).toBe(true)
    const target = devices[1]
    if (!target) throw new Error('no devices')
    await h.admin('POST', `devices/${target.deviceId}/online`, { online: !target.online })
    const after = await c.client.getAccessGroupDeviceList({ projectId: site.projectId })
    expect(after.find((d) => d.deviceId === target.deviceId)?.online).toBe(!target.online)
    await h.admin('POST', `devices/${target.deviceId}/online`, { online: null })
  })

  it('changes the online mix as the sandbox clock moves, deterministically', async () => {
    const snapshot = async (): Promise<string> =>
      (await c.client.getAccessGroupDeviceList({ projectId: site.projectId })).map((d) => (d.online ? '1' : '0')).join('')
    const seen = new Set<string>()
    for (let i = 0; i < 6; i++) {
      seen.add(await snapshot())
      await h.admin('POST', 'clock/advance', { ms: 5 * 60_000 })
    }
    expect(seen.size).toBeGreaterThan(1)
  })

  it('refuses a missing project id', async () => {
    const error = await failureOf(c.client.getAccessGroupDeviceList({ projectId: '' }))
    expect(error).toMatchObject({ code: 'invalid_input', vendor: { message: 'param.project_id must not be empty' } })
  })
})

describe('create_access_group_info', () => {
  it('creates a group with a vendor-shaped id', async () => {
    const { accessGroupId } = await c.client.createAccessGroup(groupInput('Cleaners'))
    expect(accessGroupId).toMatch(/^a[0-9a-f]{32}$/)
    const info = await c.client.getAccessGroupInfo({ projectId: site.projectId, accessGroupId })
    expect(info).toMatchObject({ accessGroupName: 'Cleaners', accessGroupType: 'customized', repeatMode: 'weekly', availableDays: ['1', '3', '5'] })
    expect(info.devices[0]?.securityRelays.length).toBe(entrance.securityRelays.length)
  })

  it('refuses a relay that is not on the device, and creates nothing', async () => {
    const before = (await groupsNow()).length
    const other = site.devices.find((d) => d.id !== entrance.id && d.relays.length > 0) as StateDevice
    const error = await failureOf(c.client.createAccessGroup(groupInput('Wrong relay', [{ ...allDoorsOf(entrance), relayIds: [other.relays[0]?.id ?? ''] }])))
    expect(error.code).toBe('not_found')
    expect((await groupsNow()).length).toBe(before)
  })

  it('refuses a MAC that does not match the device', async () => {
    const error = await failureOf(c.client.createAccessGroup(groupInput('Wrong mac', [{ ...allDoorsOf(entrance), mac: '000000000000' }])))
    expect(error).toMatchObject({ code: 'invalid_input', vendor: { message: `param.devices[0].mac does not match device ${entrance.id}` } })
  })
})

describe('update_access_group_info', () => {
  it('renames a group and changes its doors and schedule', async () => {
    const { accessGroupId } = await c.client.createAccessGroup(groupInput('Before'))
    const second = site.devices.find((d) => d.id !== entrance.id && d.relays.length > 0) as StateDevice
    await c.client.updateAccessGroup({
      ...groupInput('After', [{ ...allDoorsOf(second), relayIds: [second.relays[0]?.id ?? ''], securityRelayIds: [] }]),
      accessGroupId,
      repeatMode: 'daily',
      availableDays: [],
    })
    const info = await c.client.getAccessGroupInfo({ projectId: site.projectId, accessGroupId })
    expect(info).toMatchObject({ accessGroupName: 'After', repeatMode: 'daily' })
    expect(info.devices.map((d) => [d.deviceId, d.relays.length, d.securityRelays.length])).toEqual([[second.id, 1, 0]])
  })

  it('refuses a weekly schedule without days', async () => {
    const { accessGroupId } = await c.client.createAccessGroup(groupInput('Weekly'))
    const error = await failureOf(c.client.updateAccessGroup({ ...groupInput('Weekly'), accessGroupId, availableDays: [] }))
    expect(error.code).toBe('invalid_input')
  })
})

describe('delete_access_group_info', () => {
  it('deletes a customized group and unlinks it from staff', async () => {
    const { accessGroupId } = await c.client.createAccessGroup(groupInput('Temporary'))
    const { staffAccessId } = await c.client.createStaffAccess({ projectId: site.projectId, staffAccessName: 'Temp worker', accessGroupIds: [accessGroupId] })
    await c.client.deleteAccessGroup({ projectId: site.projectId, accessGroupId })
    expect((await groupsNow()).some((g) => g.id === accessGroupId)).toBe(false)
    expect((await c.client.getStaffAccessInfo({ projectId: site.projectId, staffAccessId })).accessGroups).toEqual([])
    expect((await failureOf(c.client.deleteAccessGroup({ projectId: site.projectId, accessGroupId }))).code).toBe('not_found')
  })

  it('refuses to delete a system group', async () => {
    const system = site.groups.find((g) => g.type === 'system') as StateGroup
    const error = await failureOf(c.client.deleteAccessGroup({ projectId: site.projectId, accessGroupId: system.id }))
    expect(error).toMatchObject({ code: 'forbidden', vendor: { code: 'not_allowed' } })
  })
})

describe('batch_delete_access_group_info', () => {
  it('deletes several groups at once', async () => {
    const a = await c.client.createAccessGroup(groupInput('Batch A'))
    const b = await c.client.createAccessGroup(groupInput('Batch B'))
    await c.client.batchDeleteAccessGroups({ projectId: site.projectId, accessGroupIds: [a.accessGroupId, b.accessGroupId] })
    const ids = new Set((await groupsNow()).map((g) => g.id))
    expect(ids.has(a.accessGroupId) || ids.has(b.accessGroupId)).toBe(false)
  })

  it('deletes nothing when one id is unknown, and refuses an empty batch', async () => {
    const a = await c.client.createAccessGroup(groupInput('Batch C'))
    const error = await failureOf(c.client.batchDeleteAccessGroups({ projectId: site.projectId, accessGroupIds: [a.accessGroupId, 'a404'] }))
    expect(error.code).toBe('not_found')
    expect((await groupsNow()).some((g) => g.id === a.accessGroupId)).toBe(true)
    expect((await failureOf(c.client.batchDeleteAccessGroups({ projectId: site.projectId, accessGroupIds: [] }))).code).toBe('invalid_input')
  })
})

describe('create_access_group_account_info / delete_access_group_account_info', () => {
  it('adds a resident to a group and removes them again', async () => {
    const { accessGroupId } = await c.client.createAccessGroup(groupInput('Residents club'))
    const [user] = site.users
    if (!user) throw new Error('no users')
    const membership = { projectId: site.projectId, accessGroupId, residenceId: user.residence_id, accountId: user.account_id }
    await c.client.createAccessGroupAccount(membership)
    const listed = async () =>
      (await c.client.getAccessGroupList({ projectId: site.projectId, pageSize: 500, pageIndex: 1 })).items.find((g) => g.accessGroupId === accessGroupId)
    expect((await listed())?.userCount).toBe(1)
    await c.client.deleteAccessGroupAccount({ ...membership, buildingId: user.building_id })
    expect((await listed())?.userCount).toBe(0)
  })

  it('refuses an account that is not in the residence', async () => {
    const [first, ...rest] = site.users
    const stranger = rest.find((u) => u.residence_id !== first?.residence_id)
    if (!first || !stranger) throw new Error('need two residences')
    const group = site.groups[0] as StateGroup
    const error = await failureOf(
      c.client.createAccessGroupAccount({
        projectId: site.projectId,
        accessGroupId: group.id,
        residenceId: first.residence_id,
        accountId: stranger.account_id,
      }),
    )
    expect(error.code).toBe('not_found')
  })

  it('refuses to remove a non-member or with the wrong building', async () => {
    const group = site.groups.find((g) => g.type === 'system') as StateGroup
    const [residenceId, accountId] = (group.members[0] ?? '').split('/') as [string, string]
    const user = site.users.find((u) => u.account_id === accountId) as (typeof site.users)[number]
    const wrongBuilding = site.buildings.find((b) => b.id !== user.building_id) as { id: string }
    const removal = { projectId: site.projectId, accessGroupId: group.id, residenceId, accountId }
    expect((await failureOf(c.client.deleteAccessGroupAccount({ ...removal, buildingId: wrongBuilding.id }))).code).toBe('invalid_input')
    const custom = await c.client.createAccessGroup(groupInput('Empty'))
    const notMember = await failureOf(c.client.deleteAccessGroupAccount({ ...removal, accessGroupId: custom.accessGroupId, buildingId: user.building_id }))
    expect(notMember.code).toBe('not_found')
  })
})
