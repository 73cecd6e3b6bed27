import type { AccessGroupRow, DoorSelection, SiteDevice, SiteTree } from '@shared/domain/access-groups'
import { type LocalSchedule, type RepeatKind, type ToUtcResult, type Weekday, localToUtc, utcToLocal } from '@shared/schedule'
import { assertNever } from '@shared/util/assert-never'
import { FIELD_LIMITS } from '@shared/field-limits'
import { looksLikeMac, macKey } from '@shared/search/keys'

export interface PickedRelays {
  readonly relays: ReadonlySet<string>
  readonly security: ReadonlySet<string>
}

/** What the wizard edits: name, schedule in local time, and the picked relays per device. */
export interface WizardForm {
  readonly name: string
  readonly repeat: RepeatKind
  readonly days: readonly Weekday[]
  readonly start: string
  readonly finish: string
  readonly startDate: string
  readonly finishDate: string
  readonly picked: ReadonlyMap<string, PickedRelays>
}

export type NameProblem = 'empty' | 'tooLong' | null

export function nameProblem(name: string): NameProblem {
  const trimmed = name.trim()
  if (trimmed === '') return 'empty'
  return trimmed.length > FIELD_LIMITS.groupName ? 'tooLong' : null
}

export function emptyForm(today: string): WizardForm {
  return { name: '', repeat: 'weekly', days: [1, 2, 3, 4, 5], start: '07:00', finish: '19:00', startDate: today, finishDate: today, picked: new Map() }
}

function localSchedule(form: WizardForm): LocalSchedule {
  switch (form.repeat) {
    case 'daily':
      return { repeat: 'daily', start: form.start, finish: form.finish }
    case 'weekly':
      return { repeat: 'weekly', days: form.days, start: form.start, finish: form.finish }
    case 'never':
      return { repeat: 'never', startDate: form.startDate, start: form.start, finishDate: form.finishDate, finish: form.finish }
    default:
      return assertNever(form.repeat, 'repeat')
  }
}

export const convert = (form: WizardForm, timeZone: string, now: number): ToUtcResult => localToUtc(localSchedule(form), timeZone, now)

/** `HH:mm:ss` as typed: the seconds only when there are some (`07:00`, `23:59:59`). */
const typedForm = (clock: string): string => (clock.endsWith(':00') && clock.length === 8 ? clock.slice(0, 5) : clock)

/** The form for editing a group: its schedule back in site time, its doors picked. */
export function formFromGroup(row: AccessGroupRow, doors: readonly SiteDevice[], timeZone: string, now: number, today: string): WizardForm {
  const base = emptyForm(today)
  const local = utcToLocal(row.schedule, timeZone, now)
  const picked = new Map(
    doors.map((d) => [d.deviceId, { relays: new Set(d.relays.map((r) => r.relayId)), security: new Set(d.securityRelays.map((r) => r.relayId)) }]),
  )
  if (!local.ok) return { ...base, name: row.name, picked }
  const s = local.local
  return {
    ...base,
    name: row.name,
    repeat: s.repeat,
    days: s.repeat === 'weekly' ? s.days : base.days,
    start: typedForm(s.start),
    finish: typedForm(s.finish),
    startDate: s.repeat === 'never' ? s.startDate : today,
    finishDate: s.repeat === 'never' ? s.finishDate : today,
    picked,
  }
}

export function doorSelections(picked: ReadonlyMap<string, PickedRelays>): DoorSelection[] {
  return [...picked]
    .filter(([, p]) => p.relays.size + p.security.size > 0)
    .map(([deviceId, p]) => ({ deviceId, relayIds: [...p.relays], securityRelayIds: [...p.security] }))
}

/** The picked doors as named devices (only the picked relays), for the review and its diff. */
export function pickedDevices(picked: ReadonlyMap<string, PickedRelays>, tree: SiteTree): SiteDevice[] {
  return tree.buildings.flatMap((b) =>
    b.devices.flatMap((d) => {
      const p = picked.get(d.deviceId)
      if (!p || p.relays.size + p.security.size === 0) return []
      return [{ ...d, relays: d.relays.filter((r) => p.relays.has(r.relayId)), securityRelays: d.securityRelays.filter((r) => p.security.has(r.relayId)) }]
    }),
  )
}

/** Whole device on/off: every relay and security relay, or none. */
export function toggleDevice(picked: ReadonlyMap<string, PickedRelays>, device: SiteDevice, on: boolean): Map<string, PickedRelays> {
  const next = new Map(picked)
  if (on) next.set(device.deviceId, { relays: new Set(device.relays.map((r) => r.relayId)), security: new Set(device.securityRelays.map((r) => r.relayId)) })
  else next.delete(device.deviceId)
  return next
}

export function toggleRelay(
  picked: ReadonlyMap<string, PickedRelays>,
  deviceId: string,
  relayId: string,
  kind: 'relays' | 'security',
): Map<string, PickedRelays> {
  const next = new Map(picked)
  const current = next.get(deviceId) ?? { relays: new Set<string>(), security: new Set<string>() }
  const set = new Set(current[kind])
  if (set.has(relayId)) set.delete(relayId)
  else set.add(relayId)
  const updated = { ...current, [kind]: set }
  if (updated.relays.size + updated.security.size === 0) next.delete(deviceId)
  else next.set(deviceId, updated)
  return next
}

export type DeviceFilter = 'all' | 'online' | 'offline' | 'picked'

/** Devices matching the search (building, device, MAC, relay names) and the filter. */
export function filterTree(tree: SiteTree, search: string, filter: DeviceFilter, picked: ReadonlyMap<string, PickedRelays>): SiteDevice[] {
  const needle = search.trim().toLocaleLowerCase()
  // A MAC is compared by its key, so "E3:15:CD" finds a device the cloud lists as "0C1105E315CD".
  const mac = looksLikeMac(search) ? macKey(search) : null
  return tree.buildings.flatMap((b) =>
    b.devices.filter((d) => {
      if (filter === 'online' && !d.online) return false
      if (filter === 'offline' && d.online) return false
      if (filter === 'picked' && !picked.has(d.deviceId)) return false
      if (needle === '') return true
      const texts = [b.name, d.name, d.mac, ...d.relays.map((r) => r.name), ...d.securityRelays.map((r) => r.name)]
      return texts.some((x) => x.toLocaleLowerCase().includes(needle)) || (mac !== null && macKey(d.mac).includes(mac))
    }),
  )
}
