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
import { eachLimited } from './each-limited'
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

/**
 * Task-list pages and tasks' records read at once while following a batch: enough that the
 * transport's rate limiter, not this count, paces following a send to many channels
 * (docs/architecture.md, "Writes at the rate limit").
 */
export const SEND_READ_CONCURRENCY = 16
const TASK_PAGE_SIZE = 100
/** Until the batch's tasks are found, at most this many task-list pages (newest first) are read per poll. */
const MAX_TASK_PAGES = 50
const RECORDS_PAGE_SIZE = 100

/** What one poll learnt for the next. */
interface Followed {
  /** The settled tasks whose records were read (they no longer change). */
  readonly read: Set<string>
  /** When the batch's earliest task started (the cloud's clock), once all were found: the task list is read from there. */
  since: number | undefined
}

/**
 * Follows batches of send tasks: polls the task list, with a wait that grows while nothing moves
 * and resets when something does, and reads each task's records once, when it has settled (a
 * running task's progress is its success count; reading its records on every poll would spend
 * the cloud's rate on answers about to change); writes what it reads into the cache (so results
 * stay readable offline) and emits progress. Once every task is found, the task list is read
 * from the batch's start only. When every task is settled it re-reads the permissions of the
 * batch's channels, whose issue statuses the send changed. Reads go out SEND_READ_CONCURRENCY at a time.
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
    const followed: Followed = { read: new Set(), since: undefined }
    while (!signal.aborted) {
      await sleep(delay, signal)
      if (signal.aborted) return
      try {
        const client = await this.deps.client(scope)
        const tasks = await this.poll(client, scope, taskIds, followed)
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

  private async poll(client: TuyaClient, scope: CacheScope, taskIds: readonly string[], followed: Followed): Promise<TrackedTask[]> {
    const { repo } = this.deps
    const found = await this.findTasks(client, taskIds, followed.since)
    repo.putTasks(scope, found)
    // Read from the batch's start while that finds all of it; a poll that misses some looks newest first again.
    followed.since = found.length === taskIds.length ? Math.min(...found.map((t) => t.taskStartTime)) : undefined
    const settled = found.filter((t) => isSettled(t) && !followed.read.has(t.authTaskId))
    await eachLimited(settled, SEND_READ_CONCURRENCY, async (task) => {
      repo.putRecords(scope, task.authTaskId, await collect(client.iterateAuthTaskRecords(task.authTaskId, {}, { pageSize: RECORDS_PAGE_SIZE })))
      followed.read.add(task.authTaskId)
    })
    const byId = new Map(found.map((t) => [t.authTaskId, t]))
    // A task this poll did not find is shown as last cached.
    if (byId.size < taskIds.length) for (const t of repo.tasks(scope)) if (!byId.has(t.authTaskId)) byId.set(t.authTaskId, t)
    const channels = this.deps.channels(scope)
    return taskIds.flatMap((id) => {
      const task = byId.get(id)
      return task ? [trackedTask(task, repo.records(scope, id), channels)] : []
    })
  }

  /**
   * The batch's tasks from the task list, newest first (tasks name no channel id and have no
   * by-id progress read): from the batch's start once known, else at most MAX_TASK_PAGES pages.
   */
  private async findTasks(client: TuyaClient, taskIds: readonly string[], since: number | undefined): Promise<TuyaAuthTask[]> {
    const wanted = new Set(taskIds)
    const found: TuyaAuthTask[] = []
    const filter = since === undefined ? {} : { taskStartFrom: since }
    let pages = 0
    for await (const page of client.iterateAuthTasks(filter, { pageSize: TASK_PAGE_SIZE, concurrency: SEND_READ_CONCURRENCY })) {
      found.push(...page.items.filter((t) => wanted.has(t.authTaskId)))
      if (found.length >= wanted.size || ++pages >= MAX_TASK_PAGES) break
    }
    return found
  }

  private async refreshAuths(client: TuyaClient, scope: CacheScope, tasks: readonly TrackedTask[]): Promise<void> {
    const channelIds = [...new Set(tasks.flatMap((t) => (t.channelId === null ? [] : [t.channelId])))]
    if (channelIds.length === 0) return
    this.deps.repo.putAuths(scope, await collect(client.iterateAccessAuth({ channelIds }, { pageSize: 100, concurrency: SEND_READ_CONCURRENCY })))
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
