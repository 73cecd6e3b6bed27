/**
 * Search benchmark (run by `node bench/search.mjs`, not a test): a project cache with 20,000
 * devices (a relay each), 20,000 staff (a card, a PIN, two groups, a floor) and 20,000 persons,
 * written through the page writer as a sync writes them; then each kind of search the views
 * send, timed as the repositories run it (the first page and the count), printing ms per query (median
 * of BENCH_RUNS, 20). BENCH_ROWS (20000) sets the size of each list.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AkuvoxDevice, AkuvoxStaffAccessSummary } from '../src/shared/domain/akuvox'
import type { TuyaPerson } from '../src/shared/domain/tuya'
import { staffSearchTerms } from '../src/shared/search/staff-search'
import { akuvoxDeviceSpec, staffAccessSpec } from '../src/main/store/cache/akuvox-specs'
import { DevicesRepo } from '../src/main/store/cache/devices-repo'
import { contentHash } from '../src/main/store/cache/hash'
import { PageWriter } from '../src/main/store/cache/page-writer'
import { PeopleQueryRepo } from '../src/main/store/cache/people-query-repo'
import { SyncStateRepo } from '../src/main/store/cache/sync-state-repo'
import type { TableSpec } from '../src/main/store/cache/table-spec'
import { personSpec } from '../src/main/store/cache/tuya-specs'
import { ConnectionsRepo } from '../src/main/store/connections-repo'
import type { SqlDatabase } from '../src/main/store/driver'
import { openStore } from '../src/main/store/open-store'

const ROWS = Number(process.env.BENCH_ROWS ?? 20_000)
const RUNS = Number(process.env.BENCH_RUNS ?? 20)
const scope = { connectionId: 'c1', projectId: 'p1' }
const PAGE = { offset: 0, limit: 200 }

const hex = (n: number, width: number): string => n.toString(16).toUpperCase().padStart(width, '0')
const DOORS = ['Front Door', 'Back Door', 'Gate', 'Lobby', 'Garage', 'Bike Room']

const device = (i: number): AkuvoxDevice => ({
  deviceId: `d${i}`,
  deviceName: `Reader ${i}`,
  mac: `0C11${hex(i * 7919, 8)}`,
  buildingId: `b${i % 40}`,
  buildingName: `AB${String(i % 40).padStart(2, '0')}`,
  online: i % 9 !== 0,
  deviceType: 'Access Control',
  relays: [{ relayId: `r${i}`, relayName: `${DOORS[i % DOORS.length]} ${i}`, relayNumber: '1' }],
  securityRelays: [],
})

const staff = (i: number): AkuvoxStaffAccessSummary => ({
  staffAccessId: `s${i}`,
  staffAccessName: `Staff ${i}`,
  createdTime: '2025-01-01 00:00:00',
  faces: [],
  pinCodes: [{ pinCodeId: `p${i}`, number: String(10_000_000 + i) }],
  rfCards: [{ rfCardId: `c${i}`, number: hex(0x0a000000 + i * 13, 8) }],
  accessGroupNames: [`Group ${i % 60}`, `Crew ${i % 7}`],
  floorAccesses: [{ buildingName: `AB${String(i % 40).padStart(2, '0')}`, floors: [String(1 + (i % 30))] }],
})

const person = (i: number): TuyaPerson => ({
  personId: `t${i}`,
  name: `Person ${i}`,
  enabled: true,
  sex: 'unknown',
  sexStr: '',
  mobileCountry: '+86',
  mobile: `138${String(i * 3301).padStart(8, '0')}`,
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
  personCode: `E-${100_000 + i}`,
  structureIds: ['o1'],
  structureNames: ['Site'],
  structureName: 'Site',
  structureSnapshots: [],
})

function write<T>(db: SqlDatabase, spec: TableSpec<T>, coll: string, make: (i: number) => T): void {
  const writer = new PageWriter(db, new SyncStateRepo(db))
  const pages = Math.ceil(ROWS / 500)
  for (let p = 0; p < pages; p++) {
    const items = Array.from({ length: Math.min(500, ROWS - p * 500) }, (_, k) => make(p * 500 + k))
    writer.writePage(spec, scope, coll, p + 1, items, contentHash(items))
  }
  writer.finish(spec, scope, coll, pages, ROWS)
}

function time(label: string, run: () => number): void {
  const times: number[] = []
  let found = 0
  for (let r = 0; r < RUNS; r++) {
    const start = performance.now()
    found = run()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  const median = times[Math.floor(times.length / 2)] ?? 0
  console.log(`${label.padEnd(44)} ${median.toFixed(2).padStart(8)} ms/query  (${found} found)`)
}

const { db } = openStore(join(mkdtempSync(join(tmpdir(), 'fk-bench-search-')), 'fieldkey.db'))
new ConnectionsRepo(db).insert({
  id: 'c1',
  vendor: 'akuvox',
  label: 'bench',
  server: { kind: 'custom', baseUrl: 'http://127.0.0.1:9' },
  baseUrl: 'http://127.0.0.1:9',
  defaultProjectId: null,
  isDemo: false,
  createdAt: 0,
  lastUsedAt: null,
})
const started = performance.now()
write(db, akuvoxDeviceSpec(0), 'devices', device)
write(db, staffAccessSpec, 'staffAccesses', staff)
write(db, personSpec, 'persons', person)
db.exec('ANALYZE')
console.log(`${ROWS} devices, staff and persons written in ${((performance.now() - started) / 1000).toFixed(1)} s; median of ${RUNS} runs each:`)

const devices = new DevicesRepo(db)
const people = new PeopleQueryRepo(db)
const target = device(12_345 % ROWS)
const mac = target.mac.slice(-6)
// What the devices view asks: the first page and the count.
const deviceSearch = (search: string) => () => {
  devices.list(scope, { search, limit: PAGE.limit })
  return devices.count(scope, { search })
}
const staffSearch = (search: string) => () => people.staffPage(scope, staffSearchTerms(search), PAGE).total
const personSearch = (search: string) => () => people.persons(scope, { search }, null, PAGE).total
const s = staff(4_321 % ROWS)
const p = person(7_777 % ROWS)

time(`devices: MAC ${mac.match(/../g)?.join(':')}`, deviceSearch(mac.match(/../g)?.join(':') ?? ''))
time(`devices: MAC ${mac.match(/../g)?.join('-').toLowerCase()}`, deviceSearch(mac.match(/../g)?.join('-').toLowerCase() ?? ''))
time(`devices: relay "${target.relays[0]?.relayName}"`, deviceSearch(target.relays[0]?.relayName ?? ''))
time('devices: name "Reader 1999"', deviceSearch('Reader 1999'))
time(`staff: card ${s.rfCards[0]?.number}`, staffSearch(s.rfCards[0]?.number ?? ''))
time(`staff: card in decimal ${BigInt(`0x${s.rfCards[0]?.number}`)}`, staffSearch(String(BigInt(`0x${s.rfCards[0]?.number}`))))
time(`staff: PIN ${s.pinCodes[0]?.number}`, staffSearch(s.pinCodes[0]?.number ?? ''))
time('staff: group "crew 3"', staffSearch('crew 3'))
time('staff: floor 12', staffSearch('12'))
time('staff: name "Staff 4321"', staffSearch('Staff 4321'))
const m = p.mobile
time(`persons: mobile "${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}"`, personSearch(`${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`))
time(`persons: person code ${p.personCode}`, personSearch(p.personCode))
db.close()
