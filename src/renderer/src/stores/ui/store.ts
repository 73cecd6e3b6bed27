import { create } from 'zustand'

/** The sections of the main area. Each later feature adds its own. */
export type Section = 'diagnostics'

export interface UiState {
  readonly section: Section
}

export const useUiStore = create<UiState>(() => ({ section: 'diagnostics' }))

export function showSection(section: Section): void {
  useUiStore.setState({ section })
}
