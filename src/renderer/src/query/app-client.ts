import type { QueryClient, QueryKey } from '@tanstack/react-query'

/**
 * The query cache the window is showing, for the store actions that change server state outside
 * a component (opening a project, a sync started from the palette): they mark what they changed
 * stale here, and the screens reading it refresh. Bound by `QueryProvider`.
 */
let bound: QueryClient | null = null

export function bindQueryClient(client: QueryClient): () => void {
  bound = client
  return () => {
    if (bound === client) bound = null
  }
}

/** Marks the queries under `key` stale: those on screen read again at once; resolves when they have. */
export async function refreshQueries(key: QueryKey): Promise<void> {
  await bound?.invalidateQueries({ queryKey: key })
}

/** Puts an answer main already gave under `key`, so no screen reads it again. */
export function putQueryData<T>(key: QueryKey, value: T): void {
  bound?.setQueryData(key, value)
}

/** Changes an answer in the cache as a write main confirmed changed it. */
export function patchQueryData<T>(key: QueryKey, patch: (before: T | undefined) => T | undefined): void {
  bound?.setQueryData<T>(key, patch)
}

/** What the cache holds under `key` now, for commands run outside a screen (the palette, the menus). */
export function peekQueryData<T>(key: QueryKey): T | undefined {
  return bound?.getQueryData<T>(key)
}
