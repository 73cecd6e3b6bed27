import { TUYA_ACCESS_CONTROLLER } from '@shared/domain/device-types'
import type { TuyaAccessAuth, TuyaAuthTask, TuyaChannel, TuyaCoded, TuyaOrganisation, TuyaPerson, TuyaTaskRecord } from '@shared/domain/tuya'
import { macKey, phoneKey } from '@shared/search/keys'
import type { SqlDatabase } from '../driver'
import type { CacheScope } from './scope'
import type { TableSpec } from './table-spec'

/** Online status is not content: it changes by itself and is kept by the status columns. */
function channelContent(channel: TuyaChannel): Omit<TuyaChannel, 'online'> {
  const { online: _online, ...rest } = channel
  return rest
}

function coded<T extends string>(value: TuyaCoded<T>): string {
  return value.known ? value.value : `code ${value.code}`
}

/** Tuya lists no devices: a device is what its channels name (one controller, 1–2 doors). */
function upsertDevices(db: SqlDatabase, scope: CacheScope, channels: readonly TuyaChannel[], now: number): void {
  for (const c of channels) {
    db.run(
      `INSERT INTO devices (connection_id, project_id, id, coll, page_no, name, device_type, mac, mac_key, building_id, building_name, online, last_seen_at, status_since, json)
       VALUES (?, ?, ?, 'channels', 0, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?)
       ON CONFLICT (connection_id, project_id, id) DO UPDATE SET name = excluded.name, mac = excluded.mac, mac_key = excluded.mac_key,
         building_name = excluded.building_name, json = excluded.json`,
      scope.connectionId,
      scope.projectId,
      c.deviceId,
      c.deviceName,
      TUYA_ACCESS_CONTROLLER,
      c.deviceMac,
      macKey(c.deviceMac),
      c.positionPath,
      c.online ? 1 : 0,
      c.online ? now : null,
      now,
      JSON.stringify({
        deviceId: c.deviceId,
        deviceName: c.deviceName,
        deviceSn: c.deviceSn,
        deviceMac: c.deviceMac,
        ipAddress: c.ipAddress,
        positionPath: c.positionPath,
      }),
    )
  }
}

function pruneDevices(db: SqlDatabase, scope: CacheScope): void {
  db.run(
    `DELETE FROM devices WHERE connection_id = ? AND project_id = ? AND coll = 'channels'
     AND id NOT IN (SELECT device_id FROM channels WHERE connection_id = ? AND project_id = ?)`,
    scope.connectionId,
    scope.projectId,
    scope.connectionId,
    scope.projectId,
  )
}

export function channelSpec(now: number): TableSpec<TuyaChannel> {
  return {
    table: 'channels',
    key: (c) => c.channelId,
    columns: ['name', 'device_id', 'device_name', 'online', 'room_id', 'position_path'],
    insertOnly: ['online'],
    values: (c) => [c.channelName, c.deviceId, c.deviceName, c.online ? 1 : 0, c.roomId, c.positionPath],
    json: channelContent,
    children: (db, scope, channels) => upsertDevices(db, scope, channels, now),
    afterRemove: (db, scope) => pruneDevices(db, scope),
  }
}

/** A stored mobile that is no phone number keeps its text: it is still found by containment. */
const mobileKey = (mobile: string): string => phoneKey(mobile) ?? mobile.trim()

export const personSpec: TableSpec<TuyaPerson> = {
  table: 'persons',
  key: (p) => p.personId,
  columns: ['name', 'enabled', 'mobile', 'mobile_key', 'email', 'person_code'],
  values: (p) => [p.name, p.enabled ? 1 : 0, p.mobile, mobileKey(p.mobile), p.email, p.personCode],
  json: (p) => p,
}

export const recycledPersonSpec: TableSpec<TuyaPerson> = {
  table: 'recycled_persons',
  key: (p) => p.personId,
  columns: ['name', 'mobile', 'mobile_key', 'person_code'],
  values: (p) => [p.name, p.mobile, mobileKey(p.mobile), p.personCode],
  json: (p) => p,
}

export const organisationSpec: TableSpec<TuyaOrganisation> = {
  table: 'organisations',
  key: (o) => o.structureId,
  columns: ['parent_id', 'name', 'level'],
  values: (o) => [o.parentStructureId, o.structureName, o.level],
  json: (o) => o,
}

export const accessAuthSpec: TableSpec<TuyaAccessAuth> = {
  table: 'access_auths',
  key: (a) => a.accessAuthId,
  columns: ['person_id', 'name', 'channel_id', 'channel_name', 'auth_start', 'auth_end'],
  values: (a) => [a.personId, a.name, a.accessControlChannelId, a.accessControlChannelName, a.authStartTime, a.authEndTime],
  json: (a) => a,
}

export const authTaskSpec: TableSpec<TuyaAuthTask> = {
  table: 'auth_tasks',
  key: (t) => t.authTaskId,
  columns: ['start_time', 'finish_time', 'channel_name', 'progress', 'outcome'],
  values: (t) => [t.taskStartTime, t.taskFinishTime, t.accessControlChannelName, coded(t.progress), coded(t.outcome)],
  json: (t) => t,
}

/** The records of one send task (their answer does not repeat the task id). */
export function authTaskRecordSpec(taskId: string): TableSpec<TuyaTaskRecord> {
  return {
    table: 'auth_task_records',
    key: (r) => r.authTaskRecordId,
    columns: ['task_id', 'person_id', 'name', 'issue_status'],
    values: (r) => [taskId, r.personId, r.name, coded(r.issueStatus)],
    json: (r) => r,
  }
}
