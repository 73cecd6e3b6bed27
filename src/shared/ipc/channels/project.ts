import type { StatusFreshness } from '../../domain/devices'
import type { ProjectOverview } from '../../domain/sync'
import { invoke } from '../define'
import type { SiteZone, SiteZoneView } from '../../domain/site-zone'
import { clockChangeInput, projectScope, siteZoneInput } from '../schemas/project'

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
  /** The site's time zone (none until set) and the zones worth proposing: the cloud region's, the computer's. */
  'project:siteZone': invoke<SiteZoneView>()(projectScope),
  /** Schedules are entered and shown in this zone from now on; the cloud still keeps UTC. */
  'project:setSiteZone': invoke<SiteZone>()(siteZoneInput),
  /** The groups were shifted for this clock change (or the installer said none needs it): stop offering the step. */
  'project:settleClockChange': invoke<SiteZone>()(clockChangeInput),
} as const
