import type { AkuvoxStaffAccessSummary } from '@shared/domain/akuvox'
import type { Logger } from '../../log/logger'
import type { ImportRunsRepo } from '../../store/cache/import-runs-repo'
import type { ItemWritesRepo } from '../../store/cache/item-writes-repo'
import type { CacheScope } from '../../store/cache/scope'
import type { SqlDatabase } from '../../store/driver'

/** Created staff written in one transaction… */
const CREATED_BATCH_ROWS = 200
/** …or this long after the first of them, whichever comes first. */
const CREATED_BATCH_MS = 250

export interface CreatedStaffWritesDeps {
  readonly db: SqlDatabase
  readonly writes: ItemWritesRepo
  readonly runs: ImportRunsRepo
  readonly logger: Logger
}

/**
 * The cache rows of the staff an import created (the staff and the run's record of it, what
 * "undo this import" deletes), written a batch at a time: one transaction per batch instead of
 * a few statements and a commit per row, which at the cloud's rate would keep the thread that
 * answers the window busy. A batch waits at most CREATED_BATCH_MS; `flush` writes what waits.
 */
export class CreatedStaffWrites {
  private pending: { readonly staff: AkuvoxStaffAccessSummary; readonly line: number }[] = []
  private timer: ReturnType<typeof setTimeout> | null = null

  constructor(
    private readonly deps: CreatedStaffWritesDeps,
    private readonly scope: CacheScope,
    private readonly runId: string,
  ) {}

  add(staff: AkuvoxStaffAccessSummary, line: number): void {
    this.pending.push({ staff, line })
    if (this.pending.length >= CREATED_BATCH_ROWS) this.flush()
    else this.timer ??= setTimeout(() => this.flush(), CREATED_BATCH_MS)
  }

  flush(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    const batch = this.pending
    if (batch.length === 0) return
    this.pending = []
    const { db, writes, runs, logger } = this.deps
    try {
      db.transaction(() => {
        writes.putStaff(
          this.scope,
          batch.map((b) => b.staff),
        )
        for (const b of batch) runs.recordCreated(this.scope, this.runId, b.staff.staffAccessId, b.line)
      })
    } catch (error) {
      // The staff exist in the cloud whatever the cache says: the next sync brings them in.
      logger.error('created staff not cached', {
        ...this.scope,
        runId: this.runId,
        rows: batch.length,
        error: error instanceof Error ? error.message : String(error),
      })
    }
  }
}
