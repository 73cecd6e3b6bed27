import { create } from 'zustand'

/**
 * The sections of the main area. `home` is the welcome screen (first run, or nothing selected);
 * `connection` shows the selected connection and its projects; `overview`, `devices` and
 * `outbox` belong to the open project. Later features add their own.
 */
export type Section =
  | 'home'
  | 'connection'
  | 'overview'
  | 'devices'
  | 'accessGroups'
  | 'people'
  | 'channels'
  | 'sends'
  | 'report'
  | 'checklist'
  | 'outbox'
  | 'diagnostics'
  | 'activity'

export interface UiState {
  readonly section: Section
  /** The add/edit dialog: which vendor to add, or which connection to edit. */
  readonly dialog: { readonly kind: 'add'; readonly vendor: 'akuvox' | 'tuya' } | { readonly kind: 'edit'; readonly id: string } | null
  /** The keyboard shortcuts reference (Help → Keyboard shortcuts, Ctrl/Cmd+/). */
  readonly shortcutsOpen: boolean
  /** The activity log shows only the open project's changes (opened from the project's nav) or every project's. */
  readonly activityProjectOnly: boolean
}

export const useUiStore = create<UiState>(() => ({ section: 'home', dialog: null, shortcutsOpen: false, activityProjectOnly: false }))

export function showSection(section: Section): void {
  useUiStore.setState({ section })
}

export function openDialog(dialog: NonNullable<UiState['dialog']>): void {
  useUiStore.setState({ dialog })
}

export function closeDialog(): void {
  useUiStore.setState({ dialog: null })
}

export function openShortcuts(): void {
  useUiStore.setState({ shortcutsOpen: true })
}

export function closeShortcuts(): void {
  useUiStore.setState({ shortcutsOpen: false })
}

/** The activity log, of the open project alone or of every project. */
export function showActivity(projectOnly: boolean): void {
  useUiStore.setState({ section: 'activity', activityProjectOnly: projectOnly })
}

export function setActivityProjectOnly(projectOnly: boolean): void {
  useUiStore.setState({ activityProjectOnly: projectOnly })
}
