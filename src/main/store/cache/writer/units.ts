import type { AkuvoxAccessGroup, AkuvoxImportResult } from '@shared/domain/akuvox'
import type { CacheScope } from '../scope'

/**
 * The serialisable units of cache writes a sync hands the cache writer (see `apply-units.ts`;
 * docs/architecture.md, Cache). A list's spec travels by name, with what the spec is built from.
 */
export type SpecRef =
  | { readonly name: 'akuvoxDevices'; readonly now: number }
  | { readonly name: 'accessGroups' }
  | { readonly name: 'accounts' }
  | { readonly name: 'staffAccesses' }
  | { readonly name: 'channels'; readonly now: number }
  | { readonly name: 'persons' }
  | { readonly name: 'recycledPersons' }
  | { readonly name: 'organisations' }
  | { readonly name: 'accessAuths' }
  | { readonly name: 'authTasks' }
  | { readonly name: 'authTaskRecords'; readonly taskId: string }

/** Device status to apply from a page's items (devices or channels), seen at `at`. */
export interface StatusStamp {
  readonly at: number
  /** The last status check before this sync: an offline device was last seen online then. */
  readonly previousCheck: number | null
}

export type WriteUnit =
  /** One page, written unless its content hash equals the stored page's, with its resume point. */
  | {
      readonly kind: 'page'
      readonly spec: SpecRef
      readonly scope: CacheScope
      readonly coll: string
      readonly pageNo: number
      readonly items: readonly unknown[]
      readonly status: StatusStamp | null
    }
  /** A list assembled from several answers: its non-empty pages as pages 1…, then finished, in one unit. */
  | {
      readonly kind: 'wholePages'
      readonly spec: SpecRef
      readonly scope: CacheScope
      readonly coll: string
      readonly pages: readonly (readonly unknown[])[]
      readonly at: number
      readonly status: StatusStamp | null
    }
  /** The list ended after `lastPage`: what lay beyond leaves, the collection is whole. */
  | { readonly kind: 'finish'; readonly spec: SpecRef; readonly scope: CacheScope; readonly coll: string; readonly lastPage: number; readonly at: number }
  /** A sub-collection that no longer exists: its rows and sync records leave. */
  | { readonly kind: 'forget'; readonly spec: SpecRef; readonly scope: CacheScope; readonly coll: string }
  /** A collection read by other means than pages (group details, import tasks) is whole. */
  | { readonly kind: 'complete'; readonly scope: CacheScope; readonly coll: string; readonly at: number; readonly itemCount: number; readonly hash: string }
  | { readonly kind: 'groupDetail'; readonly scope: CacheScope; readonly group: AkuvoxAccessGroup; readonly summaryHash: string; readonly at: number }
  | { readonly kind: 'importResult'; readonly scope: CacheScope; readonly result: AkuvoxImportResult; readonly at: number }

/** What a batch of units changed, for the sync's summary. */
export interface WriteCounts {
  readonly pagesWritten: number
  readonly rowsRemoved: number
  readonly statusChanges: number
}
