import type { ChecklistFilter, ChecklistState, DoorBase } from '../domain/checklist'
import { assertNever } from '../util/assert-never'

function inState(door: DoorBase, state: ChecklistState): boolean {
  switch (state) {
    case 'all':
      return true
    case 'untested':
      return door.check === null
    case 'fault':
      return door.check?.result === 'fault'
    case 'offline':
      return !door.online
    default:
      return assertNever(state, 'checklist state')
  }
}

export function matchesChecklistFilter(door: DoorBase, filter: ChecklistFilter): boolean {
  return (filter.buildingKey === null || door.buildingKey === filter.buildingKey) && inState(door, filter.state)
}

const KIND_ORDER = { relay: 0, security: 1, channel: 2 } as const

/** The order the checklist walks a site in: building, device, then relays before security relays, by name. */
export function compareDoors(a: DoorBase, b: DoorBase): number {
  return (
    compareText(a.buildingName ?? '', b.buildingName ?? '') ||
    compareText(a.deviceName, b.deviceName) ||
    compareText(a.deviceId, b.deviceId) ||
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    compareText(a.name, b.name) ||
    compareText(a.key, b.key)
  )
}

// One collator for every comparison: building one per call makes sorting a large site take seconds.
const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' })

function compareText(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0)
}
