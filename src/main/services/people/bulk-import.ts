import { randomUUID } from 'node:crypto'
import type { AkuvoxStaffAccessSummary } from '@shared/domain/akuvox'
import { duplicateRefusal } from '@shared/duplicates/refusal'
import { unconfirmed } from '@shared/duplicates/rule-book'
import { type AppError, AppErrorException, appError } from '@shared/errors'
import type { Page } from '@shared/page'
import type { ImportRun } from '@shared/people/bulk-delete'
import type { BulkProgress, BulkResultsFilter, BulkResultsPage, BulkRow, BulkRowResult } from '@shared/people/staff'
import type { AkuvoxClient } from '../../clouds/akuvox'
import type { Logger } from '../../log/logger'
import { ImportRunsRepo } from '../../store/cache/import-runs-repo'
import { ItemWritesRepo } from '../../store/cache/item-writes-repo'
import { PeopleQueryRepo } from '../../store/cache/people-query-repo'
import type { CacheScope } from '../../store/cache/scope'
import type { SqlDatabase } from '../../store/driver'
import { cloudFirst, networkFailure } from '../outbox/cloud-first'
import type { OutboxService } from '../outbox/outbox-service'
import { type SessionOf, akuvoxClient } from './cloud'
import { CreatedStaffWrites } from './created-staff-writes'
import { credentialHolders } from './credential-holders'
import { createInput, identityKey, summaryOf } from './staff-input'
import { cloudTime } from './staff-service'

export interface BulkImportDeps {
  readonly db: SqlDatabase
  readonly session: SessionOf
  readonly outbox: OutboxService
  readonly isOnline: () => boolean
  readonly now: () => number
  readonly logger: Logger
  readonly onProgress: (progress: BulkProgress) => void
  readonly onChange: (scope: CacheScope) => void
}

interface Job {
  progress: BulkProgress
  readonly scope: CacheScope
  readonly concurrency: number
  /** The file's name, as the import run is listed for undoing. */
  readonly fileName: string
  /** The rows as they arrive, in file order; released once the job has run. */
  rows: BulkRow[]
  readonly lines: Set<number>
  /** Each row's result at the row's position (file order). */
  readonly results: (BulkRowResult | undefined)[]
  readonly cancel: AbortController
  /** When rows last arrived: an import left receiving longer than RECEIVING_TTL_MS is dropped. */
  touched: number
}

/** How long an import may wait between chunks before it is dropped. */
export const RECEIVING_TTL_MS = 10 * 60_000

const toAppError = (error: unknown): AppError =>
  error instanceof AppErrorException ? error.error : appError('internal', { detail: error instanceof Error ? error.message : String(error) })

const refuse = (detail: string, field: string): AppErrorException => new AppErrorException(appError('invalid_input', { detail, params: { field } }))

/** Staff read per page when an import first looks at who exists. */
const STAFF_PAGE_SIZE = 500

const matches = (filter: BulkResultsFilter, r: BulkRowResult): boolean => filter === 'all' || r.kind === filter

/**
 * Creates the checked rows of a file a few at a time, each with its own result. The rows arrive
 * in chunks (begin, append…, run) so no message grows with the file; results are read in pages.
 * Before anything is created the project's staff are read (from the cloud when it answers, else
 * the cache) and a row whose name and credentials are already there is reported as existing:
 * running the same file again creates nothing twice; a row whose create already waits in the
 * outbox points at that entry instead of queueing another. Cancel drops an import still
 * receiving, or stops taking new rows; rows already sent finish (an abandoned create would leave
 * its outcome unknown). Offline, or after a network failure, the remaining rows wait in the outbox.
 */
export class BulkImports {
  private readonly jobs = new Map<string, Job>()
  private readonly query: PeopleQueryRepo
  private readonly writes: ItemWritesRepo
  private readonly runs: ImportRunsRepo

  constructor(private readonly deps: BulkImportDeps) {
    this.query = new PeopleQueryRepo(deps.db)
    this.writes = new ItemWritesRepo(deps.db)
    this.runs = new ImportRunsRepo(deps.db)
  }

  async begin(scope: CacheScope, total: number, concurrency: number, fileName = ''): Promise<BulkProgress> {
    await akuvoxClient(this.deps.session, scope)
    this.sweep()
    for (const [id, other] of this.jobs) {
      if (other.progress.state === 'receiving' && other.scope.connectionId === scope.connectionId && other.scope.projectId === scope.projectId)
        this.jobs.delete(id)
    }
    const jobId = randomUUID()
    const job: Job = {
      progress: { jobId, ...scope, state: 'receiving', total, received: 0, done: 0, created: 0, existing: 0, queued: 0, failed: 0 },
      scope,
      concurrency,
      fileName,
      rows: [],
      lines: new Set(),
      results: [],
      cancel: new AbortController(),
      touched: this.deps.now(),
    }
    this.jobs.set(jobId, job)
    return job.progress
  }

  append(jobId: string, rows: readonly BulkRow[]): BulkProgress {
    const job = this.receiving(jobId)
    if (job.rows.length + rows.length > job.progress.total) throw refuse(`more rows than the ${job.progress.total} announced`, 'rows')
    for (const row of rows) {
      if (job.lines.has(row.line)) throw refuse(`line ${row.line} arrived twice`, 'rows')
      job.lines.add(row.line)
    }
    job.rows.push(...rows)
    job.touched = this.deps.now()
    this.update(job, { received: job.rows.length }, false)
    return job.progress
  }

  async run(jobId: string): Promise<BulkProgress> {
    const job = this.receiving(jobId)
    if (job.rows.length !== job.progress.total) throw refuse(`${job.rows.length} of ${job.progress.total} rows arrived`, 'rows')
    const client = await akuvoxClient(this.deps.session, job.scope)
    const rows = job.rows
    job.rows = []
    job.lines.clear()
    // Recorded before the first create, so every staff it creates belongs to a listed run.
    this.runs.begin(job.scope, jobId, job.fileName, this.deps.now())
    this.update(job, { state: 'running' }, true)
    void this.work(job.scope, client, job, rows).catch((error: unknown) => {
      this.deps.logger.error('bulk import stopped', { ...job.scope, jobId, error: error instanceof Error ? error.message : String(error) })
      this.finish(job, 'finished')
    })
    return job.progress
  }

  cancel(jobId: string): BulkProgress {
    const job = this.job(jobId)
    if (job.progress.state === 'receiving') {
      job.rows = []
      job.lines.clear()
      this.finish(job, 'cancelled')
    } else if (job.progress.state === 'running') {
      job.cancel.abort()
      this.update(job, { state: 'cancelling' }, true)
    }
    return job.progress
  }

  /** The imports run from this laptop, newest first. */
  importRuns(scope: CacheScope, offset: number, limit: number): Page<ImportRun> {
    return this.runs.page(scope, offset, limit)
  }

  get(jobId: string): BulkProgress {
    return this.job(jobId).progress
  }

  results(jobId: string, filter: BulkResultsFilter, offset: number, limit: number): BulkResultsPage {
    const job = this.job(jobId)
    const rows: BulkRowResult[] = []
    let total = 0
    for (const r of job.results) {
      if (r === undefined || !matches(filter, r)) continue
      if (total >= offset && rows.length < limit) rows.push(r)
      total++
    }
    return { jobId, filter, total, offset, items: rows }
  }

  /** Drops imports left receiving too long (an abandoned wizard, a closed window). */
  private sweep(): void {
    const now = this.deps.now()
    for (const [id, job] of this.jobs) if (job.progress.state === 'receiving' && now - job.touched > RECEIVING_TTL_MS) this.jobs.delete(id)
  }

  private receiving(jobId: string): Job {
    this.sweep()
    const job = this.job(jobId)
    if (job.progress.state !== 'receiving')
      throw new AppErrorException(appError('conflict', { detail: `the import is ${job.progress.state}`, params: { field: 'jobId' } }))
    return job
  }

  private job(jobId: string): Job {
    this.sweep()
    const job = this.jobs.get(jobId)
    if (!job) throw new AppErrorException(appError('not_found', { messageKey: 'people.errors.noJob', params: { field: 'jobId' } }))
    return job
  }

  private async known(scope: CacheScope, client: AkuvoxClient, signal: AbortSignal): Promise<Map<string, string>> {
    const index = new Map<string, string>()
    const add = (s: { staffAccessId: string; name: string; pinCodes: readonly string[]; rfCards: readonly string[] }) =>
      index.set(identityKey(s.name, s.pinCodes, s.rfCards), s.staffAccessId)
    for (const s of this.query.staffCredentials(scope)) add(s)
    if (!this.deps.isOnline()) return index
    // Cached a page at a time as the list streams in, never the whole list held at once.
    const batch: AkuvoxStaffAccessSummary[] = []
    const write = (): void => {
      this.writes.putStaff(scope, batch)
      batch.length = 0
    }
    try {
      for await (const s of client.iterateStaffAccesses(scope.projectId, { pageSize: STAFF_PAGE_SIZE, signal })) {
        add({ staffAccessId: s.staffAccessId, name: s.staffAccessName, pinCodes: s.pinCodes.map((p) => p.number), rfCards: s.rfCards.map((c) => c.number) })
        if (batch.push(s) >= STAFF_PAGE_SIZE) write()
      }
      write()
    } catch (error) {
      if (!networkFailure(error) && !signal.aborted) throw error
    }
    return index
  }

  private async work(scope: CacheScope, client: AkuvoxClient, job: Job, rows: readonly BulkRow[]): Promise<void> {
    const signal = job.cancel.signal
    const known = await this.known(scope, client, signal)
    const holders = credentialHolders(this.query.staffCredentials(scope), this.deps.outbox.list(scope))
    const names = {
      groups: new Map(this.query.accessGroups(scope).map((g) => [g.id, g.name])),
      buildings: new Map(this.query.buildings(scope).map((b) => [b.id, b.name])),
    }
    const queued = new Map<string, number>()
    for (const entry of this.deps.outbox.list(scope)) {
      const op = entry.operation
      if (op.kind === 'akuvox.staff.create') queued.set(identityKey(op.input.staffAccessName, op.input.pinCodes ?? [], op.input.rfCards ?? []), entry.id)
    }
    let offline = !this.deps.isOnline()
    let next = 0
    const created = new CreatedStaffWrites({ db: this.deps.db, writes: this.writes, runs: this.runs, logger: this.deps.logger }, scope, job.progress.jobId)
    const step = Math.max(1, Math.floor(rows.length / 200))

    const one = async (row: BulkRow): Promise<BulkRowResult> => {
      const input = createInput(scope.projectId, row.draft)
      const key = identityKey(input.staffAccessName, input.pinCodes ?? [], input.rfCards ?? [])
      const existing = known.get(key)
      if (existing !== undefined) return { line: row.line, kind: 'existing', staffAccessId: existing }
      // The same person already waits in the outbox (an earlier row, or an earlier run offline).
      const waiting = queued.get(key)
      if (waiting !== undefined) return { line: row.line, kind: 'queued', outboxId: waiting }
      // The same rule as a single save: a PIN or card someone holds needs the installer's yes.
      const [duplicate] = unconfirmed(holders.duplicates(row.draft, null), row.confirmedDuplicates)
      if (duplicate) return { line: row.line, kind: 'failed', error: duplicateRefusal(duplicate) }
      // Held from now on, also while the call is out: a later row with the same card is asked about too.
      holders.add({ staffAccessId: `line:${row.line}`, name: input.staffAccessName, pinCodes: input.pinCodes ?? [], rfCards: input.rfCards ?? [] })
      // Claimed before the call: an identical row later in the file waits for this one.
      const claimed = !offline
      if (claimed) known.set(key, `line:${row.line}`)
      try {
        const outcome = await cloudFirst(
          { outbox: this.deps.outbox, isOnline: () => !offline },
          {
            send: async () => {
              const { staffAccessId } = await client.createStaffAccess(input)
              known.set(key, staffAccessId)
              created.add(summaryOf(staffAccessId, input, names, cloudTime(this.deps.now())), row.line)
              return staffAccessId
            },
            queue: (reason) => ({ ...scope, operation: { kind: 'akuvox.staff.create', input, ...(reason ? { unconfirmed: true as const } : {}) }, base: null }),
            // The run is one line of the activity log (below); rows that wait are logged by the outbox.
            logged: false,
          },
        )
        if (outcome.kind === 'sent') return { line: row.line, kind: 'created', staffAccessId: outcome.value }
        if (claimed) known.delete(key)
        // The network failed under this row: the rest wait in the outbox without trying.
        if (outcome.reason !== null) offline = true
        const outboxId = (outcome.entries[0] as { id: number }).id
        queued.set(key, outboxId)
        return { line: row.line, kind: 'queued', outboxId }
      } catch (error) {
        known.delete(key)
        return { line: row.line, kind: 'failed', error: toAppError(error) }
      }
    }

    const worker = async (): Promise<void> => {
      while (next < rows.length && !signal.aborted) {
        const index = next++
        const result = await one(rows[index] as BulkRow)
        job.results[index] = result
        const p = job.progress
        this.update(
          job,
          {
            done: p.done + 1,
            created: p.created + (result.kind === 'created' ? 1 : 0),
            existing: p.existing + (result.kind === 'existing' ? 1 : 0),
            queued: p.queued + (result.kind === 'queued' ? 1 : 0),
            failed: p.failed + (result.kind === 'failed' ? 1 : 0),
          },
          (p.done + 1) % step === 0,
        )
      }
    }
    try {
      await Promise.all(Array.from({ length: Math.min(job.concurrency, rows.length) }, worker))
    } finally {
      created.flush()
    }
    for (let i = next; i < rows.length; i++) job.results[i] = { line: (rows[i] as BulkRow).line, kind: 'cancelled' }
    this.finish(job, signal.aborted ? 'cancelled' : 'finished')
    this.logRun(job)
    this.deps.onChange(scope)
  }

  /** One line in the activity log for the whole file: how many staff it created, queued and could not. */
  private logRun(job: Job): void {
    const { created, queued, failed, done } = job.progress
    this.deps.outbox.activity.record({
      ...job.scope,
      operation: { kind: 'akuvox.staff.import', params: { name: job.fileName, count: done, created, queued, failed }, target: job.fileName },
      result: failed > 0 && created === 0 && queued === 0 ? 'failed' : 'done',
    })
  }

  private finish(job: Job, state: 'finished' | 'cancelled'): void {
    this.update(job, { state }, true)
  }

  private update(job: Job, change: Partial<BulkProgress>, emit: boolean): void {
    job.progress = { ...job.progress, ...change }
    if (emit) this.deps.onProgress(job.progress)
  }
}
