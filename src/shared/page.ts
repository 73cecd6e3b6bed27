/** One page of a list read a slice at a time (every paged channel answers this shape). */
export interface Page<T> {
  /** How many match the query in all. */
  readonly total: number
  readonly offset: number
  readonly items: readonly T[]
}
