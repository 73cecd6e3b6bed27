import { randomUUID } from 'node:crypto'
import { appError } from '@shared/errors'
import { parseRetryAfter } from '../backoff'
import type { HttpResponse } from '../http'
import { describeNonJson, nonJsonMeansWrongServer, parseJson } from '../json-answer'
import {
  AkuvoxCallError,
  type FailureContext,
  type VendorFailure,
  classifyVendorFailure,
  invalidResponse,
  isTokenFailure,
  notAnAkuvoxServer,
  readVendorFailure,
  vendorError,
} from './errors'

export const COMMANDS_PATH = '/api/v1.0/invoke/open-ability/method/manager-commands'
export const TOKEN_PATH = '/api/v1.0/invoke/open-ability/method/oauth2/token'

/** A fresh command id per call (`c` + 32 hex, the documented shape); logged as the correlation id. */
export function newCommandId(): string {
  return `c${randomUUID().replaceAll('-', '')}`
}

export function commandBody(command: string, id: string, param: Readonly<Record<string, unknown>>): string {
  return JSON.stringify({ command, id, param })
}

/** What one HTTP answer to a command means for the caller. */
export type CommandAnswer =
  | { readonly kind: 'ok'; readonly result: unknown }
  /** The bearer token was refused: refresh once and retry. */
  | { readonly kind: 'auth'; readonly error: AkuvoxCallError }
  /** 429: nothing was applied; the server asks to wait. */
  | { readonly kind: 'throttled'; readonly retryAfterMs: number | null; readonly error: AkuvoxCallError }
  | { readonly kind: 'failed'; readonly error: AkuvoxCallError }

export function readCommandAnswer(response: HttpResponse, context: FailureContext, now: number): CommandAnswer {
  const body = parseJson(response.text)
  if (body === undefined && nonJsonMeansWrongServer(response.status)) {
    return { kind: 'failed', error: rejected(notAnAkuvoxServer(`${context.command}: ${describeNonJson(response)}`)) }
  }
  const failure = readVendorFailure(body)
  if (response.status === 401) {
    return { kind: 'auth', error: rejected(vendorError('auth', failure, context, 'HTTP 401')) }
  }
  if (response.status === 429) {
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), now)
    const error = vendorError('rate_limited', failure, context, `HTTP 429, retry after ${retryAfterMs ?? '?'} ms`)
    const params = retryAfterMs === null ? undefined : { seconds: Math.ceil(retryAfterMs / 1000) }
    return { kind: 'throttled', retryAfterMs, error: rejected(params ? { ...error, params } : error) }
  }
  if (response.status >= 500) {
    // The server may have applied the call before failing to answer.
    return { kind: 'failed', error: new AkuvoxCallError(vendorError('server', failure, context, `HTTP ${response.status}`), 'unknown') }
  }
  if (response.status === 403) return { kind: 'failed', error: rejected(vendorError('forbidden', failure, context, 'HTTP 403')) }
  if (response.status === 404) {
    const error = appError('unavailable', {
      messageKey: 'errors.akuvox.wrongServer',
      detail: `${context.command}: HTTP 404 from the command endpoint`,
      vendor: { vendor: 'akuvox', requestId: context.commandId },
    })
    return { kind: 'failed', error: rejected(error) }
  }
  if (body === undefined || typeof body !== 'object' || body === null) {
    return { kind: 'failed', error: rejected(invalidResponse(context, `HTTP ${response.status}, body is not a JSON object`)) }
  }
  const success = (body as Record<string, unknown>).success
  if (response.status >= 200 && response.status < 300 && success === true) {
    return { kind: 'ok', result: (body as Record<string, unknown>).result }
  }
  return businessFailure(failure, context, response.status)
}

function businessFailure(failure: VendorFailure, context: FailureContext, status: number): CommandAnswer {
  const code = classifyVendorFailure(failure)
  const error = rejected(vendorError(code, failure, context, `HTTP ${status}, success=false ${failure.code ?? ''} ${failure.message ?? ''}`.trim()))
  if (isTokenFailure(failure)) return { kind: 'auth', error }
  return { kind: 'failed', error }
}

function rejected(error: AkuvoxCallError['error']): AkuvoxCallError {
  return new AkuvoxCallError(error, 'rejected')
}
