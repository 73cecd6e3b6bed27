import type { SqlDatabase } from '../../store/driver'

/**
 * Group commit for a sync's writes. Each unit (a page and what derives from it) stays whole, but
 * the units queued within one turn of the event loop share one transaction: a commit, and the
 * WAL checkpoints commits trigger, cost more than writing a page, and while the main thread
 * commits it issues no requests. When the loop is busy more pages land per turn and share a
 * commit; when it is idle each page commits at once. A crash loses only whole units, which the
 * next sync reads again (the resume point is written with them).
 */
export class WriteQueue {
  private pending: (() => void)[] = []
  private scheduled: Promise<void> | null = null
  private failure: { readonly error: unknown } | null = null

  constructor(private readonly db: SqlDatabase) {}

  /** Queues a unit of writes; units run in the order queued, before the next turn of the loop. */
  add(unit: () => void): void {
    this.throwIfFailed()
    this.pending.push(unit)
    this.scheduled ??= new Promise<void>((resolve) => {
      setImmediate(() => {
        this.commit()
        resolve()
      })
    })
  }

  /** Waits until everything queued is written; rethrows the error of a commit that failed. */
  async flush(): Promise<void> {
    while (this.scheduled) await this.scheduled
    this.throwIfFailed()
  }

  private commit(): void {
    const units = this.pending
    this.pending = []
    this.scheduled = null
    if (this.failure) return
    try {
      this.db.transaction(() => {
        for (const unit of units) unit()
      })
    } catch (error) {
      // The whole batch rolled back; the sync fails with this error at its next write or flush.
      this.failure = { error }
    }
  }

  private throwIfFailed(): void {
    if (this.failure) throw this.failure.error
  }
}
