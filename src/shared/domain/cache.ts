/**
 * What the renderer reads about the local project cache: sync state and progress, cached
 * devices and channels with their health, and the outbox of changes waiting to be replayed.
 * Times are epoch milliseconds.
 */
import type { AkuvoxAccessGroupInput, AkuvoxAccessGroupUpdate, AkuvoxDeviceType, AkuvoxStaffAccessInput, AkuvoxStaffAccessUpdate } from './akuvox'
import type { AppError } from '../errors'
import type { TuyaPersonEdit, TuyaPersonInput, TuyaPersonMove } from './tuya'

/** One synced list. `accessGroupDetails` are the per-group info calls (doors of each group). */
export const CACHE_COLLECTIONS = [
  'devices',
  'accessGroups',
  'accessGroupDetails',
  'accounts',
  'staffAccesses',
  'importTasks',
  'organisations',
  'channels',
  'persons',
  'recycledPersons',
  'accessAuths',
  'authTasks',
  'authTaskRecords',
] as const
export type CacheCollection = (typeof CACHE_COLLECTIONS)[number]

export interface SyncProgress {
  readonly connectionId: string
  readonly projectId: string
  readonly collection: CacheCollection
  /** Items read so far in this collection (pages resumed from an earlier run count too). */
  readonly done: number
  /** Null while the cloud has not said how many there are. */
  readonly total: number | null
  /** Null until a second of reading has passed: a first page that came back at once says nothing about speed. */
  readonly itemsPerSecond: number | null
}

export interface CollectionSyncState {
  readonly collection: CacheCollection
  /**
   * When every page was last read. A sync that only checked the collection's first page (see
   * `SyncSummary.checkedOnly`) leaves it as it was: this is "checked in full N min ago".
   */
  readonly lastFullSyncAt: number | null
  readonly itemCount: number
  readonly contentHash: string | null
  /** A sync of this collection stopped part-way (cancel, crash); the next one resumes it. */
  readonly interrupted: boolean
}

export interface ProjectSyncState {
  readonly connectionId: string
  readonly projectId: string
  /** The oldest complete sync over the collections: what "as of" shows. Null if never whole. */
  readonly asOf: number | null
  readonly collections: readonly CollectionSyncState[]
}

export interface SyncSummary {
  readonly connectionId: string
  readonly projectId: string
  readonly startedAt: number
  readonly finishedAt: number
  readonly requests: number
  readonly pagesFetched: number
  /** Pages whose content differed from the cache and were written; 0 on an unchanged re-sync. */
  readonly pagesWritten: number
  readonly rowsRemoved: number
  readonly statusChanges: number
  /** Collections this sync did not read in full (see `CheckedCollection`); absent or empty when it read everything. */
  readonly checkedOnly?: readonly CheckedCollection[]
}

/**
 * A collection a sync only checked instead of reading it in full: its first page and its length
 * were as cached and its last full read was younger than the sync's max age, so the other pages
 * were not fetched (neither cloud offers a change feed). A change past the first page that kept
 * the length may be as old as that full read; a sync with `full: true` reads everything.
 */
export interface CheckedCollection {
  readonly collection: CacheCollection
  /** When every page was last read: "checked in full N min ago". */
  readonly lastFullSyncAt: number
}

// ---------------------------------------------------------------------------------- devices

export type CachedDeviceType = AkuvoxDeviceType | 'Tuya access controller'

export interface CachedRelay {
  readonly relayId: string
  readonly name: string
  readonly number: string
}

export interface CachedDevice {
  readonly deviceId: string
  readonly name: string
  readonly deviceType: CachedDeviceType
  readonly mac: string
  readonly buildingId: string | null
  readonly buildingName: string | null
  readonly online: boolean
  /** Online devices: the project's last status check. Offline: the last check that saw it online. */
  readonly lastSeenAt: number | null
  /** Since when the device has been in its current state, as far as Fieldkey saw. */
  readonly statusSince: number
}

export interface CachedDeviceDetail extends CachedDevice {
  readonly relays: readonly CachedRelay[]
  readonly securityRelays: readonly CachedRelay[]
}

export interface CachedBuilding {
  readonly buildingId: string
  readonly name: string
  readonly devices: number
  readonly offline: number
}

export interface DeviceFilter {
  readonly search?: string
  readonly deviceType?: CachedDeviceType
  readonly online?: boolean
  readonly buildingId?: string
  /** Offline first, then by building and name: what the devices view shows. */
  readonly offset?: number
  readonly limit?: number
}

export interface CachedChannel {
  readonly channelId: string
  readonly name: string
  readonly deviceId: string
  readonly deviceName: string
  readonly online: boolean
  readonly roomId: string
  readonly positionPath: string
}

export interface DeviceTransition {
  readonly deviceId: string
  readonly online: boolean
  readonly at: number
}

/** Why a project's device statuses can or cannot be trusted right now. */
export type StatusFreshness =
  | { readonly kind: 'fresh'; readonly checkedAt: number }
  /** The last polls failed for the network (or a timeout): the devices may be fine. */
  | { readonly kind: 'cloudUnreachable'; readonly since: number; readonly lastCheckedAt: number | null; readonly error: AppError | null }
  /** No successful check for `minutes` (or never): shown as "status stale (not checked for N min)". */
  | { readonly kind: 'stale'; readonly lastCheckedAt: number | null; readonly minutes: number | null }

export interface HealthChange {
  readonly connectionId: string
  readonly projectId: string
  readonly freshness: StatusFreshness
  readonly transitions: readonly DeviceTransition[]
  readonly offline: number
  readonly online: number
}

export type CollectionCounts = Readonly<Record<CacheCollection, number>>

export interface ProjectOverview {
  readonly connectionId: string
  readonly projectId: string
  readonly counts: CollectionCounts
  readonly buildings: number
  readonly devicesOffline: number
  readonly sync: ProjectSyncState
  readonly outboxCount: number
}

// ----------------------------------------------------------------------------------- outbox

/**
 * A change the installer made that is waiting for the cloud. Later issues add operations here;
 * each one names its vendor so the replay can refuse a change sent to the wrong kind of cloud.
 */
export type OutboxOperation =
  | { readonly kind: 'akuvox.accessGroup.create'; readonly input: AkuvoxAccessGroupInput }
  | { readonly kind: 'akuvox.accessGroup.update'; readonly input: AkuvoxAccessGroupUpdate }
  | { readonly kind: 'akuvox.accessGroup.delete'; readonly projectId: string; readonly accessGroupId: string }
  /**
   * `unconfirmed`: the first try failed on the network after it was sent, so it may have landed;
   * the replay looks for it before creating.
   */
  | { readonly kind: 'akuvox.staff.create'; readonly input: AkuvoxStaffAccessInput; readonly unconfirmed?: true }
  | { readonly kind: 'akuvox.staff.update'; readonly input: AkuvoxStaffAccessUpdate }
  /** One id: `delete_staff_access_info`; several: `batch_delete_staff_access_info` (all or nothing). */
  | { readonly kind: 'akuvox.staff.delete'; readonly projectId: string; readonly staffAccessIds: readonly string[] }
  | { readonly kind: 'tuya.person.add'; readonly input: TuyaPersonInput }
  | { readonly kind: 'tuya.person.edit'; readonly edit: TuyaPersonEdit }
  | { readonly kind: 'tuya.person.disable'; readonly personIds: readonly string[] }
  | { readonly kind: 'tuya.person.delete'; readonly move: TuyaPersonMove }
  | { readonly kind: 'tuya.person.recover'; readonly move: TuyaPersonMove }

export type OutboxOperationKind = OutboxOperation['kind']

/** The target as it was when the change was made: replay applies only if the cloud still agrees. */
export interface OutboxBase {
  readonly version: string
  readonly snapshot: unknown
}

export interface OutboxConflict {
  readonly base: OutboxBase
  /** Null when the target is gone from the cloud. */
  readonly current: OutboxBase | null
  readonly detectedAt: number
}

export type OutboxState = 'pending' | 'failed' | 'conflict'

export interface OutboxEntry {
  readonly id: number
  readonly connectionId: string
  readonly projectId: string
  readonly operation: OutboxOperation
  readonly targetIds: readonly string[]
  readonly base: OutboxBase | null
  readonly createdAt: number
  readonly state: OutboxState
  readonly attempts: number
  readonly lastAttemptAt: number | null
  readonly lastError: AppError | null
  readonly conflict: OutboxConflict | null
}

export type ReplayOutcome =
  | { readonly kind: 'applied'; readonly id: number }
  | { readonly kind: 'failed'; readonly id: number; readonly error: AppError }
  | { readonly kind: 'conflict'; readonly id: number; readonly conflict: OutboxConflict }
  /** Not tried: an earlier change to the same target did not go through in this replay. */
  | { readonly kind: 'skipped'; readonly id: number; readonly blockedBy: number }
