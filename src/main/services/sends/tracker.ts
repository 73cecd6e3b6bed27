import type { TuyaAuthTask } from '@shared/domain/tuya'
import { type AppError, toAppError } from '@shared/errors'
import { POLL_BACKOFF, type PollBackoff, nextDelay } from '@shared/sends/backoff'
import type { NamedChannel } from '@shared/sends/task-channel'
import { isSettled } from '@shared/sends/task-state'
import type { SendProgress, TrackedTask } from '@shared/sends/types'
import type { TuyaClient } from '../../clouds/tuya'
import type { Logger } from '../../log/logger'
import type { CacheScope } from '../../store/cache/scope'
import type { SendsRepo } from '../../store/cache/sends-repo'
import { collect } from './tuya-client'
import { trackedTask } from './tracked'

export type Sleep = (ms: number, signal: AbortSignal) => Promise<void>

export const realSleep: Sleep = (ms, signal) =>
  new Promise((resolve) => {
    const timer = setTimeout(resolve, ms)
    signal.addEventListener('abort', () => {
      clearTimeout(timer)
      resolve()
    })
  })

export interface TrackerDeps {
  readonly client: (scope: CacheScope) => Promise<TuyaClient>
  readonly repo: SendsRepo
  readonly channels: (scope: CacheScope) => readonly NamedChannel[]
  readonly emit: (progress: SendProgress) => void
  readonly logger: Logger
  readonly sleep?: Sleep
  readonly backoff?: PollBackoff
  /** Failed polls in a row before tracking stops as "stalled" (it can be resumed). */
  readonly maxFailures?: number
}

/** How many task-list pages are read to find the batch's tasks (newest first). */
const TASK_PAGES = 5
const TASK_PAGE_SIZE = 50

/**
 * Follows batches of send tasks: polls the task list and each unsettled task's records, with a
 * wait that grows while nothing moves and resets when something does; writes what it reads into
 * the cache (so results stay readable offline) and emits progress. When every task is settled it
 * re-reads the permissions of the batch's channels, whose issue statuses the send changed.
 */
export class SendTracker {
  private readonly running = new Map<string, AbortController>()

  constructor(private readonly deps: TrackerDeps) {}

  /** Starts following the batch; false when it is already followed. Resolves when tracking ends. */
  track(scope: CacheScope, taskIds: readonly string[]): { readonly started: boolean; readonly done: Promise<void> } {
    const key = `${scope.connectionId}/${scope.projectId}/${[...taskIds].sort().join(',')}`
    if (this.running.has(key)) return { started: false, done: Promise.resolve() }
    const controller = new AbortController()
    this.running.set(key, controller)
    const done = this.loop(scope, taskIds, controller.signal)
      .catch((error: unknown) => this.deps.logger.error('send tracking failed', { error: toAppError(error).detail ?? '' }))
      .finally(() => this.running.delete(key))
    return { started: true, done }
  }

  close(): void {
    for (const c of this.running.values()) c.abort()
    this.running.clear()
  }

  private async loop(scope: CacheScope, taskIds: readonly string[], signal: AbortSignal): Promise<void> {
    const { backoff = POLL_BACKOFF, maxFailures = 8, sleep = realSleep } = this.deps
    let delay = backoff.minMs
    let failures = 0
    let last = ''
    while (!signal.aborted) {
      await sleep(delay, signal)
      if (signal.aborted) return
      try {
        const client = await this.deps.client(scope)
        const tasks = await this.poll(client, scope, taskIds)
        const fingerprint = tasks.map((t) => `${t.task.authTaskId}:${t.done}:${t.task.progress.code}`).join('|')
        const settled = tasks.length === taskIds.length && tasks.every((t) => isSettled(t.task))
        failures = 0
        delay = nextDelay(delay, fingerprint !== last, backoff)
        last = fingerprint
        if (settled) await this.refreshAuths(client, scope, tasks)
        this.emit(scope, taskIds, tasks, settled ? 'finished' : 'running', null)
        if (settled) return
      } catch (error) {
        failures++
        delay = nextDelay(delay, false, backoff)
        const stalled = failures >= maxFailures
        this.emit(scope, taskIds, this.cached(scope, taskIds), stalled ? 'stalled' : 'running', toAppError(error))
        if (stalled) return
      }
    }
  }

  private async poll(client: TuyaClient, scope: CacheScope, taskIds: readonly string[]): Promise<TrackedTask[]> {
    const { repo } = this.deps
    const found = await this.findTasks(client, taskIds)
    repo.putTasks(scope, found)
    const channels = this.deps.channels(scope)
    const byId = new Map(repo.tasks(scope).map((t) => [t.authTaskId, t]))
    const tracked: TrackedTask[] = []
    for (const id of taskIds) {
      const task = byId.get(id)
      if (!task) continue
      const fresh = found.some((t) => t.authTaskId === id)
      if (fresh) repo.putRecords(scope, id, await collect(client.iterateAuthTaskRecords(id, {}, { pageSize: 100 })))
      tracked.push(trackedTask(task, repo.records(scope, id), channels))
    }
    return tracked
  }

  /** The batch's tasks from the newest pages of the task list (tasks name no channel id and have no by-id progress read). */
  private async findTasks(client: TuyaClient, taskIds: readonly string[]): Promise<TuyaAuthTask[]> {
    const wanted = new Set(taskIds)
    const found: TuyaAuthTask[] = []
    for (let page = 1; page <= TASK_PAGES && found.length < wanted.size; page++) {
      const result = await client.listAuthTasks({ page, pageSize: TASK_PAGE_SIZE })
      found.push(...result.items.filter((t) => wanted.has(t.authTaskId)))
      if (!result.hasMore || result.items.length < TASK_PAGE_SIZE) break
    }
    return found
  }

  private async refreshAuths(client: TuyaClient, scope: CacheScope, tasks: readonly TrackedTask[]): Promise<void> {
    const channelIds = [...new Set(tasks.flatMap((t) => (t.channelId === null ? [] : [t.channelId])))]
    if (channelIds.length === 0) return
    this.deps.repo.putAuths(scope, await collect(client.iterateAccessAuth({ channelIds }, { pageSize: 100 })))
  }

  private cached(scope: CacheScope, taskIds: readonly string[]): TrackedTask[] {
    const { repo } = this.deps
    const channels = this.deps.channels(scope)
    const byId = new Map(repo.tasks(scope).map((t) => [t.authTaskId, t]))
    return taskIds.flatMap((id) => {
      const task = byId.get(id)
      return task ? [trackedTask(task, repo.records(scope, id), channels)] : []
    })
  }

  private emit(scope: CacheScope, taskIds: readonly string[], tasks: readonly TrackedTask[], state: SendProgress['state'], error: AppError | null): void {
    this.deps.emit({ connectionId: scope.connectionId, projectId: scope.projectId, taskIds: [...taskIds], tasks, state, error })
  }
}
