import type { OrganisationNode, PersonsListing } from '@shared/people/persons'
import type { StaffContext, StaffListing } from '@shared/people/staff'
import type { AkuvoxStaffAccessInput } from '@shared/domain/akuvox'
import type { AppError } from '@shared/errors'
import { create } from 'zustand'

export interface PeopleScope {
  readonly connectionId: string
  readonly projectId: string
}

/** A staff create waiting in the outbox, opened again to change it: its intent key and what it holds. */
export interface QueuedStaffCreate {
  readonly intentKey: string
  readonly input: AkuvoxStaffAccessInput
}

/** Which screen of the people section is showing. */
export type PeopleScreen =
  | { readonly kind: 'staffList' }
  /** `created`: just created in the cloud, which the editor of the new record says; `queued`: a create waiting in the outbox. */
  | { readonly kind: 'staffEdit'; readonly staffAccessId: string | null; readonly created?: boolean; readonly queued?: QueuedStaffCreate }
  | { readonly kind: 'import' }
  | { readonly kind: 'urlImport' }
  | { readonly kind: 'persons' }
  | { readonly kind: 'personEdit'; readonly personId: string | null; readonly created?: boolean }
  | { readonly kind: 'recycleBin' }

export interface PeopleState {
  readonly scope: PeopleScope | null
  readonly screen: PeopleScreen
  readonly staffListing: StaffListing | null
  readonly staffContext: StaffContext | null
  readonly personsListing: PersonsListing | null
  readonly organisations: readonly OrganisationNode[]
  /** Bumped on every change main reports: the paged lists start over. */
  readonly revision: number
  readonly error: AppError | null
}

export const INITIAL: PeopleState = {
  scope: null,
  screen: { kind: 'staffList' },
  staffListing: null,
  staffContext: null,
  personsListing: null,
  organisations: [],
  revision: 0,
  error: null,
}

export const usePeopleStore = create<PeopleState>(() => INITIAL)

export const samePeopleScope = (a: PeopleScope | null, b: PeopleScope): boolean =>
  a !== null && a.connectionId === b.connectionId && a.projectId === b.projectId
