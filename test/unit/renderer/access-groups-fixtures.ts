import type { AccessGroupRow, AccessGroupsListing, SiteDevice, SiteTree } from '@shared/domain/access-groups'
import type { Resident } from '@shared/domain/residents'
import type { ConnectionSummary } from '@shared/domain/connection'

export const SCOPE = { connectionId: '00000000-0000-4000-8000-000000000001', projectId: 'p1' }

/** A signed-in Akuvox connection as the connections store lists it. */
export function akuvoxConnection(id: string): ConnectionSummary {
  return {
    id,
    vendor: 'akuvox',
    label: 'Harbour View',
    server: { kind: 'custom', baseUrl: 'http://127.0.0.1:1' },
    baseUrl: 'http://127.0.0.1:1',
    defaultProjectId: 'p1',
    isDemo: false,
    createdAt: 0,
    lastUsedAt: null,
    hasCredentials: true,
    state: { kind: 'signedIn', at: 0 },
    account: { vendor: 'akuvox', clientId: 'c', username: 'u' },
  }
}

export const CONNECTION = akuvoxConnection(SCOPE.connectionId)

const relay = (id: string, name: string) => ({ relayId: id, name, number: id.slice(-1) })

const LOBBY: SiteDevice = {
  deviceId: 'd1',
  name: 'Lobby Door',
  mac: 'AA01',
  deviceType: 'Access Control',
  online: true,
  buildingId: 'b1',
  buildingName: 'Tower A',
  relays: [relay('r1', 'Main gate'), relay('r2', 'Side gate')],
  securityRelays: [relay('s1', 'Alarm')],
}

const GARAGE: SiteDevice = {
  deviceId: 'd2',
  name: 'Garage Panel',
  mac: 'BB02',
  deviceType: 'Guard Phone',
  online: false,
  buildingId: 'b2',
  buildingName: 'Tower B',
  relays: [relay('r3', 'Ramp')],
  securityRelays: [],
}

export const TREE: SiteTree = {
  buildings: [
    { buildingId: 'b1', name: 'Tower A', devices: [LOBBY] },
    { buildingId: 'b2', name: 'Tower B', devices: [GARAGE] },
  ],
}

const SYSTEM_ROW: AccessGroupRow = {
  id: 'g-sys',
  name: 'Tower A Residents',
  type: 'system',
  schedule: { repeatMode: 'daily', availableDays: [], startTime: '00:00:00', finishTime: '23:59:59' },
  doorCounts: { devices: 1, relays: 2, securityRelays: 1 },
  userCount: 12,
  createdTime: '2023-01-01 00:00:00',
  readOnly: true,
  pending: null,
}

/** Weekdays 07:00–19:00 in Shanghai: 23:00–11:00 UTC, Sunday to Thursday. */
export const GYM_ROW: AccessGroupRow = {
  id: 'g-gym',
  name: 'Gym',
  type: 'customized',
  schedule: { repeatMode: 'weekly', availableDays: ['0', '1', '2', '3', '4'], startTime: '23:00:00', finishTime: '11:00:00' },
  doorCounts: { devices: 2, relays: 2, securityRelays: 0 },
  userCount: 3,
  createdTime: '2024-05-01 10:00:00',
  readOnly: false,
  pending: null,
}

export const GYM_DOORS: readonly SiteDevice[] = [{ ...LOBBY, relays: [LOBBY.relays[0] as SiteDevice['relays'][number]], securityRelays: [] }, GARAGE]

export const LISTING: AccessGroupsListing = { groups: [SYSTEM_ROW, GYM_ROW], pending: [], syncedAt: Date.UTC(2026, 0, 5) }

export const RESIDENTS: readonly Resident[] = [
  { accountId: 'a1', residenceId: 'res1', residenceNo: '101', familyName: 'Lee', buildingId: 'b1', buildingName: 'Tower A', name: 'Ann Lee' },
  { accountId: 'a2', residenceId: 'res2', residenceNo: '202', familyName: 'Ng', buildingId: 'b2', buildingName: 'Tower B', name: 'Bo Ng' },
]
