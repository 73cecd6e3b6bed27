import type { SyncContext } from './sync-context'

/**
 * Waits for every collection, so none is still writing when the sync returns. The first
 * failure stops the others and is the one rethrown (theirs are only the resulting cancels).
 */
export async function settleAll(ctx: SyncContext, tasks: readonly Promise<void>[]): Promise<void> {
  let first: { readonly error: unknown } | null = null
  await Promise.allSettled(
    tasks.map((task) =>
      task.catch((error: unknown) => {
        first ??= { error }
        ctx.abort()
      }),
    ),
  )
  if (first !== null) throw (first as { readonly error: unknown }).error
}
