import type { AkuvoxStaffAccess } from '../../domain/akuvox'
import type { Page } from '../../page'
import type { BulkDeleteProgress, ImportRun, SelectionSummary } from '../../people/bulk-delete'
import type {
  BulkProgress,
  BulkResultsPage,
  StaffContextHead,
  StaffCredentialsPage,
  StaffDeleteOutcome,
  StaffListing,
  StaffPage,
  StaffSaveOutcome,
  UrlImportStarted,
  UrlImportStatus,
} from '../../people/staff'
import { event, invoke } from '../define'
import { projectScope } from '../schemas/project'
import {
  bulkDeleteRef,
  bulkJobRef,
  bulkResultsQuery,
  byStaff,
  createStaffInput,
  deleteStaffInput,
  importAppendInput,
  importBeginInput,
  importRunsQuery,
  staffCredentialsQuery,
  staffPageQuery,
  staffSelectionInput,
  updateStaffInput,
  urlImportInput,
  urlImportRef,
} from '../schemas/people'
import type { PeopleChanged } from './persons'

/** Akuvox staff access: the people who open doors with PINs, cards and faces. */
export const staffInvokes = {
  /** Counts and the outbox's staff changes of the project. */
  'staff:listing': invoke<StaffListing>()(projectScope),
  /** One page of staff from the cache, searched by name (answers as the installer types). */
  'staff:page': invoke<StaffPage>()(staffPageQuery),
  /** From the cloud when it answers, else what the cache holds. */
  'staff:detail': invoke<AkuvoxStaffAccess>()(byStaff),
  /** Groups, buildings and how many staff: with the credentials, what edits and imports are checked against. */
  'staff:context': invoke<StaffContextHead>()(projectScope),
  /** One page of the staff's names and credentials, in a stable order. */
  'staff:credentials': invoke<StaffCredentialsPage>()(staffCredentialsQuery),
  'staff:create': invoke<StaffSaveOutcome>()(createStaffInput),
  'staff:update': invoke<StaffSaveOutcome>()(updateStaffInput),
  /** One staff access, or several in one batch call. */
  'staff:delete': invoke<StaffDeleteOutcome>()(deleteStaffInput),
  /** How many staff a selection holds now and the first names, for the confirmation. */
  'staff:selectionSummary': invoke<SelectionSummary>()(staffSelectionInput),
  /**
   * Deletes a selection in the cloud's batches, one batch at a time; progress arrives as
   * `staff:bulkDeleteProgress`. Offline, or once the network fails, the rest wait in the outbox.
   */
  'staff:bulkDelete': invoke<BulkDeleteProgress>()(staffSelectionInput),
  /** Stops after the batch being sent (a batch sent is never abandoned: its outcome would be unknown). */
  'staff:bulkDeleteCancel': invoke<BulkDeleteProgress>()(bulkDeleteRef),
  /** The imports run from this laptop, newest first, with how many of their staff are still there. */
  'staff:importRuns': invoke<Page<ImportRun>>()(importRunsQuery),
  /** Reads the project's staff from the cloud into the cache. */
  'staff:refresh': invoke<StaffListing>()(projectScope),
  /**
   * A file's checked rows reach main in chunks under one job id; nothing is created until
   * `staff:importRun`. Beginning another import for the same project drops one still receiving,
   * and an import left receiving is dropped after a while (`not_found` afterwards).
   */
  'staff:importBegin': invoke<BulkProgress>()(importBeginInput),
  /** The next rows, in file order; answers with how many main now holds. */
  'staff:importAppend': invoke<BulkProgress>()(importAppendInput),
  /** Creates the rows a few at a time once all have arrived; progress arrives as `staff:importProgress`. */
  'staff:importRun': invoke<BulkProgress>()(bulkJobRef),
  /** Stops a running job, or drops an import still receiving rows. */
  'staff:importCancel': invoke<BulkProgress>()(bulkJobRef),
  /** The job's progress and counts (never its rows: those are read with `staff:importResults`). */
  'staff:importJob': invoke<BulkProgress>()(bulkJobRef),
  /** One page of the job's row results, all or only the failed or queued ones. */
  'staff:importResults': invoke<BulkResultsPage>()(bulkResultsQuery),
  /** `import_staff_access_info` for a file the installer already hosts. */
  'staff:urlImportStart': invoke<UrlImportStarted>()(urlImportInput),
  /** `get_import_result` of that task (the view polls it); a finished task refreshes the staff cache. */
  'staff:urlImportStatus': invoke<UrlImportStatus>()(urlImportRef),
} as const

export const staffEvents = {
  /** The project's staff changed (saved, queued, imported, refreshed, replayed): lists should reload. */
  'staff:changed': event<PeopleChanged>(),
  'staff:importProgress': event<BulkProgress>(),
  'staff:bulkDeleteProgress': event<BulkDeleteProgress>(),
} as const
