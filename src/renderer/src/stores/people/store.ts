import type { AkuvoxStaffAccessInput } from '@shared/domain/akuvox'
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

/**
 * Where the installer is in the people section. Staff, persons
 * and their pages are read through the query cache (features/people/people-queries.ts).
 */
export interface PeopleState {
  readonly scope: PeopleScope | null
  readonly screen: PeopleScreen
}

export const INITIAL: PeopleState = {
  scope: null,
  screen: { kind: 'staffList' },
}

export const usePeopleStore = create<PeopleState>(() => INITIAL)

export const samePeopleScope = (a: PeopleScope | null, b: PeopleScope): boolean =>
  a !== null && a.connectionId === b.connectionId && a.projectId === b.projectId
