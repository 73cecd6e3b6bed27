/** Units queued or being written before `add` makes the sync wait: a few MB of pages, held by the writer. */
const MAX_UNITS_IN_FLIGHT = 32

/**
 * Group commit for a sync's writes, with backpressure. Each unit (a page and what derives from
 * it) stays whole, but the units queued within one turn of the event loop go to `commit` as one
 * batch, which the cache writer writes in one transaction: a commit costs more than writing a
 * page. When the sync's thread is busy more pages land per turn and share a commit. Batches are
 * written in the order sent; a crash loses only whole batches, which the next sync reads again
 * (the resume point is written with each page). When `MAX_UNITS_IN_FLIGHT` units wait for the
 * writer, `add` waits too, so a writer that falls behind slows the reading instead of filling
 * memory. A failed batch fails the sync at its next `add` or `flush`; nothing queued after it is
 * written.
 */
export class WriteQueue<U> {
  private pending: U[] = []
  private scheduled = false
  /** Units queued or sent and not yet answered. */
  private inFlight = 0
  private failure: { readonly error: unknown } | null = null
  private waiters: (() => void)[] = []

  constructor(
    private readonly commit: (units: readonly U[]) => Promise<void>,
    private readonly maxInFlight = MAX_UNITS_IN_FLIGHT,
  ) {}

  /** Queues a unit; resolves once fewer than the maximum wait, rejects once a batch has failed. */
  async add(unit: U): Promise<void> {
    this.throwIfFailed()
    this.pending.push(unit)
    this.inFlight++
    if (!this.scheduled) {
      this.scheduled = true
      setImmediate(() => this.send())
    }
    while (this.inFlight > this.maxInFlight && !this.failure) await this.settled()
    this.throwIfFailed()
  }

  /** Waits until everything queued is written; rethrows the error of a batch that failed. */
  async flush(): Promise<void> {
    while (this.inFlight > 0) await this.settled()
    this.throwIfFailed()
  }

  private send(): void {
    const units = this.pending
    const count = units.length
    this.pending = []
    this.scheduled = false
    // Only the count outlives the send: the units' items are the writer's once sent.
    const done = (): void => {
      this.inFlight -= count
      const waiters = this.waiters
      this.waiters = []
      for (const wake of waiters) wake()
    }
    if (this.failure) return done()
    this.commit(units).then(done, (error: unknown) => {
      this.failure ??= { error }
      done()
    })
  }

  private settled(): Promise<void> {
    return new Promise((resolve) => this.waiters.push(resolve))
  }

  private throwIfFailed(): void {
    if (this.failure) throw this.failure.error
  }
}
