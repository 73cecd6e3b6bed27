import { sleep } from './sleep'
import type { Random } from './random'

/** Fault knobs of one sandbox cloud, settable at start and at run time (admin endpoint). */
export interface FaultSettings {
  /** Added to every answer. */
  readonly latencyMs: number
  /** Uniform random extra latency in [0, jitterMs]. */
  readonly jitterMs: number
  /** Share of requests answered with a server error (0..1). */
  readonly serverErrorRate: number
  /** Requests per second per client before throttling; null = unlimited. */
  readonly rateLimitPerSecond: number | null
  /** Lifetime of newly minted access tokens in seconds; null = the vendor default. */
  readonly tokenTtlSeconds: number | null
  /** Share of requests whose connection is dropped without an answer (0..1). */
  readonly dropRate: number
}

const NO_FAULTS: FaultSettings = {
  latencyMs: 0,
  jitterMs: 0,
  serverErrorRate: 0,
  rateLimitPerSecond: null,
  tokenTtlSeconds: null,
  dropRate: 0,
}

/**
 * A one-shot fault for deterministic tests: the next request whose route contains `match`
 * (any route when absent) fails this way. `when: 'after'` applies the request first and then
 * fails the answer — the ambiguous failure that must not make a client create twice.
 */
export interface ScriptedFault {
  readonly kind: 'server_error' | 'drop' | 'rate_limit'
  readonly when?: 'before' | 'after'
  readonly match?: string
  /** For rate_limit: the Retry-After the server announces, in seconds. */
  readonly retryAfterSeconds?: number
}

export type FaultDecision =
  | { readonly kind: 'none' }
  | { readonly kind: 'server_error' }
  | { readonly kind: 'drop' }
  | { readonly kind: 'rate_limit'; readonly retryAfterSeconds: number }

const NONE: FaultDecision = { kind: 'none' }

export class FaultController {
  private current: FaultSettings
  private readonly script: ScriptedFault[] = []
  private readonly windows = new Map<string, { start: number; count: number }>()

  constructor(
    private readonly random: Random,
    initial: Partial<FaultSettings> = {},
    private readonly now: () => number = Date.now,
  ) {
    this.current = { ...NO_FAULTS, ...initial }
  }

  get settings(): FaultSettings {
    return this.current
  }

  update(partial: Partial<FaultSettings>): FaultSettings {
    this.current = { ...this.current, ...partial }
    return this.current
  }

  enqueue(...faults: readonly ScriptedFault[]): void {
    this.script.push(...faults)
  }

  reset(): void {
    this.current = { ...NO_FAULTS }
    this.script.length = 0
    this.windows.clear()
  }

  get pending(): readonly ScriptedFault[] {
    return [...this.script]
  }

  /** Waits the configured latency, then decides whether this request fails before handling. */
  async before(route: string, clientKey: string): Promise<FaultDecision> {
    const { latencyMs, jitterMs } = this.current
    const delay = latencyMs + (jitterMs > 0 ? this.random.next() * jitterMs : 0)
    if (delay > 0) await sleep(delay)
    const scripted = this.take(route, 'before')
    if (scripted) return toDecision(scripted)
    if (this.current.dropRate > 0 && this.random.chance(this.current.dropRate)) return { kind: 'drop' }
    if (this.current.serverErrorRate > 0 && this.random.chance(this.current.serverErrorRate)) return { kind: 'server_error' }
    const limit = this.current.rateLimitPerSecond
    if (limit !== null) {
      const now = this.now()
      const window = this.windows.get(clientKey)
      if (!window || now - window.start >= 1000) {
        this.windows.set(clientKey, { start: now, count: 1 })
      } else if (++window.count > limit) {
        return { kind: 'rate_limit', retryAfterSeconds: Math.max(1, Math.ceil((1000 - (now - window.start)) / 1000)) }
      }
    }
    return NONE
  }

  /** After the request was applied: should its answer be lost or replaced by an error? */
  after(route: string): FaultDecision {
    const scripted = this.take(route, 'after')
    return scripted ? toDecision(scripted) : NONE
  }

  private take(route: string, when: 'before' | 'after'): ScriptedFault | undefined {
    const index = this.script.findIndex((f) => (f.when ?? 'before') === when && (!f.match || route.includes(f.match)))
    if (index < 0) return undefined
    return this.script.splice(index, 1)[0]
  }
}

function toDecision(fault: ScriptedFault): FaultDecision {
  switch (fault.kind) {
    case 'server_error':
      return { kind: 'server_error' }
    case 'drop':
      return { kind: 'drop' }
    case 'rate_limit':
      return { kind: 'rate_limit', retryAfterSeconds: fault.retryAfterSeconds ?? 1 }
  }
}

/** Validates an admin request body into fault settings; throws with a readable message. */
export function parseFaultSettings(body: unknown): Partial<FaultSettings> {
  if (typeof body !== 'object' || body === null) throw new Error('body must be a JSON object')
  const out: Record<string, number | null> = {}
  const numeric = ['latencyMs', 'jitterMs', 'serverErrorRate', 'dropRate'] as const
  const nullable = ['rateLimitPerSecond', 'tokenTtlSeconds'] as const
  for (const [key, value] of Object.entries(body)) {
    if ((numeric as readonly string[]).includes(key)) {
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw new Error(`${key} must be a number ≥ 0`)
      if ((key === 'serverErrorRate' || key === 'dropRate') && value > 1) throw new Error(`${key} must be between 0 and 1`)
      out[key] = value
    } else if ((nullable as readonly string[]).includes(key)) {
      if (value !== null && (typeof value !== 'number' || !Number.isFinite(value) || value <= 0)) throw new Error(`${key} must be a number > 0 or null`)
      out[key] = value as number | null
    } else if (key !== 'script') {
      throw new Error(`unknown fault setting: ${key}`)
    }
  }
  return out as Partial<FaultSettings>
}
