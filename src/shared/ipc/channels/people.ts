import type { TuyaPerson } from '../../domain/tuya'
import type { OrganisationNode, PersonWriteOutcome, PersonsListing, PersonsPage } from '../../people/persons'
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
import type { AkuvoxStaffAccess } from '../../domain/akuvox'
import { event, invoke } from '../define'
import { projectScope } from '../schemas/project'
import {
  addPersonInput,
  bulkJobRef,
  bulkResultsQuery,
  byPerson,
  byStaff,
  createStaffInput,
  deleteStaffInput,
  editPersonInput,
  importAppendInput,
  importBeginInput,
  personsPageQuery,
  personsRef,
  recyclePageQuery,
  staffCredentialsQuery,
  staffPageQuery,
  updateStaffInput,
  urlImportInput,
  urlImportRef,
} from '../schemas/people'

/** A project's people changed (saved, queued, imported, refreshed): lists should reload. */
export interface PeopleChanged {
  readonly connectionId: string
  readonly projectId: string
}

export const peopleInvokes = {
  // ---------------------------------------------------------------- Akuvox staff access
  /** Counts and the outbox's staff changes of the project. */
  'people:staffListing': invoke<StaffListing>()(projectScope),
  /** One page of staff from the cache, searched by name (answers as the installer types). */
  'people:staffPage': invoke<StaffPage>()(staffPageQuery),
  /** From the cloud when it answers, else what the cache holds. */
  'people:staffDetail': invoke<AkuvoxStaffAccess>()(byStaff),
  /** Groups, buildings and how many staff: with the credentials, what edits and imports are checked against. */
  'people:staffContext': invoke<StaffContextHead>()(projectScope),
  /** One page of the staff's names and credentials, in a stable order. */
  'people:staffCredentials': invoke<StaffCredentialsPage>()(staffCredentialsQuery),
  'people:staffCreate': invoke<StaffSaveOutcome>()(createStaffInput),
  'people:staffUpdate': invoke<StaffSaveOutcome>()(updateStaffInput),
  /** One staff access, or several in one batch call. */
  'people:staffDelete': invoke<StaffDeleteOutcome>()(deleteStaffInput),
  /** Reads the project's staff from the cloud into the cache. */
  'people:staffRefresh': invoke<StaffListing>()(projectScope),
  /**
   * A file's checked rows reach main in chunks under one job id; nothing is created until
   * `people:importRun`. Beginning another import for the same project drops one still receiving,
   * and an import left receiving is dropped after a while (`not_found` afterwards).
   */
  'people:importBegin': invoke<BulkProgress>()(importBeginInput),
  /** The next rows, in file order; answers with how many main now holds. */
  'people:importAppend': invoke<BulkProgress>()(importAppendInput),
  /** Creates the rows a few at a time once all have arrived; progress arrives as `people:bulkProgress`. */
  'people:importRun': invoke<BulkProgress>()(bulkJobRef),
  /** Stops a running job, or drops an import still receiving rows. */
  'people:bulkCancel': invoke<BulkProgress>()(bulkJobRef),
  /** The job's progress and counts (never its rows: those are read with `people:bulkResults`). */
  'people:bulkJob': invoke<BulkProgress>()(bulkJobRef),
  /** One page of the job's row results, all or only the failed or queued ones. */
  'people:bulkResults': invoke<BulkResultsPage>()(bulkResultsQuery),
  /** `import_staff_access_info` for a file the installer already hosts. */
  'people:urlImportStart': invoke<UrlImportStarted>()(urlImportInput),
  /** `get_import_result` of that task (the view polls it); a finished task refreshes the staff cache. */
  'people:urlImportStatus': invoke<UrlImportStatus>()(urlImportRef),

  // ---------------------------------------------------------------------- Tuya persons
  'people:personsListing': invoke<PersonsListing>()(projectScope),
  'people:personsPage': invoke<PersonsPage>()(personsPageQuery),
  'people:personDetail': invoke<TuyaPerson>()(byPerson),
  'people:organisations': invoke<readonly OrganisationNode[]>()(projectScope),
  'people:personAdd': invoke<PersonWriteOutcome>()(addPersonInput),
  'people:personEdit': invoke<PersonWriteOutcome>()(editPersonInput),
  'people:personsDisable': invoke<PersonWriteOutcome>()(personsRef),
  /** To the recycle bin. */
  'people:personsDelete': invoke<PersonWriteOutcome>()(personsRef),
  'people:recyclePage': invoke<PersonsPage>()(recyclePageQuery),
  'people:recycledDetail': invoke<TuyaPerson>()(byPerson),
  'people:personsRecover': invoke<PersonWriteOutcome>()(personsRef),
  /** Reads persons, the recycle bin and organisations from the cloud into the cache. */
  'people:personsRefresh': invoke<PersonsListing>()(projectScope),
} as const

export const peopleEvents = {
  'people:changed': event<PeopleChanged>(),
  'people:bulkProgress': event<BulkProgress>(),
} as const
