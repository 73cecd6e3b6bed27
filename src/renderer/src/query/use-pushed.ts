import { type QueryKey, skipToken, useQuery } from '@tanstack/react-query'

/**
 * What main pushes through events and `followChanges` puts in the cache (progress, outcomes):
 * nothing to read, so undefined until the first event arrives.
 */
export function usePushed<T>(queryKey: QueryKey): T | undefined {
  return useQuery<T>({ queryKey, queryFn: skipToken }).data
}
