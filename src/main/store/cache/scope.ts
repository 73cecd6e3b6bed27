/** Every cached row belongs to one project of one connection. */
export interface CacheScope {
  readonly connectionId: string
  readonly projectId: string
}
