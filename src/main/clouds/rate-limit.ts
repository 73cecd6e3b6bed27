import { sleep } from './backoff'

/**
 * Token buckets per key (e.g. per vendor and project): `acquire` waits until a request may go.
 * `pause` holds a key back after the server said "slow down" (429, Tuya 1110).
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; updated: number; pausedUntil: number }>()

  constructor(
    private readonly perSecond: number,
    private readonly burst: number = perSecond,
    private readonly now: () => number = Date.now,
    private readonly wait: (ms: number, signal?: AbortSignal) => Promise<void> = sleep,
  ) {}

  async acquire(key: string, signal?: AbortSignal): Promise<void> {
    for (;;) {
      const ms = this.tryTake(key)
      if (ms === 0) return
      await this.wait(ms, signal)
    }
  }

  pause(key: string, ms: number): void {
    const bucket = this.bucket(key)
    bucket.pausedUntil = Math.max(bucket.pausedUntil, this.now() + ms)
  }

  /** 0 when a token was taken, else how long to wait (ms). */
  private tryTake(key: string): number {
    const bucket = this.bucket(key)
    const now = this.now()
    if (bucket.pausedUntil > now) return bucket.pausedUntil - now
    bucket.tokens = Math.min(this.burst, bucket.tokens + ((now - bucket.updated) / 1000) * this.perSecond)
    bucket.updated = now
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1
      return 0
    }
    return Math.ceil(((1 - bucket.tokens) / this.perSecond) * 1000)
  }

  private bucket(key: string): { tokens: number; updated: number; pausedUntil: number } {
    let bucket = this.buckets.get(key)
    if (!bucket) {
      bucket = { tokens: this.burst, updated: this.now(), pausedUntil: 0 }
      this.buckets.set(key, bucket)
    }
    return bucket
  }
}
