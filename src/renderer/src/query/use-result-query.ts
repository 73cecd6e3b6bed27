import type { AppError } from '@shared/errors'
import type { Result } from '@shared/result'
import { type QueryKey, useQuery } from '@tanstack/react-query'
import { appErrorOf, unwrap } from './result-error'

export interface ResultQueryOptions<T> {
  /** Reads again after this many milliseconds while it answers a number (a task main follows in the cloud). */
  readonly pollEvery?: (value: T | undefined) => number | false
}

/**
 * A read over IPC. The key names the query; an answer for a key the screen has moved past is
 * dropped by TanStack Query, and an unmounted screen is never updated. `read` is null while the
 * query cannot run yet (no project open): the query waits instead of failing.
 */
export function useResultQuery<T>(queryKey: QueryKey, read: (() => Promise<Result<T, AppError>>) | null, options: ResultQueryOptions<T> = {}) {
  const { pollEvery } = options
  const query = useQuery({
    queryKey,
    queryFn: async () => unwrap(await (read as () => Promise<Result<T, AppError>>)()),
    enabled: read !== null,
    ...(pollEvery ? { refetchInterval: (q: { state: { data: T | undefined } }) => pollEvery(q.state.data) } : {}),
  })
  return { ...query, appError: appErrorOf(query.error) }
}

/** One Try again for a screen made of several reads: each of them reads again. */
export function retryAll(...reads: readonly { readonly refetch: () => Promise<unknown> }[]): () => void {
  return () => reads.forEach((read) => void read.refetch())
}
