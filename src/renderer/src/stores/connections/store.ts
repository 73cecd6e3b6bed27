import type { ConnectionSummary, ProjectSummary } from '@shared/domain/connection'
import type { AppError } from '@shared/errors'
import { create } from 'zustand'
import { useProjectStore } from '../project/store'

export type ProjectsState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly items: readonly ProjectSummary[] }
  | { readonly status: 'error'; readonly error: AppError }

export interface ConnectionsState {
  readonly loaded: boolean
  readonly list: readonly ConnectionSummary[]
  readonly listError: AppError | null
  /** The connection shown in the main area. */
  readonly selectedId: string | null
  readonly projects: Readonly<Record<string, ProjectsState>>
}

export const useConnectionsStore = create<ConnectionsState>(() => ({
  loaded: false,
  list: [],
  listError: null,
  selectedId: null,
  projects: {},
}))

export function useSelectedConnection(): ConnectionSummary | undefined {
  return useConnectionsStore((s) => s.list.find((c) => c.id === s.selectedId))
}

/** The connection of the open project: its state is what the footer and the banners show. */
export function useOpenConnection(): ConnectionSummary | undefined {
  const connectionId = useProjectStore((s) => s.scope?.connectionId)
  return useConnectionsStore((s) => s.list.find((c) => c.id === connectionId))
}
