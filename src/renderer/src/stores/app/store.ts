import type { AppError } from '@shared/errors'
import type { AppInfo, NetworkState } from '@shared/domain/app-info'
import { create } from 'zustand'

/** Facts about the running app, owned by main and mirrored here. */
export interface AppState {
  readonly info: AppInfo | null
  readonly infoError: AppError | null
  readonly network: NetworkState | null
}

export const useAppStore = create<AppState>(() => ({ info: null, infoError: null, network: null }))
