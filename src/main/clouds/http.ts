import { AppErrorException, appError } from '@shared/errors'
import type { Logger } from '../log/logger'
import { DEFAULT_RETRY, type RetryPolicy, backoffDelay, parseRetryAfter, sleep } from './backoff'
import { readCapped, readCappedBytes } from './capped-body'
import { Deadline } from './deadline'
import { networkError, noAnswer, redirectRefused, responseTooLarge } from './http-errors'
import type { RequestLimiter } from './adaptive-limiter'
import type { AttemptOutcome } from './rate-controller'
import { isCancelledRedirect, refusedRedirect } from './redirect'

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
  /** One attempt's limit; never more than what is left of the deadline. */
  readonly timeoutMs?: number
  /**
   * The whole call's time budget, shared by every attempt and backoff wait. A caller that retries
   * by itself (Tuya re-signs each attempt) passes one deadline to all its sends; default: a new
   * one per send.
   */
  readonly deadline?: Deadline
  readonly signal?: AbortSignal
  /** The limiter's key: the connection and project the call is for (`rate-key.ts`). */
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

/** An answer read as bytes (a face picture), never as text. */
export interface HttpBytesResponse {
  readonly status: number
  readonly headers: Headers
  readonly bytes: Uint8Array
  readonly durationMs: number
  readonly attempts: number
}

/** How one attempt's body is read: capped, and refused when it is a redirect. */
type BodyReader<T> = (res: Response, url: string, log: Readonly<Record<string, unknown>>) => Promise<T>

interface Answered<T> {
  readonly status: number
  readonly headers: Headers
  readonly body: T
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
  /** Paces every keyed request and learns from its answers (`adaptive-limiter.ts`). */
  readonly rateLimiter?: RequestLimiter
  /** One attempt's limit (default 20 s). */
  readonly defaultTimeoutMs?: number
  /** One call's limit, all attempts and backoff waits included (default 30 s). */
  readonly callBudgetMs?: number
  /** The largest answer body read (default 16 MiB); a larger one is refused. */
  readonly maxResponseBytes?: number
  readonly now?: () => number
  readonly random?: () => number
  /** Injected in tests to record backoff delays instead of waiting them out. */
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>
}

const DEFAULT_TIMEOUT_MS = 20_000
const DEFAULT_CALL_BUDGET_MS = 30_000
const DEFAULT_MAX_RESPONSE_BYTES = 16 * 1024 * 1024

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

  /** A fresh deadline with this transport's budget, for callers that retry by themselves. */
  deadline(): Deadline {
    return new Deadline(this.options.callBudgetMs ?? DEFAULT_CALL_BUDGET_MS, this.now)
  }

  /**
   * Sends the request, retrying idempotent ones per the policy within one deadline. Resolves
   * with any HTTP status but a redirect (the vendor client maps it); rejects with an
   * `AppErrorException` for network failures, timeouts, cancellation, refused redirects and
   * oversized answers.
   */
  async send(request: HttpRequest, sendOptions: SendOptions = {}): Promise<HttpResponse> {
    const answered = await this.run(
      request,
      (res, url, log) => this.textOf(res, url, log),
      (a) => this.statusHint(a) ?? sendOptions.retryHint?.(toText(a)) ?? null,
    )
    return toText(answered)
  }

  /**
   * `send` for a binary answer (a picture), read up to `maxBytes` (a larger one is refused with
   * `response_too_large`); redirects are refused as for every call.
   */
  async sendForBytes(request: HttpRequest, maxBytes: number): Promise<HttpBytesResponse> {
    const answered = await this.run(
      request,
      (res, url, log) => this.bytesOf(res, url, log, maxBytes),
      (a) => this.statusHint(a),
    )
    return { status: answered.status, headers: answered.headers, bytes: answered.body, durationMs: answered.durationMs, attempts: answered.attempts }
  }

  private async run<T>(request: HttpRequest, read: BodyReader<T>, hintFor: (answer: Answered<T>) => RetryHint): Promise<Answered<T>> {
    const maxAttempts = request.idempotent ? this.retry.maxAttempts : 1
    const deadline = request.deadline ?? this.deadline()
    for (let attempt = 0; ; attempt++) {
      const last = attempt + 1 >= maxAttempts
      const release = request.rateKey && this.options.rateLimiter ? await this.options.rateLimiter.acquire(request.rateKey, request.signal) : null
      let response: Answered<T>
      try {
        response = await this.once(request, deadline, read)
      } catch (error) {
        release?.({ kind: 'failed' })
        const appErr = error instanceof AppErrorException ? error : networkError(error)
        const delay = backoffDelay(attempt, this.retry, this.random)
        if (last || !appErr.error.retryable || !deadline.allowsWait(delay)) throw appErr
        await this.sleep(delay, request.signal)
        continue
      }
      const hint = hintFor(response)
      release?.(outcomeOf(response, hint))
      if (!hint) return response
      const delay = Math.max(hint.afterMs ?? 0, backoffDelay(attempt, this.retry, this.random))
      if (last || !deadline.allowsWait(delay)) return response
      this.options.logger.warn('retrying', { label: request.label, status: response.status, attempt: attempt + 1, delayMs: delay })
      await this.sleep(delay, request.signal)
    }
  }

  /** 429, 503 and other 5xx answers are worth another try; null when the status says nothing. */
  private statusHint(response: { readonly status: number; readonly headers: Headers }): RetryHint {
    if (response.status === 429 || response.status === 503) {
      return { retry: true, afterMs: parseRetryAfter(response.headers.get('retry-after'), this.now()) ?? undefined }
    }
    if (response.status >= 500) return { retry: true }
    return null
  }

  private async once<T>(request: HttpRequest, deadline: Deadline, read: BodyReader<T>): Promise<Answered<T>> {
    const origin = new URL(request.url).origin
    const timeoutMs = deadline.startAttempt(request.timeoutMs ?? this.options.defaultTimeoutMs ?? DEFAULT_TIMEOUT_MS)
    if (timeoutMs === null) throw new AppErrorException(noAnswer(origin, deadline))
    const timeout = AbortSignal.timeout(timeoutMs)
    const signal = request.signal ? AbortSignal.any([request.signal, timeout]) : timeout
    const started = this.now()
    const attempt = deadline.attempts
    const log = { label: request.label, method: request.method, correlationId: request.correlationId, attempt }
    try {
      const res = await this.options.fetch(request.url, {
        method: request.method,
        headers: request.headers,
        body: request.body,
        signal,
        redirect: 'manual',
      })
      const body = await read(res, request.url, log)
      const durationMs = this.now() - started
      this.options.logger.info('cloud call', { ...log, status: res.status, durationMs })
      return { status: res.status, headers: res.headers, body, durationMs, attempts: attempt }
    } catch (error) {
      if (error instanceof AppErrorException) throw error
      const durationMs = this.now() - started
      if (request.signal?.aborted) {
        throw new AppErrorException(appError('cancelled', { detail: `${request.label ?? request.method} cancelled` }))
      }
      if (timeout.aborted) {
        this.options.logger.warn('cloud call timed out', { ...log, durationMs, timeoutMs })
        throw new AppErrorException(noAnswer(origin, deadline))
      }
      if (isCancelledRedirect(error)) {
        this.options.logger.warn('cloud call redirected, refused', { ...log, durationMs })
        throw new AppErrorException(redirectRefused({ from: origin, to: null }, 0))
      }
      this.options.logger.warn('cloud call failed', { ...log, durationMs, error: String(error) })
      throw networkError(error)
    }
  }

  /** The answer's text, unless it is a redirect (never followed) or larger than the cap. */
  private async textOf(res: Response, url: string, log: Readonly<Record<string, unknown>>): Promise<string> {
    this.refuseRedirect(res, url, log)
    const maxBytes = this.options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES
    const read = await readCapped(res, maxBytes)
    if (read.ok) return read.text
    this.options.logger.warn('cloud answer too large, not read', { ...log, status: res.status, bytes: read.bytes, declared: read.declared })
    throw new AppErrorException(responseTooLarge(new URL(url).origin, maxBytes, read))
  }

  private async bytesOf(res: Response, url: string, log: Readonly<Record<string, unknown>>, maxBytes: number): Promise<Uint8Array> {
    this.refuseRedirect(res, url, log)
    const read = await readCappedBytes(res, Math.min(maxBytes, this.options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES))
    if (read.ok) return read.bytes
    this.options.logger.warn('cloud answer too large, not read', { ...log, status: res.status, bytes: read.bytes, declared: read.declared })
    throw new AppErrorException(responseTooLarge(new URL(url).origin, maxBytes, read))
  }

  private refuseRedirect(res: Response, url: string, log: Readonly<Record<string, unknown>>): void {
    const redirect = refusedRedirect(url, { status: res.status, type: res.type, location: res.headers.get('location') })
    if (!redirect) return
    void res.body?.cancel().catch(() => undefined)
    this.options.logger.warn('cloud call redirected, refused', { ...log, status: res.status, to: redirect.to })
    throw new AppErrorException(redirectRefused(redirect, res.status))
  }
}

/**
 * 429, 503 and a vendor's own "slow down" (Tuya 1110 in a 200) are throttling; another 5xx says
 * nothing about pace; anything else is an answer in time.
 */
function outcomeOf(response: { readonly status: number; readonly durationMs: number }, hint: RetryHint): AttemptOutcome {
  if (!hint) return { kind: 'ok', latencyMs: response.durationMs }
  if (response.status === 429 || response.status === 503 || response.status < 500) return { kind: 'throttled', retryAfterMs: hint.afterMs }
  return { kind: 'failed' }
}

function toText(answer: Answered<string>): HttpResponse {
  return { status: answer.status, headers: answer.headers, text: answer.body, durationMs: answer.durationMs, attempts: answer.attempts }
}
