import { AppErrorException, appError } from '@shared/errors'
import { RateLimiter } from '../../clouds/rate-limit'

/** How hard one sync may press one cloud. */
export interface SyncLimits {
  /** Requests in flight at once. */
  readonly concurrency: number
  /** Sustained requests per second; null when the cloud states no limit. */
  readonly requestsPerSecond: number | null
}

function cancelled(): AppErrorException {
  return new AppErrorException(appError('cancelled', { detail: 'sync cancelled' }))
}

/**
 * One budget of requests shared by every collection of a sync: at most `concurrency` in flight
 * and, when set, no more than `requestsPerSecond`. Waiters are served first come, first served,
 * so lists read in parallel keep the pipe full without any of them starving.
 */
export class RequestGate {
  private active = 0
  private readonly waiting: (() => void)[] = []
  private readonly limiter: RateLimiter | null
  private sent = 0

  constructor(private readonly limits: SyncLimits) {
    const rate = limits.requestsPerSecond
    this.limiter = rate === null ? null : new RateLimiter(rate, Math.max(1, Math.min(limits.concurrency, rate)))
  }

  get width(): number {
    return this.limits.concurrency
  }

  /** Requests started through the gate. */
  get requests(): number {
    return this.sent
  }

  async run<T>(work: () => Promise<T>, signal: AbortSignal): Promise<T> {
    await this.acquire(signal)
    try {
      await this.limiter?.acquire('sync', signal)
      if (signal.aborted) throw cancelled()
      this.sent++
      return await work()
    } finally {
      this.release()
    }
  }

  private acquire(signal: AbortSignal): Promise<void> {
    if (signal.aborted) return Promise.reject(cancelled())
    if (this.active < this.limits.concurrency) {
      this.active++
      return Promise.resolve()
    }
    return new Promise((resolve, reject) => {
      const grant = (): void => {
        signal.removeEventListener('abort', onAbort)
        resolve()
      }
      const onAbort = (): void => {
        const index = this.waiting.indexOf(grant)
        if (index >= 0) this.waiting.splice(index, 1)
        reject(cancelled())
      }
      signal.addEventListener('abort', onAbort, { once: true })
      this.waiting.push(grant)
    })
  }

  private release(): void {
    const next = this.waiting.shift()
    // The slot passes straight to the next waiter, so `active` stays as it is.
    if (next) next()
    else this.active--
  }
}
