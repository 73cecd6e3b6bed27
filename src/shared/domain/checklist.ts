/** The installer's own per-door test record and the door list it is kept against. Times are epoch milliseconds. */
import type { AkuvoxSchedule } from './akuvox'
import type { TuyaCoded, TuyaTaskOutcome, TuyaTaskProgress } from './tuya'

/** A door as the clouds know it: an Akuvox relay or security relay of a device, or a Tuya channel. */
export type DoorRef =
  | { readonly kind: 'relay'; readonly deviceId: string; readonly relayId: string }
  | { readonly kind: 'security'; readonly deviceId: string; readonly relayId: string }
  | { readonly kind: 'channel'; readonly channelId: string }

export type DoorKind = DoorRef['kind']

/** What the installer found when they tried the door; a door with no record is not yet tested. */
export const DOOR_CHECK_RESULTS = ['passed', 'fault'] as const
export type DoorCheckResult = (typeof DOOR_CHECK_RESULTS)[number]

/** How the door was opened for the test. */
export const DOOR_CHECK_METHODS = ['card', 'pin', 'face', 'app', 'button', 'other'] as const
export type DoorCheckMethod = (typeof DOOR_CHECK_METHODS)[number]

export interface DoorCheck {
  readonly result: DoorCheckResult
  readonly method: DoorCheckMethod
  /** Empty when the installer wrote none. */
  readonly note: string
  readonly testedAt: number
}

/** An access group that opens the door, with its schedule as the cloud keeps it (UTC). */
export interface DoorGroup {
  readonly accessGroupId: string
  readonly name: string
  readonly schedule: AkuvoxSchedule
}

/** The newest cached permission send to a Tuya door. */
export interface DoorSend {
  readonly startedAt: number
  readonly finishedAt: number | null
  readonly progress: TuyaCoded<TuyaTaskProgress>
  readonly outcome: TuyaCoded<TuyaTaskOutcome>
}

/** What the checklist needs of a door to filter and count it. */
export interface DoorBase {
  readonly key: string
  readonly kind: DoorKind
  /** The building's id (Akuvox) or position path (Tuya); null when the cache names none. */
  readonly buildingKey: string | null
  readonly buildingName: string | null
  readonly deviceId: string
  readonly deviceName: string
  readonly name: string
  readonly online: boolean
  /** Online devices: the last status check. Offline: the last check that saw it online. */
  readonly lastSeenAt: number | null
  readonly check: DoorCheck | null
}

export interface ChecklistDoor extends DoorBase {
  /** Akuvox: the groups that open this relay. Tuya lists none. */
  readonly groups: readonly DoorGroup[]
  /** Tuya: the newest cached permission send to this door. */
  readonly lastSend: DoorSend | null
}

export const CHECKLIST_STATES = ['all', 'untested', 'fault', 'offline'] as const
export type ChecklistState = (typeof CHECKLIST_STATES)[number]

export interface ChecklistFilter {
  readonly state: ChecklistState
  /** A building's key, or null for every building. */
  readonly buildingKey: string | null
}

export interface BuildingProgress {
  readonly buildingKey: string | null
  readonly buildingName: string | null
  readonly doors: number
  /** Doors with a record, passed or faulty. */
  readonly tested: number
  readonly faults: number
  readonly offline: number
}

export interface ChecklistSummary {
  readonly buildings: readonly BuildingProgress[]
  readonly total: Omit<BuildingProgress, 'buildingKey' | 'buildingName'>
}
