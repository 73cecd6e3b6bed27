import { QueryClient } from '@tanstack/react-query'

/**
 * The renderer's one cache of server state. Reads come from main's local database over IPC, so
 * they are not retried (a failure is an answer, shown at once) and not refetched on focus: main
 * says when data changed, through events (see follow-changes.ts).
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, staleTime: Number.POSITIVE_INFINITY, refetchOnWindowFocus: false, refetchOnReconnect: false },
      mutations: { retry: false },
    },
  })
}
