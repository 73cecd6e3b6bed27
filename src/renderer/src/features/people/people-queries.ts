import type { TuyaPerson } from '@shared/domain/tuya'
import type { AppError } from '@shared/errors'
import type { PersonSelection, StaffSelection } from '@shared/people/bulk-delete'
import type { PersonsFilter } from '@shared/people/persons'
import type { BulkResultsFilter, BulkRowResult, StaffContext, StaffCredentials, StaffListItem } from '@shared/people/staff'
import { type Result, ok } from '@shared/result'
import { api } from '../../api'
import { domainKey } from '../../query/keys'
import { readAllPages } from '../../query/read-all-pages'
import { usePagedQuery } from '../../query/use-paged-query'
import { useResultQuery } from '../../query/use-result-query'
import type { PeopleScope } from '../../stores/people/store'

const CREDENTIALS_PAGE = 500

const staffKey = (scope: PeopleScope) => domainKey(scope, 'staff')
const personsKey = (scope: PeopleScope) => domainKey(scope, 'persons')

/** Count, freshness and what waits in the outbox of the project's staff. */
export function useStaffListing(scope: PeopleScope) {
  return useResultQuery([...staffKey(scope), 'listing'], () => api.staff.listing(scope))
}

/** Groups and buildings, then every staff's credentials a page at a time (they grow with the project). */
async function readStaffContext(scope: PeopleScope): Promise<Result<StaffContext, AppError>> {
  const head = await api.staff.context(scope)
  if (!head.ok) return head
  const staff: StaffCredentials[] = []
  for (;;) {
    const page = await api.staff.credentials({ ...scope, offset: staff.length, limit: CREDENTIALS_PAGE })
    if (!page.ok) return page
    staff.push(...page.value.items)
    if (page.value.items.length === 0 || staff.length >= page.value.total) break
  }
  return ok({ accessGroups: head.value.accessGroups, buildings: head.value.buildings, staff })
}

/** What the staff editor and the import check against: groups, buildings, every staff's credentials. */
export function useStaffContext(scope: PeopleScope) {
  return useResultQuery([...staffKey(scope), 'context'], () => readStaffContext(scope))
}

export function useStaffPages(scope: PeopleScope, search: string) {
  return usePagedQuery<StaffListItem>([...staffKey(scope), 'pages', search], (offset, limit) =>
    api.staff.page({ ...scope, offset, limit, ...(search ? { search } : {}) }),
  )
}

/** What a batch delete takes out: staff or persons of one project, as main resolves the selection. */
export type BulkDeleteTarget =
  | { readonly kind: 'staff'; readonly scope: PeopleScope; readonly selection: StaffSelection }
  | { readonly kind: 'persons'; readonly scope: PeopleScope; readonly selection: PersonSelection }

/** How many a selection holds now and the first names: what a batch delete's confirmation names. */
export function useSelectionSummary(target: BulkDeleteTarget) {
  const { scope } = target
  return useResultQuery(
    [...(target.kind === 'staff' ? staffKey(scope) : personsKey(scope)), 'selection', target.selection],
    target.kind === 'staff'
      ? () => api.staff.selectionSummary({ ...scope, selection: target.selection })
      : () => api.persons.selectionSummary({ ...scope, selection: target.selection }),
  )
}

/** The imports shown for undoing: the newest IMPORT_RUNS_SHOWN run from this laptop. */
export const IMPORT_RUNS_SHOWN = 50
export function useImportRuns(scope: PeopleScope) {
  return useResultQuery([...staffKey(scope), 'importRuns'], () => api.staff.importRuns({ ...scope, offset: 0, limit: IMPORT_RUNS_SHOWN }))
}

/** One staff access to edit; null while a new one is being added (nothing to read). */
export function useStaffDetail(scope: PeopleScope, staffAccessId: string | null) {
  return useResultQuery([...staffKey(scope), 'detail', staffAccessId], staffAccessId === null ? null : () => api.staff.detail({ ...scope, staffAccessId }))
}

/** A finished import's row results, read a page at a time as the list scrolls. */
export function useImportResultPages(jobId: string | null, filter: BulkResultsFilter) {
  return usePagedQuery<BulkRowResult>(
    ['staffImport', jobId, filter],
    jobId === null ? null : (offset, limit) => api.staff.importResults({ jobId, filter, offset, limit }),
  )
}

/** Count, recycle bin count, freshness and what waits in the outbox of the project's persons. */
export function usePersonsListing(scope: PeopleScope) {
  return useResultQuery([...personsKey(scope), 'listing'], () => api.persons.listing(scope))
}

export function useOrganisations(scope: PeopleScope) {
  return useResultQuery([...personsKey(scope), 'organisations'], () => api.persons.organisations(scope))
}

export function usePersonPages(scope: PeopleScope, filter: PersonsFilter) {
  return usePagedQuery<TuyaPerson>([...personsKey(scope), 'pages', filter], (offset, limit) => api.persons.page({ ...scope, filter, offset, limit }))
}

/** One person to show and edit; null while a new one is being added. */
export function usePersonDetail(scope: PeopleScope, personId: string | null) {
  return useResultQuery([...personsKey(scope), 'detail', personId], personId === null ? null : () => api.persons.detail({ ...scope, personId }))
}

/** A person's face (with the picture main read) and biometrics. */
export function usePersonBiometrics(scope: PeopleScope, personId: string) {
  return useResultQuery([...personsKey(scope), 'biometrics', personId], () => api.persons.biometrics({ ...scope, personId }))
}

/** The doors a person's permissions open, with the latest send to each. */
export function usePersonDoors(scope: PeopleScope, personId: string) {
  return useResultQuery([...personsKey(scope), 'doors', personId], () => api.persons.doors({ ...scope, personId }))
}

export function useRecyclePages(scope: PeopleScope, search: string) {
  return usePagedQuery<TuyaPerson>([...personsKey(scope), 'recycle', search], (offset, limit) =>
    api.persons.recyclePage({ ...scope, offset, limit, ...(search ? { search } : {}) }),
  )
}

/** A recycled person's full record, read when the installer opens it. */
export function useRecycledDetail(scope: PeopleScope, personId: string | null) {
  return useResultQuery([...personsKey(scope), 'recycled', personId], personId === null ? null : () => api.persons.recycledDetail({ ...scope, personId }))
}

const URL_IMPORT_POLL_MS = 1500
const URL_IMPORT_FINISHED = new Set(['success', 'partial_failure', 'failure'])

/** An import by URL the cloud runs: its status, read again every 1.5 s until it has finished. */
export function useUrlImportStatus(scope: PeopleScope, taskId: string | null) {
  return useResultQuery([...staffKey(scope), 'urlImport', taskId], taskId === null ? null : () => api.staff.urlImportStatus({ ...scope, taskId }), {
    pollEvery: (status) => (status && URL_IMPORT_FINISHED.has(status.importStatus) ? false : URL_IMPORT_POLL_MS),
  })
}

export const urlImportFinished = (status: { readonly importStatus: string }): boolean => URL_IMPORT_FINISHED.has(status.importStatus)

/** Every staff the list's search finds, a page at a time, for an export. */
export const readStaffForExport = (scope: PeopleScope, search: string, onProgress: (read: number, total: number) => void) =>
  readAllPages<StaffListItem>((offset, limit) => api.staff.page({ ...scope, offset, limit, ...(search ? { search } : {}) }), onProgress)

/** Every person the list's filters find, a page at a time, for an export. */
export const readPersonsForExport = (scope: PeopleScope, filter: PersonsFilter, onProgress: (read: number, total: number) => void) =>
  readAllPages<TuyaPerson>((offset, limit) => api.persons.page({ ...scope, filter, offset, limit }), onProgress)
