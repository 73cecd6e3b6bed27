import { randomUUID } from 'node:crypto'
import { AppErrorException, appError, type AppError } from '@shared/errors'
import type { TuyaCredentials } from '@shared/domain/tuya'
import type { Logger } from '../../log/logger'
import { type RetryPolicy, backoffDelay, sleep } from '../backoff'
import type { HttpResponse, HttpTransport, SendOptions } from '../http'
import { describeNonJson, nonJsonMeansWrongServer, parseJson } from '../json-answer'
import { takeTurn } from '../turns'
import type { ServerClock } from './clock'
import { parseEnvelope } from './envelope'
import { CLOCK_CODE, SERVER_ERROR_CODE, THROTTLE_CODES, TuyaOutcomeUnknown, notATuyaServer, tuyaError } from './errors'
import { type QueryInput, queryValues, wireQuery } from './query'
import { signRequest } from './sign'

/**
 * How a call may be repeated after a failure:
 * - read: retried with backoff (re-signed) on network errors, 5xx/Tuya 500 and throttling;
 * - write: never repeated here. A lost answer throws `TuyaOutcomeUnknown`; throttling surfaces
 *   as `rate_limited` (retryable by the installer). Only a token refusal, which the gateway gives
 *   before anything is done, leads to one more attempt (see api.ts).
 */
export type CallKind = 'read' | 'write'

export interface CallSpec {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE'
  /** The path as sent (path parameters already URL-encoded). */
  readonly path: string
  readonly query?: QueryInput
  /** Serialised once; those exact bytes are hashed and sent. */
  readonly body?: unknown
  readonly kind: CallKind
  /** The route template for logs, never with ids or tokens in it. */
  readonly label: string
  readonly signal?: AbortSignal
}

export interface CallResult {
  readonly result: unknown
  readonly tid: string | undefined
  /** The server's clock when it answered. */
  readonly t: number | undefined
}

export interface RequesterOptions {
  readonly baseUrl: string
  readonly credentials: TuyaCredentials
  readonly transport: HttpTransport
  readonly logger: Logger
  readonly clock: ServerClock
  readonly localNow: () => number
  readonly nonce?: () => string
  readonly retry: RetryPolicy
  readonly random: () => number
  readonly rateKey: string
}

/**
 * Signs, sends and unwraps one Tuya call; every attempt gets a fresh `t` and nonce, and all of
 * them share one deadline.
 */
export class TuyaRequester {
  private readonly nonce: () => string

  constructor(private readonly options: RequesterOptions) {
    this.nonce = options.nonce ?? (() => randomUUID().replace(/-/g, ''))
  }

  serverNow(): number {
    return this.options.clock.now()
  }

  async send(spec: CallSpec, accessToken?: string): Promise<CallResult> {
    const { baseUrl, credentials, transport, clock, retry } = this.options
    const body = spec.body === undefined ? '' : JSON.stringify(spec.body)
    const query = queryValues(spec.query)
    const url = `${baseUrl}${spec.path}${wireQuery(query)}`
    const deadline = transport.deadline()
    let clockRetried = false
    for (let attempt = 0; ;) {
      const t = String(clock.now())
      const nonce = this.nonce()
      const sign = signRequest({
        method: spec.method,
        path: decodeURIComponent(spec.path),
        query,
        body,
        clientId: credentials.accessId,
        secret: credentials.accessSecret,
        accessToken,
        t,
        nonce,
      })
      const headers: Record<string, string> = {
        client_id: credentials.accessId,
        sign,
        sign_method: 'HMAC-SHA256',
        t,
        nonce,
        ...(accessToken ? { access_token: accessToken } : {}),
        ...(body ? { 'content-type': 'application/json' } : {}),
      }
      const sentAt = this.options.localNow()
      let failure: AppError
      try {
        const response = await transport.send(
          {
            method: spec.method,
            url,
            headers,
            body: body || undefined,
            // The transport would resend the same signed bytes; retries are ours, re-signed.
            idempotent: false,
            signal: spec.signal,
            deadline,
            rateKey: this.options.rateKey,
            correlationId: nonce,
            label: spec.label,
          },
          THROTTLE_HINT,
        )
        await takeTurn()
        const outcome = this.read(response, sentAt)
        if (outcome.ok) return outcome.value
        failure = outcome.error
      } catch (error) {
        if (!(error instanceof AppErrorException) || error.error.code === 'cancelled') throw error
        failure = error.error
      }
      const code = failure.vendor?.code
      const delayMs = backoffDelay(attempt, retry, this.options.random)
      const mayRetry = spec.kind === 'read' && attempt + 1 < retry.maxAttempts && deadline.allowsWait(delayMs)
      if (code !== undefined && THROTTLE_CODES.has(code)) {
        // The transport's limiter heard of it (THROTTLE_HINT): every call of the project slows down.
        if (!mayRetry) throw new AppErrorException(failure)
        await this.backoff(++attempt, delayMs, spec, `throttled (${code})`)
        continue
      }
      if (code === CLOCK_CODE && !clockRetried) {
        // The 1013 answer carried the server's `t`: the offset is learnt, sign again once.
        clockRetried = true
        this.options.logger.warn('clock skew corrected', { label: spec.label, offsetMs: clock.offset })
        continue
      }
      if (!isOutcomeUnknown(failure)) throw new AppErrorException(failure)
      if (spec.kind === 'write') throw new TuyaOutcomeUnknown(failure)
      if (!mayRetry) throw new AppErrorException(failure)
      await this.backoff(++attempt, delayMs, spec, failure.code)
    }
  }

  private read(response: HttpResponse, sentAt: number): { ok: true; value: CallResult } | { ok: false; error: AppError } {
    const envelope = parseEnvelope(response.text)
    if (!envelope && nonJsonMeansWrongServer(response.status) && parseJson(response.text) === undefined) {
      return { ok: false, error: notATuyaServer(describeNonJson(response)) }
    }
    if (envelope?.t !== undefined) this.options.clock.learn(envelope.t, sentAt, this.options.localNow())
    if (!envelope || response.status !== 200) {
      return {
        ok: false,
        error: appError('server', { detail: `HTTP ${response.status}${envelope ? '' : ', not a Tuya envelope'}`, params: { status: response.status } }),
      }
    }
    if (envelope.success) return { ok: true, value: { result: envelope.result, tid: envelope.tid, t: envelope.t } }
    return { ok: false, error: tuyaError(envelope.code, envelope.msg, envelope.tid) }
  }

  private async backoff(attempt: number, delayMs: number, spec: CallSpec, reason: string): Promise<void> {
    this.options.logger.warn('retrying tuya call', { label: spec.label, reason, attempt, delayMs })
    try {
      await sleep(delayMs, spec.signal)
    } catch {
      throw new AppErrorException(appError('cancelled', { detail: `${spec.label} cancelled` }))
    }
  }
}

/**
 * Tuya throttles inside an HTTP 200 answer; this tells the transport's limiter so. The answer
 * is not retried there (Tuya calls go as non-idempotent and are re-signed here). Only a short
 * body can be an error envelope, so a page of results is never parsed twice.
 */
const THROTTLE_HINT: SendOptions = {
  retryHint: (response) => {
    if (response.text.length > 1024) return null
    const envelope = parseEnvelope(response.text)
    return envelope && !envelope.success && THROTTLE_CODES.has(envelope.code) ? { retry: true } : null
  },
}

/** No answer, or one that does not say whether the request was applied. */
function isOutcomeUnknown(error: AppError): boolean {
  if (error.vendor) return error.vendor.code === SERVER_ERROR_CODE
  return error.code === 'network' || error.code === 'timeout' || error.code === 'server'
}
