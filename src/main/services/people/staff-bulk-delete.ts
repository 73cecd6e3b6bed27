import { type BulkDeleteProgress, STAFF_DELETE_BATCH, SUMMARY_NAMES, type SelectionSummary, type StaffSelection } from '@shared/people/bulk-delete'
import { staffSearchTerms } from '@shared/search/staff-search'
import { assertNever } from '@shared/util/assert-never'
import type { Logger } from '../../log/logger'
import { type CreatedStaff, ImportRunsRepo } from '../../store/cache/import-runs-repo'
import { ItemWritesRepo } from '../../store/cache/item-writes-repo'
import { PeopleQueryRepo } from '../../store/cache/people-query-repo'
import type { CacheScope } from '../../store/cache/scope'
import type { SqlDatabase } from '../../store/driver'
import type { OutboxService } from '../outbox/outbox-service'
import { combinedBase, staffBase } from '../outbox/versions'
import { BatchDeleteJobs } from './batch-delete-jobs'
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

/** Everything the cache holds: a "matching" selection is resolved in one read. */
const ALL = Number.MAX_SAFE_INTEGER

/**
 * Deletes a selection of staff (ids, everything a search finds, or what one import created) in
 * batches of `batch_delete_staff_access_info` (the running of the batches: batch-delete-jobs.ts).
 */
export class StaffBulkDelete {
  private readonly jobs: BatchDeleteJobs
  private readonly query: PeopleQueryRepo
  private readonly writes: ItemWritesRepo
  private readonly runs: ImportRunsRepo

  constructor(private readonly deps: StaffBulkDeleteDeps) {
    this.query = new PeopleQueryRepo(deps.db)
    this.writes = new ItemWritesRepo(deps.db)
    this.runs = new ImportRunsRepo(deps.db)
    this.jobs = new BatchDeleteJobs(deps)
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
        // The same query as the list the installer selected from: by name, card, PIN, group or floor.
        return this.query
          .staffPage(scope, staffSearchTerms(selection.search), { offset: 0, limit: ALL })
          .items.filter((s) => !except.has(s.staffAccessId))
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
    const { projectId } = scope
    return this.jobs.start(scope, targets, {
      batchSize: STAFF_DELETE_BATCH,
      deleteBatch: (staffAccessIds) => client.batchDeleteStaffAccesses({ projectId, staffAccessIds }),
      deleteOne: (staffAccessId) => client.deleteStaffAccess({ projectId, staffAccessId }),
      queue: (ids) => this.queued(scope, ids),
      deleted: (ids) => this.writes.removeStaff(scope, ids),
    })
  }

  cancel(jobId: string): BulkDeleteProgress {
    const progress = this.jobs.cancel(jobId)
    if (!progress) throw notFound('jobId')
    return progress
  }

  private queued(scope: CacheScope, ids: readonly string[]) {
    const cached = ids.flatMap((id) => this.query.staffSummary(scope, id) ?? [])
    return {
      ...scope,
      operation: { kind: 'akuvox.staff.delete' as const, projectId: scope.projectId, staffAccessIds: ids },
      base: combinedBase(cached.map((s) => staffBase(s))),
    }
  }
}
