import { randomUUID } from 'node:crypto'
import { type AppError, AppErrorException, toAppError } from '@shared/errors'
import { type BulkDeleteProgress, FAILED_NAMES_KEPT, inBatches } from '@shared/people/bulk-delete'
import type { Logger } from '../../log/logger'
import type { CacheScope } from '../../store/cache/scope'
import { cloudFirst } from '../outbox/cloud-first'
import type { EnqueueInput, OutboxService } from '../outbox/outbox-service'

/** One record a batch delete takes out, with the name its results show. */
export interface BatchTarget {
  readonly id: string
  readonly name: string
}

/** How one vendor deletes: a batch, one record, what waits in the outbox, and the cache after. */
export interface Deleter {
  readonly batchSize: number
  readonly deleteBatch: (ids: readonly string[]) => Promise<void>
  readonly deleteOne: (id: string) => Promise<void>
  readonly queue: (ids: readonly string[]) => EnqueueInput
  /** The cache after the cloud deleted these (before the next batch is sent). */
  readonly deleted: (ids: readonly string[]) => void
}

export interface BatchDeleteDeps {
  readonly outbox: OutboxService
  readonly isOnline: () => boolean
  readonly logger: Logger
  readonly onProgress: (progress: BulkDeleteProgress) => void
  readonly onChange: (scope: CacheScope) => void
}

interface Job {
  progress: BulkDeleteProgress
  readonly scope: CacheScope
  readonly cancel: AbortController
}

type Gate = { readonly outbox: OutboxService; readonly isOnline: () => boolean }

/**
 * Runs batch deletes in the cloud's batches, one batch at a time, reporting after each. A batch
 * the cloud refuses as a whole is retried one record at a time, so only the ones refused fail,
 * each with its own reason; a record the cloud no longer has counts as deleted. Offline, or once
 * the network fails under a batch, the remaining batches wait in the outbox. Cancel stops before
 * the next batch: a batch already sent is never abandoned (its outcome would be unknown).
 */
export class BatchDeleteJobs {
  private readonly jobs = new Map<string, Job>()

  constructor(private readonly deps: BatchDeleteDeps) {}

  start(scope: CacheScope, targets: readonly BatchTarget[], deleter: Deleter): BulkDeleteProgress {
    for (const [id, other] of this.jobs) if (other.progress.state === 'finished' || other.progress.state === 'cancelled') this.jobs.delete(id)
    const jobId = randomUUID()
    const job: Job = {
      progress: {
        jobId,
        ...scope,
        state: 'running',
        total: targets.length,
        done: 0,
        deleted: 0,
        queued: 0,
        failed: 0,
        failedNames: [],
        failure: null,
        skipped: 0,
      },
      scope,
      cancel: new AbortController(),
    }
    this.jobs.set(jobId, job)
    this.deps.logger.info('batch delete started', { ...scope, jobId, total: targets.length })
    void this.work(job, targets, deleter).catch((error: unknown) => {
      this.deps.logger.error('batch delete stopped', { ...scope, jobId, error: error instanceof Error ? error.message : String(error) })
      this.update(job, { state: 'finished', failure: job.progress.failure ?? toAppError(error) })
      this.deps.onChange(scope)
    })
    return job.progress
  }

  cancel(jobId: string): BulkDeleteProgress | null {
    const job = this.jobs.get(jobId)
    if (!job) return null
    if (job.progress.state === 'running') {
      job.cancel.abort()
      this.update(job, { state: 'cancelling' })
    }
    return job.progress
  }

  private async work(job: Job, targets: readonly BatchTarget[], deleter: Deleter): Promise<void> {
    let offline = !this.deps.isOnline()
    const gate: Gate = { outbox: this.deps.outbox, isOnline: () => !offline }
    const batches = inBatches(targets, deleter.batchSize)
    for (const [index, batch] of batches.entries()) {
      if (job.cancel.signal.aborted) {
        const left = batches.slice(index).reduce((n, b) => n + b.length, 0)
        this.update(job, { skipped: left, done: job.progress.done + left })
        break
      }
      const ids = batch.map((s) => s.id)
      const single = ids.length === 1 ? ids[0] : undefined
      try {
        const outcome = await cloudFirst(gate, {
          send: () => (single !== undefined ? deleter.deleteOne(single) : deleter.deleteBatch(ids)),
          queue: () => deleter.queue(ids),
        })
        if (outcome.kind === 'sent') this.deleted(job, deleter, ids)
        else {
          if (outcome.reason !== null) offline = true
          this.update(job, { queued: job.progress.queued + ids.length, done: job.progress.done + ids.length })
        }
      } catch (error) {
        // All or nothing: one record the cloud refuses fails the whole batch. Find which, one at a time.
        offline = (await this.oneByOne(job, deleter, gate, batch, error)) || offline
      }
    }
    this.update(job, { state: job.cancel.signal.aborted ? 'cancelled' : 'finished' })
    const p = job.progress
    this.deps.logger.info('batch delete ended', { ...job.scope, jobId: p.jobId, deleted: p.deleted, queued: p.queued, failed: p.failed, skipped: p.skipped })
    this.deps.onChange(job.scope)
  }

  /** Answers whether the network failed meanwhile (the rest then waits in the outbox). */
  private async oneByOne(job: Job, deleter: Deleter, gate: Gate, batch: readonly BatchTarget[], batchError: unknown): Promise<boolean> {
    if (batch.length === 1) {
      this.failedOne(job, deleter, batch[0] as BatchTarget, batchError)
      return false
    }
    let offline = false
    for (const target of batch) {
      try {
        const outcome = await cloudFirst(
          { outbox: gate.outbox, isOnline: () => !offline && gate.isOnline() },
          { send: () => deleter.deleteOne(target.id), queue: () => deleter.queue([target.id]) },
        )
        if (outcome.kind === 'sent') this.deleted(job, deleter, [target.id])
        else {
          if (outcome.reason !== null) offline = true
          this.update(job, { queued: job.progress.queued + 1, done: job.progress.done + 1 })
        }
      } catch (error) {
        this.failedOne(job, deleter, target, error)
      }
    }
    return offline
  }

  private failedOne(job: Job, deleter: Deleter, target: BatchTarget, error: unknown): void {
    const reason: AppError = error instanceof AppErrorException ? error.error : toAppError(error)
    // Already gone from the cloud: what the installer wanted.
    if (reason.code === 'not_found') {
      this.deleted(job, deleter, [target.id])
      return
    }
    const p = job.progress
    this.update(job, {
      failed: p.failed + 1,
      done: p.done + 1,
      failedNames: p.failedNames.length < FAILED_NAMES_KEPT ? [...p.failedNames, target.name] : p.failedNames,
      failure: p.failure ?? reason,
    })
  }

  private deleted(job: Job, deleter: Deleter, ids: readonly string[]): void {
    deleter.deleted(ids)
    this.update(job, { deleted: job.progress.deleted + ids.length, done: job.progress.done + ids.length })
  }

  private update(job: Job, change: Partial<BulkDeleteProgress>): void {
    job.progress = { ...job.progress, ...change }
    this.deps.onProgress(job.progress)
  }
}
