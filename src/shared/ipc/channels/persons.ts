import type { TuyaPerson } from '../../domain/tuya'
import type { PersonDoors } from '../../people/person-doors'
import type { PersonBiometrics } from '../../people/person-face'
import type { BulkDeleteProgress, SelectionSummary } from '../../people/bulk-delete'
import type { OrganisationNode, PersonWriteOutcome, PersonsListing, PersonsPage } from '../../people/persons'
import { event, invoke } from '../define'
import { projectScope } from '../schemas/project'
import {
  addPersonInput,
  bulkDeleteRef,
  byPerson,
  deletePersonsRef,
  editPersonInput,
  personSelectionInput,
  personsPageQuery,
  personsRef,
  recyclePageQuery,
} from '../schemas/people'

/** Which project's people changed. */
export interface PeopleChanged {
  readonly connectionId: string
  readonly projectId: string
}

/** Tuya Smart Building persons, their organisations and the recycle bin. */
export const personsInvokes = {
  'persons:listing': invoke<PersonsListing>()(projectScope),
  'persons:page': invoke<PersonsPage>()(personsPageQuery),
  'persons:detail': invoke<TuyaPerson>()(byPerson),
  'persons:organisations': invoke<readonly OrganisationNode[]>()(projectScope),
  'persons:add': invoke<PersonWriteOutcome>()(addPersonInput),
  'persons:edit': invoke<PersonWriteOutcome>()(editPersonInput),
  'persons:disable': invoke<PersonWriteOutcome>()(personsRef),
  /** To the recycle bin. */
  'persons:delete': invoke<PersonWriteOutcome>()(deletePersonsRef),
  /** How many persons a selection holds now and the first names, for the confirmation. */
  'persons:selectionSummary': invoke<SelectionSummary>()(personSelectionInput),
  /** Moves a selection to the recycle bin in batches; progress arrives as `persons:bulkDeleteProgress`. */
  'persons:bulkDelete': invoke<BulkDeleteProgress>()(personSelectionInput),
  /** Stops after the batch being sent. */
  'persons:bulkDeleteCancel': invoke<BulkDeleteProgress>()(bulkDeleteRef),
  'persons:recyclePage': invoke<PersonsPage>()(recyclePageQuery),
  'persons:recycledDetail': invoke<TuyaPerson>()(byPerson),
  'persons:recover': invoke<PersonWriteOutcome>()(personsRef),
  /** A person's face (status and picture, read by main) and biometrics. */
  'persons:biometrics': invoke<PersonBiometrics>()(byPerson),
  /** The doors a person's permissions open, read from the cloud when it answers, with the latest send to each. */
  'persons:doors': invoke<PersonDoors>()(byPerson),
  /** Reads persons, the recycle bin and organisations from the cloud into the cache. */
  'persons:refresh': invoke<PersonsListing>()(projectScope),
} as const

export const personsEvents = {
  /** The project's persons changed (saved, queued, refreshed, replayed): lists should reload. */
  'persons:changed': event<PeopleChanged>(),
  'persons:bulkDeleteProgress': event<BulkDeleteProgress>(),
} as const
