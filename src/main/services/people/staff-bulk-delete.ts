import { randomUUID } from 'node:crypto'
import { type AppError, AppErrorException, toAppError } from '@shared/errors'
import {
  type BulkDeleteProgress,
  FAILED_NAMES_KEPT,
  STAFF_DELETE_BATCH,
  SUMMARY_NAMES,
  type SelectionSummary,
  type StaffSelection,
  inBatches,
} from '@shared/people/bulk-delete'
import { assertNever } from '@shared/util/assert-never'
import type { AkuvoxClient } from '../../clouds/akuvox'
import type { Logger } from '../../log/logger'
import { type CreatedStaff, ImportRunsRepo } from '../../store/cache/import-runs-repo'
import { ItemWritesRepo } from '../../store/cache/item-writes-repo'
import { ItemsRepo } from '../../store/cache/items-repo'
import { PeopleQueryRepo } from '../../store/cache/people-query-repo'
import type { CacheScope } from '../../store/cache/scope'
import type { SqlDatabase } from '../../store/driver'
import { cloudFirst } from '../outbox/cloud-first'
import type { OutboxService } from '../outbox/outbox-service'
import { combinedBase, staffBase } from '../outbox/versions'
import { type SessionOf, akuvoxClient, notFound } from './cloud'

export interface StaffBulkDeleteDeps {
  readonly db: SqlDatabase
  readonly session: SessionOf
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

/** Everything the cache holds: a "matching" selection is resolved in one read. */
const ALL = Number.MAX_SAFE_INTEGER

/**
 * Deletes a selection of staff (ids, everything a search finds, or what one import created) in
 * the cloud's batches, one batch at a time, reporting after each. A batch the cloud refuses as a
 * whole (it is all or nothing) is retried one staff at a time, so only the ones refused fail and
 * each failure has its own reason; a staff the cloud no longer has counts as deleted. Offline, or
 * once the network fails under a batch, the remaining batches wait in the outbox. Cancel stops
 * before the next batch: a batch already sent is never abandoned.
 */
export class StaffBulkDelete {
  private readonly jobs = new Map<string, Job>()
  private readonly query: PeopleQueryRepo
  private readonly items: ItemsRepo
  private readonly writes: ItemWritesRepo
  private readonly runs: ImportRunsRepo

  constructor(private readonly deps: StaffBulkDeleteDeps) {
    this.query = new PeopleQueryRepo(deps.db)
    this.items = new ItemsRepo(deps.db)
    this.writes = new ItemWritesRepo(deps.db)
    this.runs = new ImportRunsRepo(deps.db)
  }

  /** The staff a selection holds now, in list order (file order for an import). */
  resolve(scope: CacheScope, selection: StaffSelection): CreatedStaff[] {
    switch (selection.kind) {
      case 'ids': {
        const out: CreatedStaff[] = []
        for (const id of new Set(selection.staffAccessIds)) {
          const s = this.query.staffSummary(scope, id)
          if (s) out.push({ id, name: s.staffAccessName })
        }
        return out
      }
      case 'matching': {
        const except = new Set(selection.except)
        const search = selection.search.trim()
        return this.items
          .list('staffAccesses', scope, { ...(search ? { search } : {}), limit: ALL })
          .filter((s) => !except.has(s.staffAccessId))
          .map((s) => ({ id: s.staffAccessId, name: s.staffAccessName }))
      }
      case 'importRun':
        if (!this.runs.exists(scope, selection.runId)) throw notFound('selection.runId')
        return this.runs.remaining(scope, selection.runId)
      default:
        return assertNever(selection, 'selection')
    }
  }

  summary(scope: CacheScope, selection: StaffSelection): SelectionSummary {
    const staff = this.resolve(scope, selection)
    return { count: staff.length, firstNames: staff.slice(0, SUMMARY_NAMES).map((s) => s.name) }
  }

  async start(scope: CacheScope, selection: StaffSelection): Promise<BulkDeleteProgress> {
    const targets = this.resolve(scope, selection)
    const client = await akuvoxClient(this.deps.session, scope)
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
    this.deps.logger.info('bulk staff delete started', { ...scope, jobId, total: targets.length, selection: selection.kind })
    void this.work(job, client, targets).catch((error: unknown) => {
      this.deps.logger.error('bulk staff delete stopped', { ...scope, jobId, error: error instanceof Error ? error.message : String(error) })
      this.update(job, { state: 'finished', failure: job.progress.failure ?? toAppError(error) })
      this.deps.onChange(scope)
    })
    return job.progress
  }

  cancel(jobId: string): BulkDeleteProgress {
    const job = this.jobs.get(jobId)
    if (!job) throw notFound('jobId')
    if (job.progress.state === 'running') {
      job.cancel.abort()
      this.update(job, { state: 'cancelling' })
    }
    return job.progress
  }

  private async work(job: Job, client: AkuvoxClient, targets: readonly CreatedStaff[]): Promise<void> {
    const { scope } = job
    let offline = !this.deps.isOnline()
    const gate = { outbox: this.deps.outbox, isOnline: () => !offline }
    const batches = inBatches(targets, STAFF_DELETE_BATCH)
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
          send: () =>
            single !== undefined
              ? client.deleteStaffAccess({ projectId: scope.projectId, staffAccessId: single })
              : client.batchDeleteStaffAccesses({ projectId: scope.projectId, staffAccessIds: ids }),
          queue: () => this.queued(scope, ids),
        })
        if (outcome.kind === 'sent') this.deleted(job, ids)
        else {
          if (outcome.reason !== null) offline = true
          this.update(job, { queued: job.progress.queued + ids.length, done: job.progress.done + ids.length })
        }
      } catch (error) {
        // All or nothing: one staff the cloud refuses fails the whole batch. Find which, one at a time.
        offline = (await this.oneByOne(job, client, gate, batch, error)) || offline
      }
    }
    this.update(job, { state: job.cancel.signal.aborted ? 'cancelled' : 'finished' })
    this.deps.logger.info('bulk staff delete ended', { ...scope, jobId: job.progress.jobId, ...counts(job.progress) })
    this.deps.onChange(scope)
  }

  /** Answers whether the network failed meanwhile (the rest then waits in the outbox). */
  private async oneByOne(
    job: Job,
    client: AkuvoxClient,
    gate: { readonly outbox: OutboxService; readonly isOnline: () => boolean },
    batch: readonly CreatedStaff[],
    batchError: unknown,
  ): Promise<boolean> {
    const { scope } = job
    if (batch.length === 1) {
      this.failedOne(job, batch[0] as CreatedStaff, batchError)
      return false
    }
    let offline = false
    for (const staff of batch) {
      try {
        const outcome = await cloudFirst(
          { outbox: gate.outbox, isOnline: () => !offline && gate.isOnline() },
          {
            send: () => client.deleteStaffAccess({ projectId: scope.projectId, staffAccessId: staff.id }),
            queue: () => this.queued(scope, [staff.id]),
          },
        )
        if (outcome.kind === 'sent') this.deleted(job, [staff.id])
        else {
          if (outcome.reason !== null) offline = true
          this.update(job, { queued: job.progress.queued + 1, done: job.progress.done + 1 })
        }
      } catch (error) {
        this.failedOne(job, staff, error)
      }
    }
    return offline
  }

  private failedOne(job: Job, staff: CreatedStaff, error: unknown): void {
    const appErr: AppError = error instanceof AppErrorException ? error.error : toAppError(error)
    // Already gone from the cloud: what the installer wanted.
    if (appErr.code === 'not_found') {
      this.deleted(job, [staff.id])
      return
    }
    const p = job.progress
    this.update(job, {
      failed: p.failed + 1,
      done: p.done + 1,
      failedNames: p.failedNames.length < FAILED_NAMES_KEPT ? [...p.failedNames, staff.name] : p.failedNames,
      failure: p.failure ?? appErr,
    })
  }

  private deleted(job: Job, ids: readonly string[]): void {
    this.writes.removeStaff(job.scope, ids)
    this.update(job, { deleted: job.progress.deleted + ids.length, done: job.progress.done + ids.length })
  }

  private queued(scope: CacheScope, ids: readonly string[]) {
    const cached = ids.flatMap((id) => this.query.staffSummary(scope, id) ?? [])
    return {
      ...scope,
      operation: { kind: 'akuvox.staff.delete' as const, projectId: scope.projectId, staffAccessIds: ids },
      base: combinedBase(cached.map((s) => staffBase(s))),
    }
  }

  private update(job: Job, change: Partial<BulkDeleteProgress>): void {
    job.progress = { ...job.progress, ...change }
    this.deps.onProgress(job.progress)
  }
}

const counts = (p: BulkDeleteProgress) => ({ deleted: p.deleted, queued: p.queued, failed: p.failed, skipped: p.skipped })
