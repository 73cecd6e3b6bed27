import type { StatusFreshness } from '../../domain/devices'
import type { ProjectOverview } from '../../domain/sync'
import { invoke } from '../define'
import { projectScope } from '../schemas/project'

/** The project overview as the view needs it: cached counts plus how fresh the statuses are. */
export interface ProjectView {
  /** From the cached project list; null when the project was never listed. */
  readonly projectName: string | null
  readonly overview: ProjectOverview
  readonly freshness: StatusFreshness
  readonly syncing: boolean
}

export const projectInvokes = {
  /** Opening a project: start watching its devices; sync in the background when the cache is old. */
  'project:open': invoke<ProjectView>()(projectScope),
  'project:overview': invoke<ProjectView>()(projectScope),
} as const
