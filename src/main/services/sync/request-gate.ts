import { AppErrorException, appError } from '@shared/errors'

function cancelled(): AppErrorException {
  return new AppErrorException(appError('cancelled', { detail: 'sync cancelled' }))
}

/**
 * One budget of requests shared by every collection of a sync, so lists read in parallel keep
 * the pipe full without any of them starving (waiters are served first come, first served), and
 * a cancelled sync stops waiting. Its width is how far the lists may read ahead; the pace itself
 * (rate and requests in flight, learned per connection and project) is the transport's limiter's.
 */
export class RequestGate {
  private active = 0
  private readonly waiting: (() => void)[] = []
  private sent = 0

  constructor(readonly width: number) {}

  /** Requests started through the gate. */
  get requests(): number {
    return this.sent
  }

  async run<T>(work: () => Promise<T>, signal: AbortSignal): Promise<T> {
    await this.acquire(signal)
    try {
      if (signal.aborted) throw cancelled()
      this.sent++
      return await work()
    } finally {
      this.release()
    }
  }

  private acquire(signal: AbortSignal): Promise<void> {
    if (signal.aborted) return Promise.reject(cancelled())
    if (this.active < this.width) {
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
