/**
 * The local project cache as sync fills it: the synced lists, their state and progress, and
 * what is cached per project. Times are epoch milliseconds.
 */

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
