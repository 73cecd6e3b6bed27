/**
 * Runs `work` on every item, at most `limit` at once. The first failure rejects once the items
 * already started have ended; no item starts after it.
 */
export async function eachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  let failed = false
  const worker = async (): Promise<void> => {
    while (!failed && next < items.length) {
      const item = items[next++] as T
      try {
        await work(item)
      } catch (error) {
        failed = true
        throw error
      }
    }
  }
  const results = await Promise.allSettled(Array.from({ length: Math.min(limit, items.length) }, worker))
  const failure = results.find((r) => r.status === 'rejected')
  if (failure) throw failure.reason
}
