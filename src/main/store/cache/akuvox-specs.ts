import type { AkuvoxAccessGroupSummary, AkuvoxDevice, AkuvoxRelay, AkuvoxStaffAccessSummary, AkuvoxUser } from '@shared/domain/akuvox'
import { cardKey, macKey, textKey } from '@shared/search/keys'
import { normalisePin } from '@shared/people/pin'
import type { SqlDatabase } from '../driver'
import { contentHash } from './hash'
import type { CacheScope } from './scope'
import { type TableSpec, deleteWhereIn } from './table-spec'

/** Online status is not content: it changes by itself and is kept by the status columns. */
export function deviceContent(device: AkuvoxDevice): Omit<AkuvoxDevice, 'online'> {
  const { online: _online, ...rest } = device
  return rest
}

/** Buildings have no list command: they are what the devices name. */
function rebuildBuildings(db: SqlDatabase, scope: CacheScope): void {
  db.run('DELETE FROM buildings WHERE connection_id = ? AND project_id = ?', scope.connectionId, scope.projectId)
  db.run(
    `INSERT INTO buildings (connection_id, project_id, id, name)
     SELECT connection_id, project_id, building_id, MIN(building_name) FROM devices
     WHERE connection_id = ? AND project_id = ? AND building_id IS NOT NULL GROUP BY building_id`,
    scope.connectionId,
    scope.projectId,
  )
}

function insertRelays(db: SqlDatabase, scope: CacheScope, deviceId: string, kind: 'relay' | 'security', relays: readonly AkuvoxRelay[]): void {
  for (const r of relays) {
    db.run(
      'INSERT OR REPLACE INTO relays (connection_id, project_id, device_id, kind, id, name, number) VALUES (?, ?, ?, ?, ?, ?, ?)',
      scope.connectionId,
      scope.projectId,
      deviceId,
      kind,
      r.relayId,
      r.relayName,
      r.relayNumber,
    )
  }
}

/** `now` stamps the status of devices seen for the first time. */
export function akuvoxDeviceSpec(now: number): TableSpec<AkuvoxDevice> {
  return {
    table: 'devices',
    key: (d) => d.deviceId,
    columns: ['name', 'device_type', 'mac', 'mac_key', 'building_id', 'building_name', 'online', 'last_seen_at', 'status_since'],
    insertOnly: ['online', 'last_seen_at', 'status_since'],
    values: (d) => [d.deviceName, d.deviceType, d.mac, macKey(d.mac), d.buildingId, d.buildingName, d.online ? 1 : 0, d.online ? now : null, now],
    json: deviceContent,
    children(db, scope, devices) {
      const ids = devices.map((d) => d.deviceId)
      deleteWhereIn(db, 'relays', 'device_id', scope, ids)
      for (const d of devices) {
        insertRelays(db, scope, d.deviceId, 'relay', d.relays)
        insertRelays(db, scope, d.deviceId, 'security', d.securityRelays)
      }
      rebuildBuildings(db, scope)
    },
    afterRemove(db, scope, ids) {
      deleteWhereIn(db, 'relays', 'device_id', scope, ids)
      rebuildBuildings(db, scope)
    },
  }
}

export const accessGroupSpec: TableSpec<AkuvoxAccessGroupSummary> = {
  table: 'access_groups',
  key: (g) => g.accessGroupId,
  columns: ['name', 'group_type', 'user_count', 'created_time', 'summary_hash'],
  values: (g) => [g.accessGroupName, g.accessGroupType, g.userCount, g.createdTime, contentHash(g)],
  json: (g) => g,
  afterRemove: (db, scope, ids) => deleteWhereIn(db, 'access_group_devices', 'group_id', scope, ids),
}

export const accountSpec: TableSpec<AkuvoxUser> = {
  table: 'accounts',
  key: (u) => u.accountId,
  columns: ['residence_id', 'residence_no', 'building_id', 'name', 'email', 'phone', 'role'],
  values: (u) => [u.residenceId, u.residenceNo, u.buildingId, u.accountName || `${u.firstName} ${u.lastName}`.trim(), u.email, u.phone, u.auth],
  json: (u) => u,
}

/** The keys staff search matches besides the name (src/shared/search/staff-match.ts says how). */
function insertSearchKeys(db: SqlDatabase, scope: CacheScope, staff: readonly AkuvoxStaffAccessSummary[]): void {
  const insert = 'INSERT OR IGNORE INTO staff_search_keys (connection_id, project_id, staff_id, field, key) VALUES (?, ?, ?, ?, ?)'
  for (const s of staff) {
    const put = (field: 'card' | 'pin' | 'group' | 'floor', key: string) => db.run(insert, scope.connectionId, scope.projectId, s.staffAccessId, field, key)
    for (const p of s.pinCodes) put('pin', normalisePin(p.number))
    for (const c of s.rfCards) put('card', cardKey(c.number))
    for (const g of s.accessGroupNames) put('group', textKey(g))
    for (const f of s.floorAccesses) for (const floor of f.floors) put('floor', floor.trim())
  }
}

export const staffAccessSpec: TableSpec<AkuvoxStaffAccessSummary> = {
  table: 'staff_accesses',
  key: (s) => s.staffAccessId,
  columns: ['name', 'created_time'],
  values: (s) => [s.staffAccessName, s.createdTime],
  json: (s) => s,
  children(db, scope, staff) {
    const ids = staff.map((s) => s.staffAccessId)
    deleteWhereIn(db, 'staff_credentials', 'staff_id', scope, ids)
    deleteWhereIn(db, 'staff_search_keys', 'staff_id', scope, ids)
    insertSearchKeys(db, scope, staff)
    const insert = 'INSERT OR REPLACE INTO staff_credentials (connection_id, project_id, staff_id, kind, id, number) VALUES (?, ?, ?, ?, ?, ?)'
    for (const s of staff) {
      for (const f of s.faces) db.run(insert, scope.connectionId, scope.projectId, s.staffAccessId, 'face', f.faceId, '')
      for (const p of s.pinCodes) db.run(insert, scope.connectionId, scope.projectId, s.staffAccessId, 'pin', p.pinCodeId, p.number)
      for (const c of s.rfCards) db.run(insert, scope.connectionId, scope.projectId, s.staffAccessId, 'rf_card', c.rfCardId, c.number)
    }
  },
  afterRemove(db, scope, ids) {
    deleteWhereIn(db, 'staff_credentials', 'staff_id', scope, ids)
    deleteWhereIn(db, 'staff_search_keys', 'staff_id', scope, ids)
  },
}
