import type { ChecklistDoor } from '../domain/checklist'

/** The checklist's columns, in order, for an export or the handover pack. */
export const CHECKLIST_COLUMNS = ['building', 'device', 'door', 'state', 'groups', 'lastSend', 'result', 'method', 'note', 'testedAt'] as const
export type ChecklistColumn = (typeof CHECKLIST_COLUMNS)[number]
export type ChecklistRow = Readonly<Record<ChecklistColumn, string>>

/**
 * How the caller words what is not already text: the document's language and the site's time
 * zone belong to the caller, so the same rows serve any language.
 */
export interface ChecklistRowWords {
  /** Online or offline, with the last seen time. */
  readonly state: (door: ChecklistDoor) => string
  /** The groups that open the door with their schedules, one text. */
  readonly groups: (door: ChecklistDoor) => string
  /** The newest permission send's result, or empty. */
  readonly lastSend: (door: ChecklistDoor) => string
  /** Passed, fault or not tested. */
  readonly result: (door: ChecklistDoor) => string
  /** How it was opened; empty when not tested. */
  readonly method: (door: ChecklistDoor) => string
  /** When it was tested; empty when not tested. */
  readonly testedAt: (door: ChecklistDoor) => string
}

/** One row per door with named columns; a door without a building has an empty building. */
export function checklistRows(doors: readonly ChecklistDoor[], words: ChecklistRowWords): ChecklistRow[] {
  return doors.map((door) => ({
    building: door.buildingName ?? '',
    device: door.deviceName,
    door: door.name,
    state: words.state(door),
    groups: words.groups(door),
    lastSend: words.lastSend(door),
    result: words.result(door),
    method: door.check ? words.method(door) : '',
    note: door.check?.note ?? '',
    testedAt: door.check ? words.testedAt(door) : '',
  }))
}
