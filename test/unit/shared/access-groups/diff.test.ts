import { describe, expect, it } from 'vitest'
import type { SiteDevice } from '../../../../src/shared/domain/access-groups'
import { type GroupSnapshot, diffGroups } from '../../../../src/shared/access-groups/diff'

const relay = (id: string) => ({ relayId: id, name: `Door ${id}`, number: id })
const device = (id: string, relays: string[], security: string[] = []): SiteDevice => ({
  deviceId: id,
  name: `Device ${id}`,
  mac: `MAC${id}`,
  deviceType: 'Access Control',
  online: true,
  buildingId: 'b1',
  buildingName: 'A',
  relays: relays.map(relay),
  securityRelays: security.map(relay),
})
const weekly = { repeatMode: 'weekly' as const, availableDays: ['1', '2', '3'], startTime: '07:00:00', finishTime: '19:00:00' }

describe('the diff of a group before and after an edit', () => {
  const before: GroupSnapshot = { name: 'Gym', schedule: weekly, doors: [device('d1', ['r1', 'r2']), device('d2', ['r3'], ['s1'])] }

  it('nothing changed', () => {
    expect(diffGroups(before, before).unchanged).toBe(true)
    // Same days in another order are the same schedule.
    expect(diffGroups(before, { ...before, schedule: { ...weekly, availableDays: ['3', '2', '1'] } }).unchanged).toBe(true)
  })

  it('devices added and removed, relays and security relays added and removed per device', () => {
    const after: GroupSnapshot = { name: 'Gym', schedule: weekly, doors: [device('d1', ['r2', 'r9']), device('d3', ['r4'])] }
    const diff = diffGroups(before, after)
    expect(diff.addedDevices.map((d) => d.deviceId)).toEqual(['d3'])
    expect(diff.removedDevices.map((d) => d.deviceId)).toEqual(['d2'])
    expect(diff.changedDevices).toEqual([
      {
        device: { deviceId: 'd1', name: 'Device d1', buildingName: 'A', online: true },
        addedRelays: [relay('r9')],
        removedRelays: [relay('r1')],
        addedSecurityRelays: [],
        removedSecurityRelays: [],
      },
    ])
    const security = diffGroups(before, { ...before, doors: [before.doors[0] as SiteDevice, device('d2', ['r3'])] })
    expect(security.changedDevices[0]).toMatchObject({ removedSecurityRelays: [relay('s1')], addedRelays: [] })
    expect(diff.unchanged).toBe(false)
  })

  it('schedule and name before → after', () => {
    const after: GroupSnapshot = { ...before, name: 'Gym (staff)', schedule: { ...weekly, availableDays: ['1', '2'] } }
    const diff = diffGroups(before, after)
    expect(diff.name).toEqual({ before: 'Gym', after: 'Gym (staff)' })
    expect(diff.schedule).toEqual({ before: weekly, after: after.schedule })
    expect(diff.changedDevices).toEqual([])
  })
})
