import { describe, expect, it } from 'vitest'
import type { SiteDevice, SiteTree } from '../../../src/shared/domain/access-groups'
import { filterTree } from '../../../src/renderer/src/features/access-groups/wizard/wizard-form'

const device = (deviceId: string, mac: string, relay: string): SiteDevice => ({
  deviceId,
  name: `Reader ${deviceId}`,
  mac,
  deviceType: 'Access Control',
  online: true,
  buildingId: 'b1',
  buildingName: 'Tower A',
  relays: [{ relayId: 'r1', name: relay, number: '1' }],
  securityRelays: [],
})
const TREE: SiteTree = {
  buildings: [{ buildingId: 'b1', name: 'Tower A', devices: [device('d1', '0C1105E315CD', 'Lobby'), device('d2', '0C1105AABBCC', 'Gate')] }],
}
const found = (search: string) => filterTree(TREE, search, 'all', new Map()).map((d) => d.deviceId)

describe("the wizard's door search", () => {
  it('finds a MAC typed with separators and in any case, as the devices view does', () => {
    for (const typed of ['e315cd', 'E3:15:CD', 'E3-15-CD']) expect(found(typed), typed).toEqual(['d1'])
    expect(found('lobby')).toEqual(['d1'])
    expect(found('Tower')).toEqual(['d1', 'd2'])
  })
})
