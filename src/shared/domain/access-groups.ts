/**
 * What the access-group views and wizard read and send. Groups come from the project
 * cache; a change that could not reach the cloud waits in the outbox and its group shows as
 * pending. Schedules travel as the API keeps them: times in UTC (see shared/schedule).
 */
import type { AkuvoxAccessGroupType, AkuvoxDeviceType, AkuvoxRepeatMode, AkuvoxSchedule } from './akuvox'
import type { OutboxState } from './outbox'
import type { AppError } from '../errors'

export type PendingKind = 'create' | 'update' | 'delete' | 'residents'

/** A change to a group that is in the outbox, waiting for the network and the installer's review. */
export interface PendingGroupChange {
  readonly outboxId: number
  readonly kind: PendingKind
  /** The group's name as the change has it (a delete: the name it had). */
  readonly name: string
  readonly accessGroupId: string | null
  readonly state: OutboxState
  readonly createdAt: number
  readonly lastError: AppError | null
}

export interface AccessGroupRow {
  /** The cloud's id; a create still in the outbox has none yet: `pending:<outboxId>`. */
  readonly id: string
  readonly name: string
  readonly type: AkuvoxAccessGroupType
  readonly schedule: AkuvoxSchedule
  /** Null while the group's doors have not been read from the cloud yet. */
  readonly doorCounts: DoorCounts | null
  readonly userCount: number
  readonly createdTime: string
  /** System groups belong to the cloud: shown, never changed or deleted here. */
  readonly readOnly: boolean
  readonly pending: PendingGroupChange | null
}

export interface DoorCounts {
  readonly devices: number
  readonly relays: number
  readonly securityRelays: number
}

export interface AccessGroupsListing {
  readonly groups: readonly AccessGroupRow[]
  /** Every change to this project's groups waiting in the outbox, oldest first. */
  readonly pending: readonly PendingGroupChange[]
  /** When the groups were last read from the cloud; null: never (sync first). */
  readonly syncedAt: number | null
}

export interface SiteRelay {
  readonly relayId: string
  readonly name: string
  readonly number: string
}

export interface SiteDevice {
  readonly deviceId: string
  readonly name: string
  readonly mac: string
  /** As the cloud words it; empty when the site tree does not know the device. */
  readonly deviceType: AkuvoxDeviceType
  readonly online: boolean
  readonly buildingId: string
  readonly buildingName: string
  readonly relays: readonly SiteRelay[]
  readonly securityRelays: readonly SiteRelay[]
}

export interface SiteBuilding {
  readonly buildingId: string
  readonly name: string
  readonly devices: readonly SiteDevice[]
}

/** Buildings → devices → relays and security relays, from the cache, for the doors step. */
export interface SiteTree {
  readonly buildings: readonly SiteBuilding[]
}

/** The doors of one device a group opens: what the installer picks in the wizard. */
export interface DoorSelection {
  readonly deviceId: string
  readonly relayIds: readonly string[]
  readonly securityRelayIds: readonly string[]
}

/** A schedule as the API stores it: `startTime`/`finishTime` in UTC. */
export interface UtcSchedule {
  readonly repeatMode: AkuvoxRepeatMode
  readonly availableDays: readonly string[]
  readonly startTime: string
  readonly finishTime: string
}

export interface AccessGroupDraft {
  readonly name: string
  readonly schedule: UtcSchedule
  readonly doors: readonly DoorSelection[]
}

export interface AccessGroupDetail {
  readonly row: AccessGroupRow
  /** The doors with their names as the cloud last said; null while not read yet. */
  readonly doors: readonly SiteDevice[] | null
}

export type SaveOutcome =
  | { readonly kind: 'saved'; readonly accessGroupId: string }
  /** Offline, or the network failed: the change is in the outbox and the group shows as pending. */
  | { readonly kind: 'queued'; readonly outboxId: number; readonly reason: AppError | null }

export type DeleteOutcome =
  | { readonly kind: 'deleted'; readonly accessGroupIds: readonly string[] }
  | { readonly kind: 'queued'; readonly outboxIds: readonly number[]; readonly reason: AppError | null }

export type ResidentChange =
  | { readonly kind: 'done'; readonly accountId: string }
  | { readonly kind: 'failed'; readonly accountId: string; readonly error: AppError }
  /** Offline, or the cloud could not be reached: waiting in the outbox. */
  | { readonly kind: 'queued'; readonly accountId: string; readonly outboxId: number }

export interface AccessGroupsChanged {
  readonly connectionId: string
  readonly projectId: string
}
