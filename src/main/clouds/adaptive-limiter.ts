import { AppErrorException, appError } from '@shared/errors'
import { sleep } from './backoff'
import { type AttemptOutcome, RATE_TUNING, RateController, type RateTuning } from './rate-controller'
import { rateScopeOf } from './rate-key'

/** Reports how the attempt a permit was given for ended. */
export type Release = (outcome: AttemptOutcome) => void

/** What the transport asks before every attempt of a keyed request (`HttpRequest.rateKey`). */
export interface RequestLimiter {
  /** Waits until a request of `key` may go; the answer must be reported through the release. */
  acquire(key: string, signal?: AbortSignal): Promise<Release>
}

/** Where learned rates and the installer's ceilings live between launches (the store, in the app). */
export interface RateMemory {
  /** The rate a key settled at; for a key never seen, the connection's latest; null when none. */
  recall(key: string): number | null
  remember(key: string, perSecond: number): void
  /** The installer's "Maximum requests per second" of the key's connection; null for none. */
  ceiling(connectionId: string): number | null
}

export interface AdaptiveLimiterOptions {
  readonly memory?: RateMemory
  readonly tuning?: RateTuning
  readonly now?: () => number
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>
}

/** A learned rate is written again only once it moved this much. */
const REMEMBER_CHANGE = 0.1

interface Entry {
  readonly controller: RateController
  readonly waiting: Set<() => void>
  /** What the memory holds for the key; null until the cloud throttled it once. */
  remembered: number | null
  usedAt: number
}

/**
 * The one pace of every cloud call: a `RateController` per key (connection and project), with the
 * waiting done here. Every request of the app goes through it via the transport, so a sync, an
 * import and a send to the same project share one rate and one in-flight budget.
 */
export class AdaptiveRateLimiter implements RequestLimiter {
  private readonly entries = new Map<string, Entry>()
  private readonly tuning: RateTuning
  private readonly now: () => number
  private readonly wait: (ms: number, signal?: AbortSignal) => Promise<void>

  constructor(private readonly options: AdaptiveLimiterOptions = {}) {
    this.tuning = options.tuning ?? RATE_TUNING
    this.now = options.now ?? Date.now
    this.wait = options.sleep ?? sleep
  }

  async acquire(key: string, signal?: AbortSignal): Promise<Release> {
    const entry = this.entry(key)
    entry.usedAt = this.now()
    for (;;) {
      if (signal?.aborted) throw cancelled(key)
      const decision = entry.controller.tryStart(this.now())
      if (decision.kind === 'go') break
      try {
        if (decision.kind === 'wait') await this.wait(decision.ms, signal)
        else await this.slotFreed(entry, signal)
      } catch {
        throw cancelled(key)
      }
    }
    const sentAt = this.now()
    let released = false
    return (outcome) => {
      if (released) return
      released = true
      entry.controller.finish(this.now(), sentAt, outcome)
      this.settled(key, entry)
    }
  }

  /** The rate a key goes at now, or null when it has not been used since launch. */
  current(key: string): number | null {
    return this.entries.get(key)?.controller.perSecond ?? null
  }

  /** The rate of the connection's project used last since launch, or null. */
  currentFor(connectionId: string): number | null {
    let latest: Entry | null = null
    for (const [key, entry] of this.entries) {
      const scope = rateScopeOf(key)
      if (scope.connectionId === connectionId && scope.projectId !== null && (latest === null || entry.usedAt > latest.usedAt)) latest = entry
    }
    return latest?.controller.perSecond ?? null
  }

  /** The installer changed a connection's ceiling: its keys follow at once. */
  ceilingChanged(connectionId: string): void {
    const ceiling = this.options.memory?.ceiling(connectionId) ?? null
    for (const [key, entry] of this.entries) if (rateScopeOf(key).connectionId === connectionId) entry.controller.setCeiling(ceiling)
  }

  private entry(key: string): Entry {
    let entry = this.entries.get(key)
    if (entry) return entry
    const { connectionId } = rateScopeOf(key)
    const remembered = this.options.memory?.recall(key) ?? this.sibling(connectionId)
    const controller = new RateController(this.tuning, this.now(), remembered)
    controller.setCeiling(this.options.memory?.ceiling(connectionId) ?? null)
    entry = { controller, waiting: new Set(), remembered, usedAt: this.now() }
    this.entries.set(key, entry)
    return entry
  }

  /** Another project of the same connection already learned a rate: a new one starts from it. */
  private sibling(connectionId: string): number | null {
    let best: number | null = null
    for (const [key, entry] of this.entries) {
      const settled = entry.controller.settledPerSecond
      if (settled !== null && rateScopeOf(key).connectionId === connectionId) best = Math.max(best ?? 0, settled)
    }
    return best
  }

  private settled(key: string, entry: Entry): void {
    for (const wake of [...entry.waiting]) wake()
    const rate = entry.controller.settledPerSecond
    if (rate === null) return
    if (entry.remembered === null || Math.abs(rate - entry.remembered) >= REMEMBER_CHANGE * entry.remembered) {
      entry.remembered = rate
      this.options.memory?.remember(key, rate)
    }
  }

  private slotFreed(entry: Entry, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve, reject) => {
      const done = (): void => {
        entry.waiting.delete(done)
        signal?.removeEventListener('abort', onAbort)
        resolve()
      }
      const onAbort = (): void => {
        entry.waiting.delete(done)
        reject(new Error('aborted'))
      }
      signal?.addEventListener('abort', onAbort, { once: true })
      entry.waiting.add(done)
    })
  }
}

function cancelled(key: string): AppErrorException {
  return new AppErrorException(appError('cancelled', { detail: `request for ${key} cancelled while waiting its turn` }))
}
