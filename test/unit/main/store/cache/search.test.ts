import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { akuvoxDeviceSpec, staffAccessSpec } from '../../../../../src/main/store/cache/akuvox-specs'
import { DevicesRepo } from '../../../../../src/main/store/cache/devices-repo'
import { contentHash } from '../../../../../src/main/store/cache/hash'
import { ItemWritesRepo } from '../../../../../src/main/store/cache/item-writes-repo'
import { PageWriter } from '../../../../../src/main/store/cache/page-writer'
import { PeopleQueryRepo, staffWhere } from '../../../../../src/main/store/cache/people-query-repo'
import { SyncStateRepo } from '../../../../../src/main/store/cache/sync-state-repo'
import type { TableSpec } from '../../../../../src/main/store/cache/table-spec'
import { channelSpec, personSpec } from '../../../../../src/main/store/cache/tuya-specs'
import { type SqlDatabase, openNodeSqlite } from '../../../../../src/main/store/driver'
import { MIGRATIONS, migrate } from '../../../../../src/main/store/migrations'
import type { AkuvoxDevice, AkuvoxStaffAccessSummary } from '../../../../../src/shared/domain/akuvox'
import type { TuyaChannel, TuyaPerson } from '../../../../../src/shared/domain/tuya'
import { staffSearchTerms } from '../../../../../src/shared/search/staff-search'
import { storeWithConnection } from '../../../../helpers/store'

const scope = { connectionId: 'c1', projectId: 'p1' }
const PAGE = { offset: 0, limit: 50 }

const device = (id: string, mac: string, relay: string, over: Partial<AkuvoxDevice> = {}): AkuvoxDevice => ({
  deviceId: id,
  deviceName: `Reader ${id}`,
  mac,
  buildingId: 'b1',
  buildingName: 'Tower A',
  online: true,
  deviceType: 'Access Control',
  relays: [{ relayId: `${id}-r1`, relayName: relay, relayNumber: '1' }],
  securityRelays: [],
  ...over,
})

const staff = (id: string, name: string, over: Partial<AkuvoxStaffAccessSummary> = {}): AkuvoxStaffAccessSummary => ({
  staffAccessId: id,
  staffAccessName: name,
  createdTime: '2025-01-01 00:00:00',
  faces: [],
  pinCodes: [],
  rfCards: [],
  accessGroupNames: [],
  floorAccesses: [],
  ...over,
})

const ANA = staff('s1', 'Ana Lima', {
  pinCodes: [{ pinCodeId: 'p1', number: '480134' }],
  rfCards: [{ rfCardId: 'c1', number: '0A1B2C3D' }],
  accessGroupNames: ['Lobby cleaners'],
  floorAccesses: [{ buildingName: 'Tower A', floors: ['12'] }],
})
const BO = staff('s2', 'Bo Chen', { pinCodes: [{ pinCodeId: 'p2', number: '5566' }], accessGroupNames: ['Garage'] })

const person = (over: Partial<TuyaPerson>): TuyaPerson => ({
  personId: 'p-1',
  name: 'Mei Tan',
  enabled: true,
  sex: 'female',
  sexStr: '',
  mobileCountry: '+86',
  mobile: '',
  email: '',
  certArea: '',
  certType: '',
  certTypeStr: '',
  certNo: '',
  feature: '',
  imageUrl: '',
  imagePath: '',
  checked: false,
  imageRating: 0,
  pass: true,
  personCode: '',
  structureIds: ['o-a'],
  structureNames: ['Building A'],
  structureName: 'Building A',
  structureSnapshots: [],
  ...over,
})

const channel = (id: string, name: string, deviceId: string, mac: string): TuyaChannel => ({
  channelId: id,
  channelName: name,
  channelNo: '1',
  accessControlId: deviceId,
  accessControlName: 'Controller',
  deviceId,
  deviceName: `Controller ${deviceId}`,
  deviceSn: 'SN',
  deviceMac: mac,
  ipAddress: '',
  roomId: 'r1',
  positionPath: 'Site / Hall',
  online: true,
})

function write<T>(db: SqlDatabase, spec: TableSpec<T>, coll: string, items: readonly T[]): void {
  const writer = new PageWriter(db, new SyncStateRepo(db))
  writer.writePage(spec, scope, coll, 1, items, contentHash(items))
  writer.finish(spec, scope, coll, 1, 1_000)
}

const deviceIds = (db: SqlDatabase, search: string) => new DevicesRepo(db).list(scope, { search }).map((d) => d.deviceId)
const staffIds = (db: SqlDatabase, search: string) => new PeopleQueryRepo(db).staffPage(scope, staffSearchTerms(search), PAGE).items.map((s) => s.staffAccessId)
const personIds = (db: SqlDatabase, search: string) => new PeopleQueryRepo(db).persons(scope, { search }, null, PAGE).items.map((p) => p.personId)

describe('device search', () => {
  it('finds a MAC typed with any separators and in any case, and relay and door names', () => {
    const db = storeWithConnection('fk-search-')
    write(db, akuvoxDeviceSpec(0), 'devices', [device('d1', '0C1105E315CD', 'Lobby'), device('d2', '0C1105AABBCC', 'Garage gate')])
    for (const typed of ['e315cd', 'E3:15:CD', 'E3-15-CD', '05:e3:15']) expect(deviceIds(db, typed), typed).toEqual(['d1'])
    expect(deviceIds(db, 'lobby')).toEqual(['d1'])
    expect(deviceIds(db, 'Garage')).toEqual(['d2'])
    expect(deviceIds(db, 'Tower')).toHaveLength(2)
    write(db, channelSpec(0), 'channels', [channel('ch1', 'Main door', 'td1', '68:57:2D:00:11:22')])
    expect(deviceIds(db, 'main door')).toEqual(['td1'])
    expect(deviceIds(db, '68-57-2d-00')).toEqual(['td1'])
  })

  it('says which relay or door found a device its name, building and MAC did not', () => {
    const db = storeWithConnection('fk-search-')
    write(db, akuvoxDeviceSpec(0), 'devices', [device('d1', '0C1105E315CD', 'Lobby'), device('d2', '0C1105AABBCC', 'Gate', { deviceName: 'Lobby reader' })])
    write(db, channelSpec(0), 'channels', [channel('ch1', 'Lobby side door', 'td1', '68572D001122')])
    const found = new DevicesRepo(db).list(scope, { search: 'lobby' })
    expect(Object.fromEntries(found.map((d) => [d.deviceId, d.matched ?? null]))).toEqual({
      d1: { kind: 'relay', name: 'Lobby' },
      // Its own name says why it is there.
      d2: null,
      td1: { kind: 'door', name: 'Lobby side door' },
    })
    expect(new DevicesRepo(db).list(scope, { search: 'E3:15:CD' })[0]?.matched).toBeUndefined()
  })
})

describe('staff search', () => {
  it('finds a card in any of its formats, a PIN only whole, a group by a part and a floor by its number', () => {
    const db = storeWithConnection('fk-search-')
    write(db, staffAccessSpec, 'staffAccesses', [ANA, BO])
    expect(staffIds(db, 'Ana')).toEqual(['s1'])
    expect(staffIds(db, '0A1B2C3D')).toEqual(['s1'])
    expect(staffIds(db, '0a:1b:2c:3d')).toEqual(['s1'])
    expect(staffIds(db, '169552957')).toEqual(['s1'])
    expect(staffIds(db, '480134')).toEqual(['s1'])
    expect(staffIds(db, '4801')).toEqual([])
    expect(staffIds(db, '5566')).toEqual(['s2'])
    expect(staffIds(db, 'lobby')).toEqual(['s1'])
    expect(staffIds(db, 'garage')).toEqual(['s2'])
    expect(staffIds(db, '12')).toEqual(['s1'])
    expect(new PeopleQueryRepo(db).staffPage(scope, staffSearchTerms('0A1B2C3D'), PAGE).total).toBe(1)
  })

  it('follows the cache: a card taken off, or a staff access removed, is no longer found', () => {
    const db = storeWithConnection('fk-search-')
    write(db, staffAccessSpec, 'staffAccesses', [ANA, BO])
    const writes = new ItemWritesRepo(db)
    writes.putStaff(scope, [{ ...ANA, rfCards: [{ rfCardId: 'c9', number: '99887766' }] }])
    expect(staffIds(db, '0A1B2C3D')).toEqual([])
    expect(staffIds(db, '99887766')).toEqual(['s1'])
    writes.removeStaff(scope, ['s1'])
    expect(staffIds(db, '99887766')).toEqual([])
    expect(db.get<{ n: number }>("SELECT COUNT(*) AS n FROM staff_search_keys WHERE staff_id = 's1'")?.n).toBe(0)
  })

  it('looks cards, PINs, floors and groups up through the search-key index, not by reading every key', () => {
    const db = storeWithConnection('fk-search-')
    write(db, staffAccessSpec, 'staffAccesses', [ANA, BO])
    const { where, params } = staffWhere(scope, staffSearchTerms('1234'))
    const plan = db
      .all<{ detail: string }>(`EXPLAIN QUERY PLAN SELECT id FROM staff_accesses WHERE ${where}`, ...params)
      .map((r) => r.detail)
      .filter((d) => d.includes('staff_search_keys'))
    // One lookup per kind of key the text can be: a group (by a part), a card, a PIN.
    expect(plan).toHaveLength(3)
    for (const step of plan)
      expect(step).toMatch(/^SEARCH staff_search_keys USING (COVERING INDEX|PRIMARY KEY).*\(connection_id=\? AND project_id=\? AND field=\?/)
    // The exact keys (card, PIN) are found by their value, not by reading the field's keys.
    expect(plan.filter((step) => step.includes('key=?'))).toHaveLength(2)
  })
})

describe('persons search', () => {
  const MEI = person({ personId: 'p1', name: 'Mei Tan', mobile: '13812345678', personCode: 'E-1024' })
  const LI = person({ personId: 'p2', name: 'Li Wei', mobile: '139 0000 1111', personCode: 'E-2048' })

  it('finds a mobile however it is written, and a person code', () => {
    const db = storeWithConnection('fk-search-')
    write(db, personSpec, 'persons', [MEI, LI])
    for (const typed of ['138 1234 5678', '138-1234-5678', '+86 138 1234 5678', '13812345678', '5678']) expect(personIds(db, typed), typed).toEqual(['p1'])
    // A mobile stored with spaces is found by its digits.
    expect(personIds(db, '13900001111')).toEqual(['p2'])
    expect(personIds(db, 'e-2048')).toEqual(['p2'])
    expect(personIds(db, 'Mei')).toEqual(['p1'])
    expect(new PeopleQueryRepo(db).persons(scope, { mobile: '138-1234' }, null, PAGE).items.map((p) => p.personId)).toEqual(['p1'])
  })
})

describe('migration 9', () => {
  it('fills the search keys of rows cached before it', () => {
    const db = openNodeSqlite(join(mkdtempSync(join(tmpdir(), 'fk-search-')), 'fieldkey.db'))
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version < 9),
    )
    db.run("INSERT INTO connections (id, vendor, label, base_url, created_at) VALUES ('c1', 'akuvox', 'site', 'http://127.0.0.1:9', 0)")
    db.run(
      `INSERT INTO devices (connection_id, project_id, id, coll, page_no, name, device_type, mac, online, status_since, json)
       VALUES ('c1', 'p1', 'd1', 'devices', 1, 'Reader', 'Access Control', '0c:11:05:e3:15:cd', 1, 0, '{}')`,
    )
    db.run(
      "INSERT INTO staff_accesses (connection_id, project_id, id, coll, page_no, name, created_time, json) VALUES ('c1', 'p1', 's1', 'staffAccesses', 1, 'Ana Lima', '', ?)",
      JSON.stringify(ANA),
    )
    db.run("INSERT INTO staff_credentials (connection_id, project_id, staff_id, kind, id, number) VALUES ('c1', 'p1', 's1', 'pin', 'p1', '480134')")
    db.run("INSERT INTO staff_credentials (connection_id, project_id, staff_id, kind, id, number) VALUES ('c1', 'p1', 's1', 'rf_card', 'c1', '0a1b2c3d')")
    db.run(
      `INSERT INTO persons (connection_id, project_id, id, coll, page_no, name, enabled, mobile, email, person_code, json)
       VALUES ('c1', 'p1', 'p1', 'persons', 1, 'Mei Tan', 1, '+86 138-1234-5678', '', 'E-1', ?)`,
      JSON.stringify(person({ personId: 'p1' })),
    )
    expect(migrate(db)).toContain(9)
    expect(deviceIds(db, 'E3-15-CD')).toEqual(['d1'])
    expect(staffIds(db, '169552957')).toEqual(['s1'])
    expect(staffIds(db, '480134')).toEqual(['s1'])
    expect(staffIds(db, 'lobby')).toEqual(['s1'])
    expect(staffIds(db, '12')).toEqual(['s1'])
    expect(personIds(db, '138 1234 5678')).toEqual(['p1'])
  })
})
