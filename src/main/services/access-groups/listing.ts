import type { AccessGroupRow, DoorCounts, PendingGroupChange, SiteDevice } from '@shared/domain/access-groups'
import type { AkuvoxAccessGroup, AkuvoxAccessGroupDeviceInput, AkuvoxAccessGroupInput } from '@shared/domain/akuvox'
import type { OutboxEntry } from '@shared/domain/outbox'
import type { CachedAccessGroup } from '../../store/cache/access-groups-repo'
import { isGroupOperation, pendingChangeOf, pendingCreateId } from './pending'

function countsOf(devices: readonly { readonly relays: readonly unknown[]; readonly securityRelays: readonly unknown[] }[]): DoorCounts {
  return {
    devices: devices.length,
    relays: devices.reduce((n, d) => n + d.relays.length, 0),
    securityRelays: devices.reduce((n, d) => n + d.securityRelays.length, 0),
  }
}

function inputCounts(devices: readonly AkuvoxAccessGroupDeviceInput[]): DoorCounts {
  return countsOf(devices.map((d) => ({ relays: d.relayIds, securityRelays: d.securityRelayIds })))
}

function scheduleOf(input: AkuvoxAccessGroupInput): AccessGroupRow['schedule'] {
  return { repeatMode: input.repeatMode, availableDays: input.availableDays ?? [], startTime: input.startTime, finishTime: input.finishTime }
}

function cachedRow(group: CachedAccessGroup): AccessGroupRow {
  const s = group.summary
  return {
    id: s.accessGroupId,
    name: s.accessGroupName,
    type: s.accessGroupType,
    schedule: { repeatMode: s.repeatMode, availableDays: s.availableDays, startTime: s.startTime, finishTime: s.finishTime },
    doorCounts: group.detail ? countsOf(group.detail.devices) : null,
    userCount: s.userCount,
    createdTime: s.createdTime,
    readOnly: s.accessGroupType !== 'customized',
    pending: null,
  }
}

/**
 * The list as the installer should see it: the cached groups with what waits in the outbox laid
 * over them (the newest change of a group wins) and queued creates as rows of their own.
 */
export function mergeRows(cached: readonly CachedAccessGroup[], entries: readonly OutboxEntry[]): { rows: AccessGroupRow[]; pending: PendingGroupChange[] } {
  const rows = new Map(cached.map((g) => [g.summary.accessGroupId, cachedRow(g)]))
  const names = new Map(cached.map((g) => [g.summary.accessGroupId, g.summary.accessGroupName]))
  const pending: PendingGroupChange[] = []
  for (const entry of entries) {
    const op = entry.operation
    const change = pendingChangeOf(entry, names)
    if (!change || !isGroupOperation(op)) continue
    pending.push(change)
    if (op.kind === 'akuvox.accessGroup.create') {
      rows.set(pendingCreateId(entry.id), {
        id: pendingCreateId(entry.id),
        name: op.input.accessGroupName,
        type: 'customized',
        schedule: scheduleOf(op.input),
        doorCounts: inputCounts(op.input.devices),
        userCount: 0,
        createdTime: '',
        readOnly: false,
        pending: change,
      })
      continue
    }
    const id = op.kind === 'akuvox.accessGroup.update' ? op.input.accessGroupId : op.accessGroupId
    const row = rows.get(id)
    if (!row) continue
    rows.set(
      id,
      op.kind === 'akuvox.accessGroup.update'
        ? { ...row, name: op.input.accessGroupName, schedule: scheduleOf(op.input), doorCounts: inputCounts(op.input.devices), pending: change }
        : { ...row, pending: change },
    )
  }
  return { rows: [...rows.values()], pending }
}

/** The doors of a group as named devices: the cached info, with today's online status where known. */
export function doorsOfDetail(detail: AkuvoxAccessGroup, site: ReadonlyMap<string, SiteDevice>): SiteDevice[] {
  return detail.devices.map((d) => ({
    deviceId: d.deviceId,
    name: d.deviceName,
    mac: d.mac,
    deviceType: d.deviceType,
    online: site.get(d.deviceId)?.online ?? d.online,
    buildingId: d.buildingId,
    buildingName: d.buildingName,
    relays: d.relays.map((r) => ({ relayId: r.relayId, name: r.relayName, number: r.relayNumber })),
    securityRelays: d.securityRelays.map((r) => ({ relayId: r.relayId, name: r.relayName, number: r.relayNumber })),
  }))
}

/** The doors a queued change holds, named from the site tree (ids the tree lacks keep their id). */
export function doorsOfInput(devices: readonly AkuvoxAccessGroupDeviceInput[], site: ReadonlyMap<string, SiteDevice>): SiteDevice[] {
  return devices.map((d) => {
    const known = site.get(d.deviceId)
    const pick = (ids: readonly string[], from: SiteDevice['relays'] | undefined) =>
      ids.map((id) => from?.find((r) => r.relayId === id) ?? { relayId: id, name: id, number: '' })
    return {
      deviceId: d.deviceId,
      name: known?.name ?? d.deviceId,
      mac: d.mac,
      deviceType: known?.deviceType ?? '',
      online: known?.online ?? false,
      buildingId: d.buildingId,
      buildingName: known?.buildingName ?? '',
      relays: pick(d.relayIds, known?.relays),
      securityRelays: pick(d.securityRelayIds, known?.securityRelays),
    }
  })
}
