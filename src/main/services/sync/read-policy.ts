/**
 * How much of the cache a sync may trust instead of reading it again. Neither cloud offers a
 * change feed, so an unchanged re-sync would otherwise read every page: lists read in full
 * recently are checked by their first page and length only, and what a sync skipped is named
 * in its summary with the age of the full read it relied on.
 */
export interface ReadPolicy {
  /** Read every page and every detail, whatever the cache holds. */
  readonly full: boolean
  /** A list read in full more recently than this may be checked by its first page and length. */
  readonly fullReadMaxAgeMs: number
  /** Group infos older than this are fetched again even when the group's summary is unchanged. */
  readonly detailMaxAgeMs: number
}
