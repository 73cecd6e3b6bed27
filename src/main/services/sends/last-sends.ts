import { channelOfTask } from '@shared/sends/task-channel'
import type { LastSend } from '@shared/sends/types'
import type { CacheScope } from '../../store/cache/scope'
import type { SendChannel, SendsRepo } from '../../store/cache/sends-repo'

/** The newest cached task of each channel, with its failed-record count. */
export function lastSends(repo: SendsRepo, scope: CacheScope, channels: readonly SendChannel[]): Map<string, LastSend> {
  const failed = repo.failedByTask(scope)
  const out = new Map<string, LastSend>()
  for (const task of repo.tasks(scope)) {
    const channelId = channelOfTask(task, channels)
    if (channelId === null || out.has(channelId)) continue
    out.set(channelId, { task, failed: failed.get(task.authTaskId) ?? 0 })
  }
  return out
}
