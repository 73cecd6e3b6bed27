import type { ReportChannel, ReportData, ReportGroup, ReportPeople } from '@shared/sends/types'
import type { TuyaPerson } from '@shared/domain/tuya'
import { AppErrorException, appError } from '@shared/errors'
import { isFailedRecord } from '@shared/sends/task-state'
import type { OutboxEntry } from '@shared/domain/outbox'
import { AccessGroupsRepo } from '../../store/cache/access-groups-repo'
import { DevicesRepo } from '../../store/cache/devices-repo'
import { ItemsRepo } from '../../store/cache/items-repo'
import { OverviewRepo } from '../../store/cache/overview-repo'
import type { CacheScope } from '../../store/cache/scope'
import { SendsRepo } from '../../store/cache/sends-repo'
import { ConnectionsRepo } from '../../store/connections-repo'
import { ProjectsRepo } from '../../store/projects-repo'
import type { SqlDatabase } from '../../store/driver'
import { lastSends } from './last-sends'
import { doorName, groupDoors } from '../report/group-doors'
import type { PackDoor } from '@shared/report/types'

const ALL = 1_000_000

/** The handover report's content, read from the cache only (it works on site without network). */
export function reportData(db: SqlDatabase, scope: CacheScope, outbox: readonly OutboxEntry[], preparedBy: string, now: number): ReportData {
  const connection = new ConnectionsRepo(db).get(scope.connectionId)
  if (!connection) throw new AppErrorException(appError('not_found', { detail: `connection ${scope.connectionId}` }))
  const overview = new OverviewRepo(db)
  const sends = new SendsRepo(db)
  const tuya = connection.vendor === 'tuya'
  return {
    generatedAt: now,
    preparedBy,
    vendor: connection.vendor,
    connectionLabel: connection.label,
    projectId: scope.projectId,
    projectName: new ProjectsRepo(db).list(scope.connectionId).find((p) => p.id === scope.projectId)?.name ?? null,
    syncedAt: overview.syncState(scope).asOf,
    devices: byName(new DevicesRepo(db).list(scope, { limit: ALL })),
    doors: tuya ? tuyaDoors(sends, scope) : akuvoxDoors(db, scope),
    channels: tuya ? reportChannels(sends, scope) : [],
    accessGroups: tuya ? [] : reportGroups(db, scope),
    people: tuya ? tuyaPeople(db, sends, scope) : akuvoxPeople(db, scope),
    outbox,
  }
}

const names = new Intl.Collator(undefined, { numeric: true })

/** Offline first (what the owner must look at), then by name as people count: "Door 2" before "Door 10". */
function byName<T extends { readonly online: boolean; readonly name: string }>(devices: readonly T[]): T[] {
  return [...devices].sort((a, b) => Number(a.online) - Number(b.online) || names.compare(a.name, b.name))
}

function reportChannels(sends: SendsRepo, scope: CacheScope): ReportChannel[] {
  const channels = sends.channels(scope)
  const last = lastSends(sends, scope, channels)
  return channels.map((c) => {
    const send = last.get(c.channelId) ?? null
    const failedNames = send
      ? sends
          .records(scope, send.task.authTaskId)
          .filter(isFailedRecord)
          .map((r) => r.name)
      : []
    return { channelId: c.channelId, name: c.name, deviceName: c.deviceName, online: c.online, lastSend: send, failedNames }
  })
}

function reportGroups(db: SqlDatabase, scope: CacheScope): ReportGroup[] {
  return new AccessGroupsRepo(db).list(scope).map((g) => ({ summary: g.summary, doors: groupDoors(g.detail) }))
}

/** Each relay and security relay of each device, with the groups whose cached detail holds it. */
function akuvoxDoors(db: SqlDatabase, scope: CacheScope): PackDoor[] {
  const opening = new Map<string, string[]>()
  for (const g of new AccessGroupsRepo(db).list(scope))
    for (const d of g.detail?.devices ?? [])
      for (const r of [...d.relays, ...d.securityRelays])
        opening.set(`${d.deviceId}/${r.relayId}`, [...(opening.get(`${d.deviceId}/${r.relayId}`) ?? []), g.summary.accessGroupName])
  const devices = new DevicesRepo(db)
  return byName(devices.list(scope, { limit: ALL })).flatMap((device) => {
    const detail = devices.get(scope, device.deviceId)
    const door = (kind: PackDoor['kind']) => (r: { readonly relayId: string; readonly name: string }) => ({
      name: doorName(device.name, r.name),
      deviceName: device.name,
      kind,
      online: device.online,
      groups: opening.get(`${device.deviceId}/${r.relayId}`) ?? [],
    })
    return detail ? [...detail.relays.map(door('relay')), ...detail.securityRelays.map(door('securityRelay'))] : []
  })
}

function tuyaDoors(sends: SendsRepo, scope: CacheScope): PackDoor[] {
  return byName(sends.channels(scope)).map((c) => ({ name: c.name, deviceName: c.deviceName, kind: 'channel', online: c.online, groups: [] }))
}

function tuyaPeople(db: SqlDatabase, sends: SendsRepo, scope: CacheScope): ReportPeople {
  const persons = new ItemsRepo(db).list('persons', scope, { limit: ALL }) as readonly TuyaPerson[]
  const withPermissions = new Set(sends.auths(scope).map((a) => a.personId)).size
  return { total: persons.length, enabled: persons.filter((p) => p.enabled).length, withPermissions }
}

function akuvoxPeople(db: SqlDatabase, scope: CacheScope): ReportPeople {
  const items = new ItemsRepo(db)
  const total = items.count('accounts', scope) + items.count('staffAccesses', scope)
  return { total, enabled: total, withPermissions: null }
}
