import { create } from 'zustand'

/** Which connection the main area shows; the connections themselves are read through the query cache. */
export interface ConnectionsState {
  readonly selectedId: string | null
}

export const useConnectionsStore = create<ConnectionsState>(() => ({ selectedId: null }))
