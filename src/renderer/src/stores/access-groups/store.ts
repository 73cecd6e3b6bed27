import type { ReplayOutcome } from '@shared/domain/outbox'
import { create } from 'zustand'

export interface GroupsScope {
  readonly connectionId: string
  readonly projectId: string
}

/** Which screen of the access groups the installer is on. */
export type GroupsScreen =
  { readonly kind: 'list' } | { readonly kind: 'detail'; readonly id: string } | { readonly kind: 'create' } | { readonly kind: 'edit'; readonly id: string }

/**
 * Where the installer is in a project's access groups, and how the last replay went.
 * The groups, the site tree and the residents are read through the query cache (group-queries.ts).
 */
export interface AccessGroupsState {
  readonly scope: GroupsScope | null
  readonly screen: GroupsScreen
  readonly lastReplay: readonly ReplayOutcome[] | null
}

export const INITIAL: AccessGroupsState = {
  scope: null,
  screen: { kind: 'list' },
  lastReplay: null,
}

export const useAccessGroupsStore = create<AccessGroupsState>(() => INITIAL)

export const sameGroupsScope = (a: GroupsScope | null, b: GroupsScope): boolean =>
  a !== null && a.connectionId === b.connectionId && a.projectId === b.projectId
