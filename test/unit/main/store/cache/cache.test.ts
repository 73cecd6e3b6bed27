import { describe, expect, it } from 'vitest'
import type { AkuvoxDevice, AkuvoxStaffAccessSummary } from '../../../../../src/shared/domain/akuvox'
import type { DeviceFilter } from '../../../../../src/shared/domain/devices'
import { akuvoxDeviceSpec, staffAccessSpec } from '../../../../../src/main/store/cache/akuvox-specs'
import { DeviceStatusRepo } from '../../../../../src/main/store/cache/device-status-repo'
import { DevicesRepo } from '../../../../../src/main/store/cache/devices-repo'
import { contentHash } from '../../../../../src/main/store/cache/hash'
import { OverviewRepo } from '../../../../../src/main/store/cache/overview-repo'
import { PageWriter } from '../../../../../src/main/store/cache/page-writer'
import { SyncStateRepo } from '../../../../../src/main/store/cache/sync-state-repo'
import type { TableSpec } from '../../../../../src/main/store/cache/table-spec'
import { ConnectionsRepo } from '../../../../../src/main/store/connections-repo'
import type { SqlDatabase } from '../../../../../src/main/store/driver'
import { storeWithConnection } from '../../../../helpers/store'

const scope = { connectionId: 'c1', projectId: 'p1' }

const store = (): SqlDatabase => storeWithConnection('fk-cache-')

const device = (n: number, over: Partial<AkuvoxDevice> = {}): AkuvoxDevice => ({
  deviceId: `d${n}`,
  deviceName: `Door ${n}`,
  mac: `0C:11:00:00:00:${String(n).padStart(2, '0')}`,
  buildingId: n % 2 === 0 ? 'b1' : 'b2',
  buildingName: n % 2 === 0 ? 'AB01' : 'AB02',
  online: true,
  deviceType: 'Access Control',
  relays: [{ relayId: `r${n}`, relayName: 'Front', relayNumber: '1' }],
  securityRelays: [],
  ...over,
})

const staff = (n: number): AkuvoxStaffAccessSummary => ({
  staffAccessId: `s${n}`,
  staffAccessName: `Staff ${n}`,
  createdTime: '2025-01-01 00:00:00',
  faces: [],
  pinCodes: [{ pinCodeId: `pin${n}`, number: '1234' }],
  rfCards: [],
  accessGroupNames: [],
  floorAccesses: [],
})

function writeAll<T>(db: SqlDatabase, spec: TableSpec<T>, coll: string, pages: readonly (readonly T[])[]): { removed: number } {
  const writer = new PageWriter(db, new SyncStateRepo(db))
  let removed = 0
  pages.forEach((items, i) => {
    removed += writer.writePage(spec, scope, coll, i + 1, items, contentHash(items))
  })
  removed += writer.finish(spec, scope, coll, pages.length, 1_000).removed
  return { removed }
}

describe('the project cache', () => {
  it('removes the whole cache of a connection with the connection', () => {
    const db = store()
    writeAll(db, akuvoxDeviceSpec(0), 'devices', [[device(1), device(2)]])
    writeAll(db, staffAccessSpec, 'staffAccesses', [[staff(1)]])
    new DeviceStatusRepo(db).apply(scope, [{ deviceId: 'd1', online: false }], 5, 0)
    db.run(
      "INSERT INTO outbox (connection_id, project_id, operation, payload, target_ids, created_at, state) VALUES ('c1', 'p1', 'x', '{}', '[]', 0, 'pending')",
    )
    const tables = db.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%REFERENCES connections%'").map((r) => r.name)
    expect(tables.length).toBeGreaterThan(20)
    new ConnectionsRepo(db).delete('c1')
    for (const table of tables) expect(db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}`)?.n, table).toBe(0)
  })

  it('drops rows the server no longer lists, on rewritten pages and past the last page', () => {
    const db = store()
    writeAll(db, akuvoxDeviceSpec(0), 'devices', [[device(1), device(2)], [device(3)]])
    expect(new DevicesRepo(db).count(scope)).toBe(3)
    const { removed } = writeAll(db, akuvoxDeviceSpec(0), 'devices', [[device(1)]])
    expect(removed).toBe(2)
    expect(new DevicesRepo(db).list(scope).map((d) => d.deviceId)).toEqual(['d1'])
    expect(db.get<{ n: number }>('SELECT COUNT(*) AS n FROM relays')?.n).toBe(1)
    expect(new DevicesRepo(db).buildings(scope).map((b) => b.name)).toEqual(['AB02'])
    const state = new OverviewRepo(db).syncState(scope)
    expect(state.collections).toEqual([expect.objectContaining({ collection: 'devices', itemCount: 1, interrupted: false, lastFullSyncAt: 1_000 })])
  })

  it('keeps a page interrupted mid-list resumable and whole', () => {
    const db = store()
    const states = new SyncStateRepo(db)
    const writer = new PageWriter(db, states)
    writer.writePage(staffAccessSpec, scope, 'staffAccesses', 1, [staff(1), staff(2)], 'h1')
    expect(states.resumePage(scope, 'staffAccesses')).toBe(2)
    expect(new OverviewRepo(db).syncState(scope).collections[0]?.interrupted).toBe(true)
    expect(() =>
      db.transaction(() => {
        writer.writePage(staffAccessSpec, scope, 'staffAccesses', 2, [staff(3)], 'h2')
        throw new Error('killed mid-page')
      }),
    ).toThrow('killed')
    expect(states.resumePage(scope, 'staffAccesses')).toBe(2)
    expect(db.get<{ n: number }>('SELECT COUNT(*) AS n FROM staff_accesses')?.n).toBe(2)
    expect(db.get<{ n: number }>('SELECT COUNT(*) AS n FROM staff_credentials')?.n).toBe(2)
  })

  it("filters devices by kind whatever the case of the cloud's word, and keeps a type outside the kinds as the cloud wrote it", () => {
    const db = store()
    const types = ['Indoor Monitor', ' indoor MONITOR', 'Elevator Controller', 'Guard Phone']
    writeAll(db, akuvoxDeviceSpec(100), 'devices', [types.map((deviceType, i) => device(i + 1, { deviceType }))])
    const repo = new DevicesRepo(db)
    const ids = (filter: DeviceFilter) =>
      repo
        .list(scope, filter)
        .map((d) => d.deviceId)
        .sort()
    expect(ids({ deviceType: 'indoorMonitor' })).toEqual(['d1', 'd2'])
    expect(ids({ deviceType: 'guardPhone' })).toEqual(['d4'])
    expect(ids({ deviceType: 'other' })).toEqual(['d3'])
    expect(repo.get(scope, 'd3')?.deviceType).toBe('Elevator Controller')
  })

  it('records device status changes as transitions and filters, searches and orders devices offline first', () => {
    const db = store()
    writeAll(db, akuvoxDeviceSpec(100), 'devices', [[device(1), device(2), device(3, { deviceType: 'Indoor Monitor' })]])
    const status = new DeviceStatusRepo(db)
    expect(
      status.apply(
        scope,
        [
          { deviceId: 'd1', online: true },
          { deviceId: 'd9', online: false },
        ],
        200,
        100,
      ),
    ).toEqual([])
    expect(status.apply(scope, [{ deviceId: 'd2', online: false }], 300, 200)).toEqual([{ deviceId: 'd2', online: false, at: 300 }])
    const repo = new DevicesRepo(db)
    const list = repo.list(scope)
    expect(list[0]).toMatchObject({ deviceId: 'd2', online: false, lastSeenAt: 200, statusSince: 300, statusChangedAt: 300 })
    // Unchanged since the first sync cached it: when it got into its state is not known.
    expect(repo.get(scope, 'd1')).toMatchObject({ online: true, statusSince: 100, statusChangedAt: null })
    expect(repo.list(scope, { online: false }).map((d) => d.deviceId)).toEqual(['d2'])
    expect(repo.list(scope, { deviceType: 'indoorMonitor' }).map((d) => d.deviceId)).toEqual(['d3'])
    expect(repo.list(scope, { buildingId: 'b1' }).map((d) => d.deviceId)).toEqual(['d2'])
    expect(repo.list(scope, { search: ':00:03' }).map((d) => d.deviceId)).toEqual(['d3'])
    expect(repo.list(scope, { search: '100%' })).toEqual([])
    expect(repo.get(scope, 'd1')?.relays).toEqual([{ relayId: 'r1', name: 'Front', number: '1' }])
    expect(status.transitions(scope)).toEqual([{ deviceId: 'd2', online: false, at: 300 }])
    // A re-written page keeps the status the health monitor recorded.
    writeAll(db, akuvoxDeviceSpec(400), 'devices', [[device(1), device(2, { deviceName: 'Renamed' }), device(3)]])
    expect(repo.get(scope, 'd2')).toMatchObject({ name: 'Renamed', online: false })
  })
})
