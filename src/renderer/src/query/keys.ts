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
export type ProjectDomain = 'overview' | 'tree' | 'devices' | 'residents' | 'accessGroups' | 'staff' | 'persons' | 'sends'

export const projectKey = (scope: ProjectScopeKey) => ['project', scope.connectionId, scope.projectId] as const

export const domainKey = (scope: ProjectScopeKey, domain: ProjectDomain) => [...projectKey(scope), domain] as const

export const connectionsKey = ['connections'] as const

export const outboxKey = ['outbox'] as const
