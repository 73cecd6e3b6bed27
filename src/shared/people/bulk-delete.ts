import type { AppError } from '../errors'
import type { PersonsFilter } from './persons'

/**
 * Staff the installer picked for a batch action, described the way main resolves it against the
 * cache when the action runs, so no message grows with the number of staff:
 * - `ids`: rows ticked one by one or the rows shown (at most SELECTION_MAX_IDS);
 * - `matching`: every staff the search finds (the search the list shows), minus the rows
 *   unticked afterwards;
 * - `importRun`: exactly the staff one import created, those still in the project.
 */
export type StaffSelection =
  | { readonly kind: 'ids'; readonly staffAccessIds: readonly string[] }
  | { readonly kind: 'matching'; readonly search: string; readonly except: readonly string[] }
  | { readonly kind: 'importRun'; readonly runId: string }

/**
 * Persons picked for a batch action: ticked ones (at most SELECTION_MAX_IDS), or everything the
 * list's filters find minus the rows unticked since.
 */
export type PersonSelection =
  | { readonly kind: 'ids'; readonly personIds: readonly string[] }
  | { readonly kind: 'matching'; readonly filter: PersonsFilter; readonly except: readonly string[] }

/** The most ids a selection, or the rows unticked from "all matching", may name. */
export const SELECTION_MAX_IDS = 500

/** How many names a confirmation shows before "and N more". */
export const SUMMARY_NAMES = 3

/** What a confirmation names: how many, and the first few names in list order. */
export interface SelectionSummary {
  readonly count: number
  readonly firstNames: readonly string[]
}

/** At most this many ids go in one `batch_delete_staff_access_info` call. */
export const STAFF_DELETE_BATCH = 100

/** At most this many ids go in one Tuya delete (to the recycle bin). */
export const PERSON_DELETE_BATCH = 100

/** How many failed names a job keeps to show (the count covers all of them). */
export const FAILED_NAMES_KEPT = 5

export type BulkDeleteState = 'running' | 'cancelling' | 'finished' | 'cancelled'

/** A batch delete as it runs, fixed in size whatever the selection. */
export interface BulkDeleteProgress {
  readonly jobId: string
  readonly connectionId: string
  readonly projectId: string
  readonly state: BulkDeleteState
  readonly total: number
  /** Staff handled so far (deleted, queued or failed). */
  readonly done: number
  readonly deleted: number
  /** Waiting in the outbox (offline, or the network failed under a batch). */
  readonly queued: number
  readonly failed: number
  /** The first FAILED_NAMES_KEPT names that could not be deleted. */
  readonly failedNames: readonly string[]
  /** Why the first failure happened, as the cloud said it. */
  readonly failure: AppError | null
  /** Left alone because the installer cancelled. */
  readonly skipped: number
}

/** One import of a staff file, as Fieldkey recorded it when it ran. */
export interface ImportRun {
  readonly runId: string
  readonly fileName: string
  readonly startedAt: number
  /** Staff the import created. */
  readonly created: number
  /** Of those, the ones still in the project (what "Undo this import" would delete). */
  readonly remaining: number
}

/** Splits ids into the cloud's batches, in order. */
export function inBatches<T>(items: readonly T[], size: number): T[][] {
  if (size < 1) throw new RangeError('batch size must be at least 1')
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}
