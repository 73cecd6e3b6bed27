import { AppErrorException, appError } from '@shared/errors'
import type { Logger } from '../log/logger'
import { DEFAULT_RETRY, type RetryPolicy, backoffDelay, parseRetryAfter, sleep } from './backoff'
import type { RateLimiter } from './rate-limit'

/**
 * The one seam every cloud call goes through. In Electron it is `net.fetch` (system proxy and
 * certificate store); in Node and tests the global `fetch`.
 */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>

export interface HttpRequest {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE'
  readonly url: string
  readonly headers?: Readonly<Record<string, string>>
  /** The exact bytes sent (Tuya signs them). */
  readonly body?: string
  /**
   * Reads are retried on network errors, 5xx and 429. Writes are never retried blindly: the
   * caller decides (e.g. look the object up before creating it again).
   */
  readonly idempotent: boolean
  readonly timeoutMs?: number
  readonly signal?: AbortSignal
  /** Token-bucket key for the rate limiter (e.g. `tuya:<projectId>`). */
  readonly rateKey?: string
  /** Logged with the call: Akuvox command id, Tuya nonce… */
  readonly correlationId?: string
  /** What the log calls this request, e.g. the command name. Never contains secrets. */
  readonly label?: string
}

export interface HttpResponse {
  readonly status: number
  readonly headers: Headers
  readonly text: string
  readonly durationMs: number
  readonly attempts: number
}

/** A vendor's say on whether a (HTTP-successful) response means "slow down and try again". */
export type RetryHint = { readonly retry: true; readonly afterMs?: number } | null

export interface SendOptions {
  /** Inspect a response for vendor-specific throttling (Tuya answers 1110 with HTTP 200). */
  readonly retryHint?: (response: HttpResponse) => RetryHint
}

export interface HttpTransportOptions {
  readonly fetch: FetchLike
  readonly logger: Logger
  readonly retry?: RetryPolicy
  readonly rateLimiter?: RateLimiter
  readonly defaultTimeoutMs?: number
  readonly now?: () => number
  readonly random?: () => number
  /** Injected in tests to record backoff delays instead of waiting them out. */
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>
}

const DEFAULT_TIMEOUT_MS = 20_000

export class HttpTransport {
  private readonly retry: RetryPolicy
  private readonly now: () => number
  private readonly random: () => number
  private readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>

  constructor(private readonly options: HttpTransportOptions) {
    this.retry = options.retry ?? DEFAULT_RETRY
    this.now = options.now ?? Date.now
    this.random = options.random ?? Math.random
    this.sleep = options.sleep ?? sleep
  }

  /**
   * Sends the request, retrying idempotent ones per the policy. Resolves with any HTTP status
   * (the vendor client maps it); rejects with an `AppErrorException` for network failures,
   * timeouts and cancellation only.
   */
  async send(request: HttpRequest, sendOptions: SendOptions = {}): Promise<HttpResponse> {
    const maxAttempts = request.idempotent ? this.retry.maxAttempts : 1
    for (let attempt = 0; ; attempt++) {
      const last = attempt + 1 >= maxAttempts
      if (request.rateKey && this.options.rateLimiter) await this.options.rateLimiter.acquire(request.rateKey, request.signal)
      let response: HttpResponse
      try {
        response = await this.once(request, attempt + 1)
      } catch (error) {
        const appErr = error instanceof AppErrorException ? error : toNetworkError(error)
        if (last || appErr.error.code === 'cancelled') throw appErr
        await this.sleep(backoffDelay(attempt, this.retry, this.random), request.signal)
        continue
      }
      const hint = this.retryHintFor(response, sendOptions)
      if (!hint) return response
      if (hint.afterMs !== undefined && request.rateKey) this.options.rateLimiter?.pause(request.rateKey, hint.afterMs)
      if (last) return response
      const delay = Math.max(hint.afterMs ?? 0, backoffDelay(attempt, this.retry, this.random))
      this.options.logger.warn('retrying', { label: request.label, status: response.status, attempt: attempt + 1, delayMs: delay })
      await this.sleep(delay, request.signal)
    }
  }

  /** Holds a rate key back after a vendor said "slow down" inside a 200 answer (Tuya 1110). */
  pause(rateKey: string, ms: number): void {
    this.options.rateLimiter?.pause(rateKey, ms)
  }

  private retryHintFor(response: HttpResponse, options: SendOptions): RetryHint {
    if (response.status === 429 || response.status === 503) {
      return { retry: true, afterMs: parseRetryAfter(response.headers.get('retry-after'), this.now()) ?? undefined }
    }
    if (response.status >= 500) return { retry: true }
    return options.retryHint?.(response) ?? null
  }

  private async once(request: HttpRequest, attempt: number): Promise<HttpResponse> {
    const timeoutMs = request.timeoutMs ?? this.options.defaultTimeoutMs ?? DEFAULT_TIMEOUT_MS
    const timeout = AbortSignal.timeout(timeoutMs)
    const signal = request.signal ? AbortSignal.any([request.signal, timeout]) : timeout
    const started = this.now()
    const log = { label: request.label, method: request.method, correlationId: request.correlationId, attempt }
    try {
      const res = await this.options.fetch(request.url, {
        method: request.method,
        headers: request.headers,
        body: request.body,
        signal,
      })
      const text = await res.text()
      const durationMs = this.now() - started
      this.options.logger.info('cloud call', { ...log, status: res.status, durationMs })
      return { status: res.status, headers: res.headers, text, durationMs, attempts: attempt }
    } catch (error) {
      const durationMs = this.now() - started
      if (request.signal?.aborted) {
        throw new AppErrorException(appError('cancelled', { detail: `${request.label ?? request.method} cancelled` }))
      }
      if (timeout.aborted) {
        this.options.logger.warn('cloud call timed out', { ...log, durationMs, timeoutMs })
        throw new AppErrorException(appError('timeout', { detail: `no answer within ${timeoutMs} ms`, params: { seconds: Math.round(timeoutMs / 1000) } }))
      }
      this.options.logger.warn('cloud call failed', { ...log, durationMs, error: String(error) })
      throw toNetworkError(error)
    }
  }
}

function toNetworkError(error: unknown): AppErrorException {
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : ''
  return new AppErrorException(
    appError('network', { detail: `${error instanceof Error ? error.message : String(error)}${cause}` }),
  )
}
