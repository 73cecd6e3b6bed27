import { api } from '../../api'
import { type ProjectScopeKey, siteZoneKey } from '../../query/keys'
import { useResultQuery } from '../../query/use-result-query'

/** The open project's site time zone (null until set) and the zones worth proposing. */
export function useSiteZone(scope: ProjectScopeKey | null) {
  return useResultQuery(scope ? siteZoneKey(scope) : ['project', 'none', 'siteZone'], scope ? () => api.project.siteZone(scope) : null)
}
