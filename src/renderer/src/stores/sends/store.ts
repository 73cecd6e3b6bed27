import { create } from 'zustand'

export interface SendsScope {
  readonly connectionId: string
  readonly projectId: string
}

/** Where the installer is on the sends page. */
export type SendsScreen =
  | { readonly kind: 'tasks' }
  | { readonly kind: 'wizard'; readonly channelIds: readonly string[] }
  /** `startedAt`: when the batch went out, so it has a name before the cloud lists its tasks. */
  | { readonly kind: 'batch'; readonly taskIds: readonly string[]; readonly startedAt: number }

/**
 * Which project's sends and which screen of them the installer is on. Channels, tasks, progress
 * and the rest are read through the query cache (features/sends/sends-queries.ts).
 */
export interface SendsState {
  readonly scope: SendsScope | null
  readonly screen: SendsScreen
}

export const INITIAL: SendsState = { scope: null, screen: { kind: 'tasks' } }

export const useSendsStore = create<SendsState>(() => INITIAL)

export const sameSendsScope = (a: SendsScope | null, b: SendsScope): boolean => a !== null && a.connectionId === b.connectionId && a.projectId === b.projectId
