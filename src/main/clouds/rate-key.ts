/**
 * The key the request limiter paces by: one connection and one project of it (an empty project
 * for calls outside any project, such as a sign-in or the project list).
 */
export function rateKey(connectionId: string, projectId: string | null): string {
  return `${connectionId}/${projectId ?? ''}`
}

export interface RateScope {
  readonly connectionId: string
  /** Null for calls outside any project. */
  readonly projectId: string | null
}

export function rateScopeOf(key: string): RateScope {
  const slash = key.indexOf('/')
  if (slash < 0) return { connectionId: key, projectId: null }
  const projectId = key.slice(slash + 1)
  return { connectionId: key.slice(0, slash), projectId: projectId === '' ? null : projectId }
}
