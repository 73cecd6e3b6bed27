import type { SyncProgress } from '@shared/domain/sync'

/**
 * What a "What is cached" tile shows while a sync runs: the cache's count, or the items the sync
 * has read when the cache is behind (a page read but still waiting for its write), so a tile
 * never shows fewer than its progress bar. Without a running sync, the cache's count alone.
 */
export function liveCount(cached: number, progress: SyncProgress | undefined, syncing: boolean): number {
  return syncing && progress ? Math.max(cached, progress.done) : cached
}
