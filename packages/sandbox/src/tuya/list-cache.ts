import type { SbAuth, SbChannel, SbPerson } from './model'

/** How many filtered lists are kept per kind; a client paging a few lists at once needs a few. */
const MAX_ENTRIES = 8

/**
 * One route's filtered lists, per query. Filtering a large site (50,000 permissions, 20,000
 * persons) took tens of milliseconds per page request, so paging through a list cost the
 * square of its length and made the sandbox, not the latency, the limit of any sync. Entries
 * hold the site's own objects: pages are still turned into wire objects when asked, so what
 * changes in place (issue statuses, online) shows at once.
 */
class ListCache<T> {
  private readonly entries = new Map<string, readonly T[]>()

  /** The list for `key`, filtered by `compute` on the first ask since the site changed. */
  get(key: string, compute: () => readonly T[]): readonly T[] {
    const cached = this.entries.get(key)
    if (cached) return cached
    const items = compute()
    if (this.entries.size >= MAX_ENTRIES) {
      const oldest = this.entries.keys().next()
      if (!oldest.done) this.entries.delete(oldest.value)
    }
    this.entries.set(key, items)
    return items
  }

  clear(): void {
    this.entries.clear()
  }
}

/**
 * The cached lists of the large collections. Whatever may change which items match a query or
 * their order (a request to a route not marked `reads`, a send landing) calls `invalidate`.
 * Queries whose answer depends on the clock or on device status (flapping, admin overrides)
 * are never cached.
 */
export class SiteLists {
  readonly persons = new ListCache<SbPerson>()
  readonly auths = new ListCache<SbAuth>()
  readonly channels = new ListCache<SbChannel>()

  invalidate(): void {
    this.persons.clear()
    this.auths.clear()
    this.channels.clear()
  }
}
