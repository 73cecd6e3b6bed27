/**
 * Query keys. Everything read from one project starts with `projectKey(scope)`, so main's
 * `*:changed` events invalidate exactly the project and the domain they name, and an answer for
 * another project can never land under this one's key.
 */
export interface ProjectScopeKey {
  readonly connectionId: string
  readonly projectId: string
}

/** What a project's cached data is divided into; an event invalidates one domain or the whole project. */
export type ProjectDomain = 'overview' | 'tree' | 'devices' | 'residents' | 'accessGroups' | 'staff' | 'persons' | 'sends' | 'checklist'

export const projectKey = (scope: ProjectScopeKey) => ['project', scope.connectionId, scope.projectId] as const

export const domainKey = (scope: ProjectScopeKey, domain: ProjectDomain) => [...projectKey(scope), domain] as const

/** The project's site time zone and its suggestions (not cached data: the installer's setting). */
export const siteZoneKey = (scope: ProjectScopeKey) => [...projectKey(scope), 'siteZone'] as const

export const connectionsKey = ['connections'] as const

/** The projects a connection's cloud offers (read from the cloud, not the cache). */
export const projectsKey = (connectionId: string) => ['projects', connectionId] as const

/** The installer's ceiling on a connection's requests per second and the rate in use. */
export const requestRateKey = (connectionId: string) => ['requestRate', connectionId] as const

export const outboxKey = ['outbox'] as const

/** The installer activity log (every page and filter under it), and the installer's name. */
export const activityKey = ['activity'] as const

export const installerKey = ['app', 'installer'] as const

export const appInfoKey = ['app', 'info'] as const

export const networkKey = ['app', 'network'] as const

/**
 * What main pushes rather than answers: the latest progress of one batch of sends (by its sorted
 * task ids), the running sync's progress and its outcome. Kept apart from the domains, since
 * invalidating a domain reads again and these have nothing to read.
 */
export const sendProgressKey = (scope: ProjectScopeKey, taskIds: readonly string[]) =>
  ['pushed', scope.connectionId, scope.projectId, 'sendProgress', [...taskIds].sort().join(',')] as const

export const syncProgressKey = (scope: ProjectScopeKey) => ['pushed', scope.connectionId, scope.projectId, 'syncProgress'] as const

export const syncOutcomeKey = (scope: ProjectScopeKey) => ['pushed', scope.connectionId, scope.projectId, 'syncOutcome'] as const
