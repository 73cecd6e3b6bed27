import type { AccessGroupsListing, SiteTree } from '@shared/domain/access-groups'
import type { Resident } from '@shared/domain/residents'
import type { ReplayOutcome } from '@shared/domain/outbox'
import type { AppError } from '@shared/errors'
import { create } from 'zustand'

export interface GroupsScope {
  readonly connectionId: string
  readonly projectId: string
}

/** Which screen of the access groups the installer is on. */
export type GroupsScreen =
  { readonly kind: 'list' } | { readonly kind: 'detail'; readonly id: string } | { readonly kind: 'create' } | { readonly kind: 'edit'; readonly id: string }

export interface AccessGroupsState {
  readonly scope: GroupsScope | null
  readonly listing: AccessGroupsListing | null
  readonly loading: boolean
  readonly refreshing: boolean
  readonly error: AppError | null
  readonly tree: SiteTree | null
  readonly residents: readonly Resident[] | null
  readonly screen: GroupsScreen
  readonly lastReplay: readonly ReplayOutcome[] | null
}

export const INITIAL: AccessGroupsState = {
  scope: null,
  listing: null,
  loading: false,
  refreshing: false,
  error: null,
  tree: null,
  residents: null,
  screen: { kind: 'list' },
  lastReplay: null,
}

export const useAccessGroupsStore = create<AccessGroupsState>(() => INITIAL)

export const sameGroupsScope = (a: GroupsScope | null, b: GroupsScope): boolean =>
  a !== null && a.connectionId === b.connectionId && a.projectId === b.projectId
