import type { OutboxEntry, ReplayOutcome } from '@shared/domain/outbox'
import type { CacheCollection, SyncProgress } from '@shared/domain/sync'
import type { AppError } from '@shared/errors'
import type { ProjectView } from '@shared/ipc/channels/project'
import type { SyncOutcome } from '@shared/ipc/channels/sync'
import { create } from 'zustand'

export interface ProjectScope {
  readonly connectionId: string
  readonly projectId: string
}

/** The open project: its cached overview, the live sync, and the outbox. */
export interface ProjectState {
  readonly scope: ProjectScope | null
  readonly view: ProjectView | null
  readonly viewError: AppError | null
  /** Progress of the running sync per collection (cleared when a new sync starts). */
  readonly progress: Partial<Readonly<Record<CacheCollection, SyncProgress>>>
  readonly lastOutcome: SyncOutcome | null
  readonly outbox: readonly OutboxEntry[]
  readonly lastReplay: readonly ReplayOutcome[] | null
}

export const useProjectStore = create<ProjectState>(() => ({
  scope: null,
  view: null,
  viewError: null,
  progress: {},
  lastOutcome: null,
  outbox: [],
  lastReplay: null,
}))

export const sameScope = (a: ProjectScope | null, b: { connectionId: string; projectId: string }): boolean =>
  a !== null && a.connectionId === b.connectionId && a.projectId === b.projectId
