/** The clock and timers a throttle runs on: the window's own, or a test's. */
export interface ThrottleTimers {
  readonly now: () => number
  readonly setTimeout: (run: () => void, ms: number) => unknown
  readonly clearTimeout: (handle: unknown) => void
}

export const windowTimers: ThrottleTimers = {
  now: () => performance.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
}

export interface KeyedThrottle<T> {
  /** Runs for `key` now if it has not run within the interval, else once when the interval ends, with the latest value. */
  request(key: string, value: T): void
  /** Drops what waits for `key` (its owner is about to run it for the last time itself). */
  cancel(key: string): void
  /** Drops everything that waits. */
  dispose(): void
}

/**
 * At most one `run` per `intervalMs` for each key: the first request runs at once, those within
 * the interval fold into one run at its end with the last value given, so none is lost.
 */
export function keyedThrottle<T>(intervalMs: number, run: (value: T) => void, timers: ThrottleTimers = windowTimers): KeyedThrottle<T> {
  const lastRun = new Map<string, number>()
  const waiting = new Map<string, unknown>()
  const latest = new Map<string, T>()
  const runNow = (key: string, value: T) => {
    waiting.delete(key)
    latest.delete(key)
    lastRun.set(key, timers.now())
    run(value)
  }
  return {
    request(key, value) {
      if (waiting.has(key)) {
        latest.set(key, value)
        return
      }
      const since = timers.now() - (lastRun.get(key) ?? Number.NEGATIVE_INFINITY)
      if (since >= intervalMs) runNow(key, value)
      else {
        latest.set(key, value)
        waiting.set(
          key,
          timers.setTimeout(() => runNow(key, latest.get(key) ?? value), intervalMs - since),
        )
      }
    },
    cancel(key) {
      const handle = waiting.get(key)
      if (handle !== undefined) timers.clearTimeout(handle)
      waiting.delete(key)
      latest.delete(key)
      lastRun.delete(key)
    },
    dispose() {
      for (const key of [...waiting.keys()]) this.cancel(key)
    },
  }
}
