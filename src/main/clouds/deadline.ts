/**
 * The time one cloud call may take, every attempt and backoff wait included. The clock starts
 * when the first request leaves: a wait in the local rate limiter is not the server being slow.
 */
export class Deadline {
  private startedAt: number | null = null
  private sent = 0

  constructor(
    readonly budgetMs: number,
    private readonly now: () => number,
  ) {}

  /** Attempts that have left so far. */
  get attempts(): number {
    return this.sent
  }

  elapsedMs(): number {
    return this.startedAt === null ? 0 : this.now() - this.startedAt
  }

  remainingMs(): number {
    return Math.max(0, this.budgetMs - this.elapsedMs())
  }

  /**
   * Counts an attempt and returns its timeout: its own limit, cut to what is left of the budget.
   * Null (and nothing counted) when no time is left.
   */
  startAttempt(perAttemptMs: number): number | null {
    this.startedAt ??= this.now()
    const timeoutMs = Math.min(perAttemptMs, this.remainingMs())
    if (timeoutMs <= 0) return null
    this.sent++
    return timeoutMs
  }

  /**
   * Whether waiting `ms` before another attempt still leaves that attempt a fair chance (a tenth
   * of the budget): an attempt with less would only add a timeout.
   */
  allowsWait(ms: number): boolean {
    return this.remainingMs() - ms >= this.budgetMs / 10
  }
}

/** Elapsed time as the installer reads it: tenths under ten seconds, whole seconds above. */
export function statedSeconds(ms: number): number {
  return ms < 10_000 ? Math.round(ms / 100) / 10 : Math.round(ms / 1000)
}
