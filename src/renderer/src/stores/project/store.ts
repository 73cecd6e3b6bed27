import type { ReplayOutcome } from '@shared/domain/outbox'
import type { AppError } from '@shared/errors'
import { create } from 'zustand'

export interface ProjectScope {
  readonly connectionId: string
  readonly projectId: string
}

/**
 * Which project is open, and what opening it answered. Its data (overview, devices, sync
 * progress, the outbox) is read through the query cache (features/project/project-queries.ts).
 */
export interface ProjectState {
  readonly scope: ProjectScope | null
  /** Why main could not open the project (the overview offers to try again). */
  readonly openError: AppError | null
  readonly lastReplay: readonly ReplayOutcome[] | null
}

export const useProjectStore = create<ProjectState>(() => ({
  scope: null,
  openError: null,
  lastReplay: null,
}))

export const sameScope = (a: ProjectScope | null, b: { connectionId: string; projectId: string }): boolean =>
  a !== null && a.connectionId === b.connectionId && a.projectId === b.projectId
