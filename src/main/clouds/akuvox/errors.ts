import { type AppError, AppErrorException, type ErrorCode, appError } from '@shared/errors'

/**
 * Whether a failed call may have been applied by the server. Only `unknown` outcomes of a
 * create make the client look the object up before trying again.
 */
export type CallOutcome = 'rejected' | 'unknown'

/** An `AppErrorException` that also says whether the server may have applied the call. */
export class AkuvoxCallError extends AppErrorException {
  constructor(
    error: AppError,
    readonly outcome: CallOutcome,
  ) {
    super(error)
    this.name = 'AkuvoxCallError'
  }
}

export interface VendorFailure {
  readonly code?: string
  readonly message?: string
}

/**
 * The vendor's shared "Failure Return Example" was never captured (docs/clouds.md#akuvox-failures), so the
 * code and message are read from every place third-party clients look for them.
 */
export function readVendorFailure(body: unknown): VendorFailure {
  if (typeof body !== 'object' || body === null) return {}
  const top = body as Record<string, unknown>
  const result = typeof top.result === 'object' && top.result !== null ? (top.result as Record<string, unknown>) : {}
  const code = firstText(result.code, result.error_code, top.code, top.error_code, top.error)
  const message = firstText(result.message, result.msg, top.message, top.msg, top.error_description, result.error)
  return { ...(code !== undefined ? { code } : {}), ...(message !== undefined ? { message } : {}) }
}

function firstText(...values: readonly unknown[]): string | undefined {
  for (const v of values) {
    if (typeof v === 'string' && v.trim() !== '') return v
    if (typeof v === 'number' && Number.isFinite(v)) return String(v)
  }
  return undefined
}

const TOKENISH = /token|unauthori[sz]ed|unauthenticated|not logged|expired|invalid_grant|invalid_client/i

/** A `success:false` that means "your bearer token is no good" (refresh once and retry). */
export function isTokenFailure(failure: VendorFailure): boolean {
  return TOKENISH.test(`${failure.code ?? ''} ${failure.message ?? ''}`)
}

/**
 * Best-effort classification of a business failure. The patterns cover the codes our sandbox
 * answers and the wording real servers commonly use; anything else is a server-side failure.
 */
export function classifyVendorFailure(failure: VendorFailure): ErrorCode {
  const text = `${failure.code ?? ''} ${failure.message ?? ''}`
  if (isTokenFailure(failure)) return 'auth'
  if (/rate|too many|too frequent|throttl|limit exceeded/i.test(text)) return 'rate_limited'
  if (/not[ _-]?found|not[ _-]?exist|no such|unknown (project|access|staff|device|task|building|residence|account)/i.test(text)) return 'not_found'
  if (/forbidden|not[ _-]?allowed|permission|denied/i.test(text)) return 'forbidden'
  if (/conflict|already|duplicate/i.test(text)) return 'conflict'
  if (/param|invalid|missing|required|must be|format|json|type|too large|unknown command|out of range/i.test(text)) return 'invalid_input'
  return 'server'
}

export interface FailureContext {
  readonly command: string
  readonly commandId: string
}

export function vendorError(code: ErrorCode, failure: VendorFailure, context: FailureContext, detail: string): AppError {
  return appError(code, {
    detail: `${context.command}: ${detail}`,
    vendor: {
      vendor: 'akuvox',
      requestId: context.commandId,
      ...(failure.code !== undefined ? { code: failure.code } : {}),
      ...(failure.message !== undefined ? { message: failure.message } : {}),
    },
  })
}

/** The answer was not the API's JSON: a wrong region, a proxy page, or a broken server. */
export function invalidResponse(context: FailureContext, detail: string): AppError {
  return appError('server', {
    messageKey: 'errors.akuvox.invalidResponse',
    detail: `${context.command}: ${detail}`,
    vendor: { vendor: 'akuvox', requestId: context.commandId },
  })
}

/** The address answered with something that is not the API's JSON: a proxy page, another site. */
export function notAnAkuvoxServer(detail: string): AppError {
  return appError('not_a_cloud', { messageKey: 'errors.akuvox.wrongServer', detail })
}
