import { api } from '../../api'
import { refreshQueries } from '../../query/app-client'
import { type ProjectScopeKey, siteZoneKey } from '../../query/keys'

/** Sets the site's zone; every screen showing it reads it again before the answer returns. */
export async function setSiteZone(scope: ProjectScopeKey, zone: string) {
  const result = await api.project.setSiteZone({ ...scope, zone })
  if (result.ok) await refreshQueries(siteZoneKey(scope))
  return result
}

/** The groups were shifted for the clock change at `changeAt` (or need no shift): the step is not offered again. */
export async function settleClockChange(scope: ProjectScopeKey, changeAt: number) {
  const result = await api.project.settleClockChange({ ...scope, changeAt })
  if (result.ok) await refreshQueries(siteZoneKey(scope))
  return result
}
