import type { InputIssue } from './input-issues'

/**
 * Stable error codes shared by main and renderer. The renderer maps each code to a translated
 * message (`errors.<code>` in the locale files); vendor details ride along for support.
 */
export const ERROR_CODES = [
  'invalid_input',
  'not_found',
  'auth',
  'forbidden',
  'rate_limited',
  'network',
  'timeout',
  'server',
  'conflict',
  'clock_skew',
  'unavailable',
  'cancelled',
  'internal',
  /** The server answered with a redirect; Fieldkey never follows one with credentials. */
  'redirect_refused',
  /** The answer was larger than Fieldkey reads; it stopped reading. */
  'response_too_large',
  /** The address answers, but not like the vendor's cloud (an HTML page, not the API's JSON). */
  'not_a_cloud',
  /** A PIN or card someone else holds, saved without the installer confirming it. */
  'duplicate_credential',
  /** An access-group name another group has, saved without the installer confirming it. */
  'duplicate_name',
] as const

export type ErrorCode = (typeof ERROR_CODES)[number]

export interface VendorDetail {
  readonly vendor: 'akuvox' | 'tuya'
  readonly code?: string
  readonly message?: string
  /** Tuya's request id, or Akuvox's command id: what support asks for. */
  readonly requestId?: string
}

export interface AppError {
  readonly code: ErrorCode
  /** i18n key of the user-facing message, e.g. `errors.auth` or `errors.tuya.1004`. */
  readonly messageKey: string
  /** Interpolation values for the message (field names, limits…). Never secrets. */
  readonly params?: Readonly<Record<string, string | number>>
  /** A developer-facing description, shown under "details" and written to the log. */
  readonly detail?: string
  readonly retryable: boolean
  readonly vendor?: VendorDetail
  /** For `invalid_input` refused by the channel's schema: each field and the rule it broke. */
  readonly issues?: readonly InputIssue[]
  /**
   * The input field this error belongs to, when it names one: its path in the channel's input,
   * field names and list positions as the input has them (`['draft', 'floorAccesses', 0, 'floors']`).
   * A form shows such an error on that field; any other error on the form as a whole. Main sets it
   * when the cloud's refusal names a parameter it can trace back to the input
   * (src/main/services/people/staff-refusal.ts).
   */
  readonly field?: readonly (string | number)[]
}

const RETRYABLE: ReadonlySet<ErrorCode> = new Set(['rate_limited', 'network', 'timeout', 'server', 'unavailable'])

function isRetryableCode(code: ErrorCode): boolean {
  return RETRYABLE.has(code)
}

export function appError(code: ErrorCode, options: Partial<Omit<AppError, 'code'>> = {}): AppError {
  return {
    code,
    messageKey: options.messageKey ?? `errors.${code}`,
    retryable: options.retryable ?? isRetryableCode(code),
    ...(options.params ? { params: options.params } : {}),
    ...(options.detail ? { detail: options.detail } : {}),
    ...(options.vendor ? { vendor: options.vendor } : {}),
    ...(options.issues ? { issues: options.issues } : {}),
    ...(options.field ? { field: options.field } : {}),
  }
}

/** An `AppError` that can be thrown through layers that do not return `Result`s. */
export class AppErrorException extends Error {
  constructor(readonly error: AppError) {
    super(error.detail ?? error.code)
    this.name = 'AppErrorException'
  }
}

export function isAppError(value: unknown): value is AppError {
  if (typeof value !== 'object' || value === null) return false
  const v = value as Record<string, unknown>
  return (
    typeof v.code === 'string' && (ERROR_CODES as readonly string[]).includes(v.code) && typeof v.messageKey === 'string' && typeof v.retryable === 'boolean'
  )
}

/** Any thrown value as an `AppError`: ours as they are, anything else as `internal`. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppErrorException) return error.error
  return appError('internal', { detail: error instanceof Error ? error.message : String(error) })
}
