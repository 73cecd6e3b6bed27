import type { AppError } from '@shared/errors'
import type { ChannelsListing, SendProgress } from '@shared/sends/types'
import { create } from 'zustand'

export interface SendsScope {
  readonly connectionId: string
  readonly projectId: string
}

/** Where the installer is on the sends page. */
export type SendsScreen =
  | { readonly kind: 'tasks' }
  | { readonly kind: 'wizard'; readonly channelIds: readonly string[] }
  | { readonly kind: 'batch'; readonly taskIds: readonly string[] }
  | { readonly kind: 'task'; readonly taskId: string }

export interface SendsState {
  readonly scope: SendsScope | null
  readonly listing: ChannelsListing | null
  readonly error: AppError | null
  readonly screen: SendsScreen
  /** Latest progress per batch (key: sorted task ids). */
  readonly progress: Readonly<Record<string, SendProgress>>
}

export const INITIAL: SendsState = { scope: null, listing: null, error: null, screen: { kind: 'tasks' }, progress: {} }

export const useSendsStore = create<SendsState>(() => INITIAL)

export const batchKey = (taskIds: readonly string[]): string => [...taskIds].sort().join(',')

export const sameSendsScope = (a: SendsScope | null, b: SendsScope): boolean => a !== null && a.connectionId === b.connectionId && a.projectId === b.projectId
