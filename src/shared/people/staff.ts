/**
 * What the staff-access views send and read. Staff come from the project cache; a
 * change that could not reach the cloud waits in the outbox and shows as pending.
 */
import type { AkuvoxImportResult, AkuvoxStaffAccessSummary } from '../domain/akuvox'
import type { OutboxState } from '../domain/outbox'
import type { DuplicateRef } from '../duplicates/rule-book'
import type { AppError } from '../errors'
import type { Page } from '../page'
import type { StaffMatch } from '../search/staff-search'

export interface StaffFloorAccess {
  readonly buildingId: string
  readonly floors: readonly string[]
}

/** A staff access as the editor or an import row says it should be. */
export interface StaffDraft {
  readonly name: string
  readonly pinCodes: readonly string[]
  readonly rfCards: readonly string[]
  /** Pictures to add (https URLs). */
  readonly faceUrls: readonly string[]
  readonly accessGroupIds: readonly string[]
  readonly floorAccesses: readonly StaffFloorAccess[]
}

/** On edit, faces are removed by the picture URL they were added with (seed 002 `is_deleted`). */
export interface StaffEdit extends StaffDraft {
  readonly removeFaceUrls: readonly string[]
}

export type StaffPendingKind = 'create' | 'update' | 'delete'

export interface PendingStaffChange {
  readonly outboxId: number
  readonly kind: StaffPendingKind
  readonly name: string
  /** Null for a create (no cloud id yet). */
  readonly staffAccessIds: readonly string[]
  readonly state: OutboxState
  readonly createdAt: number
  readonly lastError: AppError | null
}

/** A row of the staff list; `matched` says which field other than the name the search found. */
export type StaffListItem = AkuvoxStaffAccessSummary & { readonly matched?: StaffMatch }

export type StaffPage = Page<StaffListItem>

export interface StaffListing {
  /** Every staff change of the project waiting in the outbox, oldest first. */
  readonly pending: readonly PendingStaffChange[]
  readonly syncedAt: number | null
  readonly total: number
}

export interface NamedRef {
  readonly id: string
  readonly name: string
}

export interface StaffGroupOption extends NamedRef {
  readonly system: boolean
}

/** What the editor and the import check against: groups and buildings of the project, and its staff's credentials. */
export interface StaffContext {
  readonly accessGroups: readonly StaffGroupOption[]
  readonly buildings: readonly NamedRef[]
  readonly staff: readonly StaffCredentials[]
}

/** `staff:context` on the wire: the credentials follow in pages (`staff:credentials`), they grow with the project. */
export type StaffContextHead = Omit<StaffContext, 'staff'> & { readonly staffTotal: number }

export type StaffCredentialsPage = Page<StaffCredentials>

export interface StaffCredentials {
  readonly staffAccessId: string
  readonly name: string
  readonly pinCodes: readonly string[]
  readonly rfCards: readonly string[]
}

export type StaffSaveOutcome =
  { readonly kind: 'saved'; readonly staffAccessId: string } | { readonly kind: 'queued'; readonly outboxId: number; readonly reason: AppError | null }

export type StaffDeleteOutcome =
  | { readonly kind: 'deleted'; readonly staffAccessIds: readonly string[] }
  | { readonly kind: 'queued'; readonly outboxIds: readonly number[]; readonly reason: AppError | null }

// ------------------------------------------------------------------------------ bulk import

/** One row the installer sends for creation, with its line in the file for the results. */
export interface BulkRow {
  readonly line: number
  readonly draft: StaffDraft
  /** The PINs and cards of the row others hold that the installer agreed to share. */
  readonly confirmedDuplicates?: readonly DuplicateRef[]
}

export type BulkRowResult =
  | { readonly line: number; readonly kind: 'created'; readonly staffAccessId: string }
  /** Already in the project (same name and credentials): nothing was created. */
  | { readonly line: number; readonly kind: 'existing'; readonly staffAccessId: string }
  | { readonly line: number; readonly kind: 'queued'; readonly outboxId: number }
  | { readonly line: number; readonly kind: 'failed'; readonly error: AppError }
  | { readonly line: number; readonly kind: 'cancelled' }

/** `receiving`: begun, rows still arriving in chunks; nothing is created before `staff:importRun`. */
export type BulkJobState = 'receiving' | 'running' | 'cancelling' | 'finished' | 'cancelled'

export interface BulkProgress {
  readonly jobId: string
  readonly connectionId: string
  readonly projectId: string
  readonly state: BulkJobState
  readonly total: number
  /** Rows main holds so far (equals `total` once the job runs). */
  readonly received: number
  readonly done: number
  readonly created: number
  readonly existing: number
  readonly queued: number
  readonly failed: number
}

export type BulkResultsFilter = 'all' | 'failed' | 'queued'

/** One page of a job's row results, in file order. */
/** `total`: the results that match the filter so far. */
export interface BulkResultsPage extends Page<BulkRowResult> {
  readonly jobId: string
  readonly filter: BulkResultsFilter
}

export interface UrlImportStarted {
  readonly taskId: string
}

export type UrlImportStatus = AkuvoxImportResult
