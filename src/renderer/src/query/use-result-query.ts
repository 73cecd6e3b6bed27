import type { AppError } from '@shared/errors'
import type { Result } from '@shared/result'
import { type QueryKey, useQuery } from '@tanstack/react-query'
import { appErrorOf, unwrap } from './result-error'

/**
 * A read over IPC. The key names the query; an answer for a key the screen has moved past is
 * dropped by TanStack Query, and an unmounted screen is never updated. `read` is null while the
 * query cannot run yet (no project open): the query waits instead of failing.
 */
export function useResultQuery<T>(queryKey: QueryKey, read: (() => Promise<Result<T, AppError>>) | null) {
  const query = useQuery({
    queryKey,
    queryFn: async () => unwrap(await (read as () => Promise<Result<T, AppError>>)()),
    enabled: read !== null,
  })
  return { ...query, appError: appErrorOf(query.error) }
}
