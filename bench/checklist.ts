/**
 * Door checklist benchmark (run by `node bench/checklist.mjs`, not a test): a project cache with
 * BENCH_ROWS (20,000) Akuvox devices of two relays and a security relay each, in 40 buildings,
 * 200 access groups of 50 devices each, and a test recorded on every tenth door; then what the
 * checklist screen asks, timed as the service answers it, printing ms per call (median of
 * BENCH_RUNS, 20).
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AkuvoxAccessGroup, AkuvoxAccessGroupSummary, AkuvoxDevice } from '../src/shared/domain/akuvox'
import { doorKey } from '../src/shared/checklist/door-key'
import { ChecklistService } from '../src/main/services/checklist/checklist-service'
import { akuvoxDeviceSpec, accessGroupSpec } from '../src/main/store/cache/akuvox-specs'
import { AccessGroupsRepo } from '../src/main/store/cache/access-groups-repo'
import { ChecklistDoorsRepo } from '../src/main/store/cache/checklist-doors-repo'
import { contentHash } from '../src/main/store/cache/hash'
import { PageWriter } from '../src/main/store/cache/page-writer'
import { SyncStateRepo } from '../src/main/store/cache/sync-state-repo'
import type { TableSpec } from '../src/main/store/cache/table-spec'
import { ConnectionsRepo } from '../src/main/store/connections-repo'
import { DoorChecksRepo } from '../src/main/store/door-checks-repo'
import type { SqlDatabase } from '../src/main/store/driver'
import { openStore } from '../src/main/store/open-store'

const ROWS = Number(process.env.BENCH_ROWS ?? 20_000)
const RUNS = Number(process.env.BENCH_RUNS ?? 20)
const GROUPS = 200
const scope = { connectionId: 'c1', projectId: 'p1' }

const device = (i: number): AkuvoxDevice => ({
  deviceId: `d${i}`,
  deviceName: `Reader ${i}`,
  mac: `0C11${i.toString(16).toUpperCase().padStart(8, '0')}`,
  buildingId: `b${i % 40}`,
  buildingName: `AB${String(i % 40).padStart(2, '0')}`,
  online: i % 9 !== 0,
  deviceType: 'Access Control',
  relays: [
    { relayId: '1', relayName: `Front Door ${i}`, relayNumber: '1' },
    { relayId: '2', relayName: `Back Door ${i}`, relayNumber: '2' },
  ],
  securityRelays: [{ relayId: '1', relayName: `Security ${i}`, relayNumber: '1' }],
})

const group = (g: number): AkuvoxAccessGroupSummary => ({
  accessGroupId: `g${g}`,
  accessGroupName: `Group ${g}`,
  accessGroupType: 'customized',
  userCount: 10,
  createdTime: '2026-01-01 00:00:00',
  repeatMode: 'weekly',
  availableDays: ['1', '2', '3', '4', '5'],
  startTime: '23:00:00',
  finishTime: '11:00:00',
})

function write<T>(db: SqlDatabase, spec: TableSpec<T>, coll: string, count: number, make: (i: number) => T): void {
  const writer = new PageWriter(db, new SyncStateRepo(db))
  const pages = Math.ceil(count / 500)
  for (let p = 0; p < pages; p++) {
    const items = Array.from({ length: Math.min(500, count - p * 500) }, (_, k) => make(p * 500 + k))
    writer.writePage(spec, scope, coll, p + 1, items, contentHash(items))
  }
  writer.finish(spec, scope, coll, pages, count)
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
  console.log(`${label.padEnd(44)} ${median.toFixed(2).padStart(8)} ms/call  (${found})`)
}

const { db } = openStore(join(mkdtempSync(join(tmpdir(), 'fk-bench-checklist-')), 'fieldkey.db'))
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
write(db, akuvoxDeviceSpec(0), 'devices', ROWS, device)
write(db, accessGroupSpec, 'accessGroups', GROUPS, group)
const groups = new AccessGroupsRepo(db)
for (let g = 0; g < GROUPS; g++) {
  const detail: AkuvoxAccessGroup = { ...group(g), devices: Array.from({ length: 50 }, (_, k) => device((g * 50 + k) % ROWS)) }
  groups.writeDetail(scope, detail, 'h', 0)
}
const checks = new DoorChecksRepo(db)
db.transaction(() => {
  for (let i = 0; i < ROWS; i += 10) {
    checks.save(scope, doorKey({ kind: 'relay', deviceId: `d${i}`, relayId: '1' }), {
      result: i % 70 === 0 ? 'fault' : 'passed',
      method: 'card',
      note: '',
      testedAt: i,
    })
  }
})
db.exec('ANALYZE')
console.log(
  `${ROWS * 3} doors on ${ROWS} devices, ${GROUPS} groups, ${ROWS / 10} tests written in ${((performance.now() - started) / 1000).toFixed(1)} s; median of ${RUNS} runs each:`,
)

const service = new ChecklistService({ doors: new ChecklistDoorsRepo(db), checks, now: () => 1 })
time('checklist:doors, all, first 200', () => service.doors(scope, { state: 'all', buildingKey: null }, 0, 200).total)
time('checklist:doors, faults, first 200', () => service.doors(scope, { state: 'fault', buildingKey: null }, 0, 200).total)
time('checklist:doors, not tested in AB07, first 200', () => service.doors(scope, { state: 'untested', buildingKey: 'b7' }, 0, 200).total)
time('cache read of every door', () => new ChecklistDoorsRepo(db).doors(scope, 100_000).length)
time('checklist:summary', () => service.summary(scope).buildings.length)
time('checklist:record', () => (service.record(scope, { doorKey: 'security/d777/1', result: 'fault', method: 'pin', note: 'no click' }).check ? 1 : 0))
db.close()
