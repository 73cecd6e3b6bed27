/**
 * How fast one cloud key (a connection and project) may be asked: pure logic on an injected
 * time, no timers (the limiter in `adaptive-limiter.ts` waits). docs/architecture.md#request-rate
 * explains the numbers.
 *
 * - Start from a safe rate (or a bit below the remembered one) and double it each round while the
 *   answers are clean and the rate is used ("slow start"), until the first sign of pressure.
 * - A throttled answer (Tuya 1110/1111/1112, HTTP 429) cuts the rate multiplicatively below the
 *   rate the cloud was seen accepting, and `Retry-After` holds every request of the key back.
 * - Latency well above the key's baseline cuts it too (the cloud is queueing).
 * - Afterwards the rate climbs back to just under the last throttled rate and stays there; only
 *   after a clean spell does it probe above it, a few per cent at a time, and each probe the
 *   cloud throttles makes the next spell twice as long, so it does not saw-tooth into throttles.
 * - Requests in flight follow the rate: rate × latency with headroom, never over the ceiling.
 */

export interface RateTuning {
  /** Where a key never seen before starts. */
  readonly safeStartPerSecond: number
  readonly minPerSecond: number
  /** The app's own ceiling on the rate; the installer's may be lower. */
  readonly maxPerSecond: number
  /** The most requests of one key in flight at once. */
  readonly maxInFlight: number
}

export const RATE_TUNING: RateTuning = { safeStartPerSecond: 5, minPerSecond: 0.5, maxPerSecond: 1000, maxInFlight: 8 }

/** One attempt's answer as the limiter saw it. */
export type AttemptOutcome =
  | { readonly kind: 'ok'; readonly latencyMs: number }
  | { readonly kind: 'throttled'; readonly retryAfterMs?: number }
  /** No answer or a failure that says nothing about pace (network, 5xx, cancelled). */
  | { readonly kind: 'failed' }

export type StartDecision = { readonly kind: 'go' } | { readonly kind: 'wait'; readonly ms: number } | { readonly kind: 'full' }

type Phase = 'slowStart' | 'steady'

/** The share of the rate a round must have used before the rate may rise. */
const USED_SHARE = 0.7
const SLOW_START_ROUND_MS = 100
const STEADY_ROUND_MS = 1000
/** After a throttle: this share of what the cloud accepted. */
const THROTTLE_CUT = 0.85
/** Where the rate settles below the last throttled rate. */
const SETTLE_SHARE = 0.95
const CLIMB = 1.25
const GROW_UNKNOWN = 1.1
const PROBE = 1.05
/**
 * Clean time at the settled rate before probing above it: short at first (the first throttle may
 * have been read low), doubled each time a probe ends in a throttle, so a rate found right is
 * left alone.
 */
const FIRST_PROBE_AFTER_MS = 15_000
const MAX_PROBE_AFTER_MS = 5 * 60_000
const LATENCY_CUT = 0.8
const LATENCY_ALPHA = 0.1
/** The baseline is the latency over a much longer stretch: only a rise shows, not a mix of slow and quick calls. */
const BASELINE_ALPHA = 0.01
const LATENCY_MIN_SAMPLES = 10
const ASSUMED_LATENCY_MS = 250
/** Latency counts as "well above" past this multiple of the baseline, and this much above it. */
const LATENCY_FACTOR = 3
const LATENCY_MARGIN_MS = 250
const IN_FLIGHT_HEADROOM = 1.5
const MAX_RETRY_AFTER_MS = 60_000
/** A remembered rate restarts this far below itself. */
const RESTART_SHARE = 0.9

/** Drops the times older than a second from `times` (oldest first) and counts the rest. */
function inLastSecond(times: number[], now: number): number {
  let drop = 0
  while (drop < times.length && (times[drop] as number) <= now - 1000) drop++
  if (drop > 0) times.splice(0, drop)
  return times.length
}

export class RateController {
  private rate: number
  private phase: Phase
  /** What the cloud accepted when it last throttled; null until it has. */
  private throttledAt: number | null
  private ceiling: number | null = null
  private nextSendAt = -Infinity
  private pausedUntil = 0
  private inFlight = 0
  private roundStart: number
  private roundSends = 0
  private roundThrottled = false
  private lastCutAt = -Infinity
  private settledSince: number
  private probeAfterMs = FIRST_PROBE_AFTER_MS
  private latencyEwma: number | null = null
  private baseline: number | null = null
  private samples = 0
  /** Times of clean answers and of sends in the last second, to tell what the cloud accepted. */
  private readonly accepted: number[] = []
  private readonly sent: number[] = []

  constructor(
    private readonly tuning: RateTuning,
    now: number,
    remembered: number | null = null,
  ) {
    this.roundStart = now
    this.settledSince = now
    if (remembered === null) {
      this.rate = tuning.safeStartPerSecond
      this.phase = 'slowStart'
      this.throttledAt = null
    } else {
      this.rate = this.clamp(remembered * RESTART_SHARE)
      this.phase = 'steady'
      this.throttledAt = remembered / SETTLE_SHARE
    }
  }

  /**
   * The rate this key settles at, just under where the cloud last throttled: what is worth
   * remembering. Null until the cloud has throttled (a rate it never refused says nothing).
   */
  get settledPerSecond(): number | null {
    return this.throttledAt === null ? null : this.throttledAt * SETTLE_SHARE
  }

  /** The rate requests go out at now (requests per second). */
  get perSecond(): number {
    return this.ceiling === null ? this.rate : Math.min(this.rate, this.ceiling)
  }

  get inFlightLimit(): number {
    const latencyS = (this.latencyEwma ?? ASSUMED_LATENCY_MS) / 1000
    return Math.max(1, Math.min(this.tuning.maxInFlight, Math.ceil(this.perSecond * latencyS * IN_FLIGHT_HEADROOM) + 1))
  }

  /** The installer's ceiling (requests per second), or null for the app's own. */
  setCeiling(perSecond: number | null): void {
    this.ceiling = perSecond
  }

  /** May a request start at `now`? `go` counts it as started; `full` waits for one to finish. */
  tryStart(now: number): StartDecision {
    if (this.pausedUntil > now) return { kind: 'wait', ms: this.pausedUntil - now }
    if (this.inFlight >= this.inFlightLimit) return { kind: 'full' }
    const interval = 1000 / this.perSecond
    if (this.nextSendAt > now) return { kind: 'wait', ms: Math.ceil(this.nextSendAt - now) }
    // A request that went a little late does not delay the next (timers run late); an idle key
    // gains at most half an interval, never a burst.
    this.nextSendAt = Math.max(this.nextSendAt, now - interval / 2) + interval
    this.inFlight++
    this.roundSends++
    this.sent.push(now)
    inLastSecond(this.sent, now)
    return { kind: 'go' }
  }

  /** A started request ended; `sentAt` tells answers to requests sent before a cut apart. */
  finish(now: number, sentAt: number, outcome: AttemptOutcome): void {
    this.inFlight = Math.max(0, this.inFlight - 1)
    switch (outcome.kind) {
      case 'ok':
        this.accept(now)
        this.learnLatency(outcome.latencyMs)
        if (this.latencyIsHigh() && sentAt >= this.lastCutAt && now - this.lastCutAt >= 2 * STEADY_ROUND_MS) this.cut(now, this.rate * LATENCY_CUT)
        break
      case 'throttled':
        this.throttled(now, sentAt, outcome.retryAfterMs)
        break
      case 'failed':
        break
    }
    this.adjust(now)
  }

  private throttled(now: number, sentAt: number, retryAfterMs?: number): void {
    this.roundThrottled = true
    if (retryAfterMs !== undefined) this.pausedUntil = Math.max(this.pausedUntil, now + Math.min(retryAfterMs, MAX_RETRY_AFTER_MS))
    // Answers to requests sent at the old rate say nothing new about the cut rate.
    if (sentAt < this.lastCutAt) return
    const settled = this.settledPerSecond
    const probing = settled === null || this.rate > settled
    if (probing && settled !== null) this.probeAfterMs = Math.min(MAX_PROBE_AFTER_MS, 2 * this.probeAfterMs)
    // Going up, the cloud's limit lies between what it accepted and what was sent in the last
    // second (a fixed window may have counted a little of the second before). At or under the
    // settled rate a throttle is noise (another client, a window's edge): the limit is taken to
    // be the rate itself, never a count of a few answers.
    const between = Math.max(inLastSecond(this.accepted, now), SETTLE_SHARE * inLastSecond(this.sent, now))
    // The first second holds too few answers to count: a limit read then is never taken below the safe start.
    const floor = Math.min(this.perSecond, this.tuning.safeStartPerSecond)
    const seen = Math.max(this.tuning.minPerSecond, floor, probing ? Math.min(this.perSecond, between) : this.perSecond)
    this.throttledAt = seen
    this.cut(now, seen * THROTTLE_CUT)
  }

  private cut(now: number, to: number): void {
    this.rate = this.clamp(to)
    this.phase = 'steady'
    this.lastCutAt = now
    this.settledSince = now
    this.startRound(now)
  }

  private adjust(now: number): void {
    const roundMs = this.phase === 'slowStart' ? Math.max(SLOW_START_ROUND_MS, 2 * (this.latencyEwma ?? 0)) : STEADY_ROUND_MS
    if (now - this.roundStart < roundMs) return
    const used = this.roundSends >= USED_SHARE * this.perSecond * ((now - this.roundStart) / 1000)
    if (!this.roundThrottled && used && (this.ceiling === null || this.rate < this.ceiling)) this.raise(now)
    this.startRound(now)
  }

  private raise(now: number): void {
    if (this.phase === 'slowStart') {
      this.rate = this.clamp(this.rate * 2)
      return
    }
    if (this.throttledAt === null) {
      this.rate = this.clamp(this.rate * GROW_UNKNOWN)
      return
    }
    const settle = this.throttledAt * SETTLE_SHARE
    if (this.rate < settle) {
      this.rate = this.clamp(Math.min(settle, this.rate * CLIMB))
      this.settledSince = now
    } else if (now - this.settledSince >= this.probeAfterMs) {
      this.rate = this.clamp(this.rate * PROBE)
      // Clean past the old limit: the cloud takes more than it did, and that is the new limit.
      if (this.rate > this.throttledAt) {
        this.throttledAt = this.rate
        this.probeAfterMs = FIRST_PROBE_AFTER_MS
      }
    }
  }

  private startRound(now: number): void {
    this.roundStart = now
    this.roundSends = 0
    this.roundThrottled = false
  }

  private accept(now: number): void {
    this.accepted.push(now)
    inLastSecond(this.accepted, now)
  }

  private learnLatency(ms: number): void {
    this.samples++
    this.latencyEwma = this.latencyEwma === null ? ms : this.latencyEwma + LATENCY_ALPHA * (ms - this.latencyEwma)
    this.baseline = this.baseline === null ? ms : this.baseline + BASELINE_ALPHA * (ms - this.baseline)
  }

  private latencyIsHigh(): boolean {
    if (this.samples < LATENCY_MIN_SAMPLES || this.latencyEwma === null || this.baseline === null) return false
    return this.latencyEwma > Math.max(LATENCY_FACTOR * this.baseline, this.baseline + LATENCY_MARGIN_MS)
  }

  private clamp(perSecond: number): number {
    return Math.max(this.tuning.minPerSecond, Math.min(this.tuning.maxPerSecond, perSecond))
  }
}
