import type { SiteDevice, SiteRelay, UtcSchedule } from '../domain/access-groups'
import type { AkuvoxSchedule } from '../domain/akuvox'
import { parseDays } from '../schedule/days'

/** A group as the review compares it: name, schedule (API form) and the doors with names. */
export interface GroupSnapshot {
  readonly name: string
  readonly schedule: UtcSchedule | AkuvoxSchedule
  readonly doors: readonly SiteDevice[]
}

export interface DeviceRef {
  readonly deviceId: string
  readonly name: string
  readonly buildingName: string
  readonly online: boolean
}

export interface DeviceChange {
  readonly device: DeviceRef
  readonly addedRelays: readonly SiteRelay[]
  readonly removedRelays: readonly SiteRelay[]
  readonly addedSecurityRelays: readonly SiteRelay[]
  readonly removedSecurityRelays: readonly SiteRelay[]
}

export interface GroupDiff {
  readonly name: { readonly before: string; readonly after: string } | null
  readonly schedule: { readonly before: GroupSnapshot['schedule']; readonly after: GroupSnapshot['schedule'] } | null
  /** Devices new to the group, with the relays it now opens on them. */
  readonly addedDevices: readonly SiteDevice[]
  /** Devices the group no longer opens, with the relays it opened. */
  readonly removedDevices: readonly SiteDevice[]
  /** Devices in both, whose relays changed. */
  readonly changedDevices: readonly DeviceChange[]
  readonly unchanged: boolean
}

const refOf = (d: SiteDevice): DeviceRef => ({ deviceId: d.deviceId, name: d.name, buildingName: d.buildingName, online: d.online })

function relayDiff(before: readonly SiteRelay[], after: readonly SiteRelay[]): { added: SiteRelay[]; removed: SiteRelay[] } {
  const had = new Set(before.map((r) => r.relayId))
  const has = new Set(after.map((r) => r.relayId))
  return { added: after.filter((r) => !had.has(r.relayId)), removed: before.filter((r) => !has.has(r.relayId)) }
}

function sameSchedule(a: GroupSnapshot['schedule'], b: GroupSnapshot['schedule']): boolean {
  const days = (s: GroupSnapshot['schedule']): string => (s.repeatMode === 'weekly' ? parseDays(s.availableDays).join(',') : '')
  return a.repeatMode === b.repeatMode && a.startTime === b.startTime && a.finishTime === b.finishTime && days(a) === days(b)
}

/** What an edit changes: the review shows exactly this before anything is saved. */
export function diffGroups(before: GroupSnapshot, after: GroupSnapshot): GroupDiff {
  const beforeById = new Map(before.doors.map((d) => [d.deviceId, d]))
  const afterIds = new Set(after.doors.map((d) => d.deviceId))
  const addedDevices = after.doors.filter((d) => !beforeById.has(d.deviceId))
  const removedDevices = before.doors.filter((d) => !afterIds.has(d.deviceId))
  const changedDevices: DeviceChange[] = []
  for (const d of after.doors) {
    const old = beforeById.get(d.deviceId)
    if (!old) continue
    const relays = relayDiff(old.relays, d.relays)
    const security = relayDiff(old.securityRelays, d.securityRelays)
    if (relays.added.length + relays.removed.length + security.added.length + security.removed.length === 0) continue
    changedDevices.push({
      device: refOf(d),
      addedRelays: relays.added,
      removedRelays: relays.removed,
      addedSecurityRelays: security.added,
      removedSecurityRelays: security.removed,
    })
  }
  const name = before.name.trim() === after.name.trim() ? null : { before: before.name, after: after.name }
  const schedule = sameSchedule(before.schedule, after.schedule) ? null : { before: before.schedule, after: after.schedule }
  return {
    name,
    schedule,
    addedDevices,
    removedDevices,
    changedDevices,
    unchanged: !name && !schedule && addedDevices.length === 0 && removedDevices.length === 0 && changedDevices.length === 0,
  }
}
