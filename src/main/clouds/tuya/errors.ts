import { type AppError, AppErrorException, type ErrorCode, appError } from '@shared/errors'

/** Tuya answers these with HTTP 200 when it throttles (docs/clouds.md#tuya-error-codes; 1199 seen in the field). */
export const THROTTLE_CODES: ReadonlySet<string> = new Set(['1110', '1111', '1112', '1199'])
/** Token expired / invalid / status invalid: one refresh-or-new-token, then one retry. */
export const TOKEN_CODES: ReadonlySet<string> = new Set(['1010', '1011', '1012'])
/** "system error": the server may or may not have applied a write. */
export const SERVER_ERROR_CODE = '500'
export const CLOCK_CODE = '1013'

interface Mapping {
  readonly code: ErrorCode
  /** Beyond `errors.<code>`: a key under `errors.tuya` in src/shared/i18n/locales. */
  readonly messageKey?: string
}

const BY_CODE: Readonly<Record<string, Mapping>> = {
  '500': { code: 'server' },
  '1000': { code: 'not_found' },
  '1001': { code: 'auth', messageKey: 'errors.tuya.1004' },
  '1002': { code: 'internal' },
  '1003': { code: 'internal' },
  '1004': { code: 'auth', messageKey: 'errors.tuya.1004' },
  '1005': { code: 'auth', messageKey: 'errors.tuya.1004' },
  '1010': { code: 'auth', messageKey: 'errors.tuya.token' },
  '1011': { code: 'auth', messageKey: 'errors.tuya.token' },
  '1012': { code: 'auth', messageKey: 'errors.tuya.token' },
  '1013': { code: 'clock_skew', messageKey: 'errors.tuya.1013' },
  '1100': { code: 'invalid_input', messageKey: 'errors.tuya.param' },
  '1101': { code: 'invalid_input', messageKey: 'errors.tuya.param' },
  '1102': { code: 'invalid_input', messageKey: 'errors.tuya.param' },
  '1104': { code: 'invalid_input', messageKey: 'errors.tuya.param' },
  '1105': { code: 'internal' },
  '1106': { code: 'forbidden', messageKey: 'errors.tuya.1106' },
  '1108': { code: 'forbidden', messageKey: 'errors.tuya.1108' },
  '1109': { code: 'invalid_input', messageKey: 'errors.tuya.param' },
  '1110': { code: 'rate_limited', messageKey: 'errors.tuya.1110' },
  '1111': { code: 'rate_limited', messageKey: 'errors.tuya.1110' },
  '1112': { code: 'rate_limited', messageKey: 'errors.tuya.1110' },
  '1199': { code: 'rate_limited', messageKey: 'errors.tuya.1110' },
  '1114': { code: 'forbidden', messageKey: 'errors.tuya.1114' },
  '2001': { code: 'unavailable', messageKey: 'errors.tuya.2001' },
  '2010': { code: 'not_found' },
  '28841004': { code: 'unavailable', messageKey: 'errors.tuya.quota' },
  '28841105': { code: 'forbidden', messageKey: 'errors.tuya.1108' },
  '28841107': { code: 'unavailable', messageKey: 'errors.tuya.dataCenter' },
  '60009001': { code: 'forbidden', messageKey: 'errors.tuya.1106' },
}

/** A Tuya error envelope as an `AppError`, keeping the code, message and `tid` for support. */
export function tuyaError(code: string, msg: string, tid: string | undefined): AppError {
  const mapping = BY_CODE[code] ?? { code: 'server' as const }
  return appError(mapping.code, {
    messageKey: mapping.messageKey,
    // An unknown code is not something waiting will fix.
    retryable: BY_CODE[code] ? undefined : false,
    params: mapping.messageKey === 'errors.tuya.param' ? { detail: msg } : undefined,
    detail: `Tuya ${code}: ${msg}`,
    vendor: { vendor: 'tuya', code, message: msg, ...(tid ? { requestId: tid } : {}) },
  })
}

/** The address answered with something that is not JSON: a proxy page, another site. */
export function notATuyaServer(detail: string): AppError {
  return appError('not_a_cloud', { messageKey: 'errors.tuya.wrongServer', detail })
}

export function vendorCode(error: unknown): string | undefined {
  return error instanceof AppErrorException && error.error.vendor?.vendor === 'tuya' ? error.error.vendor.code : undefined
}

/**
 * A write whose answer was lost (network error, timeout, 5xx, Tuya 500): the cloud may or may
 * not have applied it. Thrown instead of retrying; the caller decides (sends look at the task
 * list, other writes surface it).
 */
export class TuyaOutcomeUnknown extends AppErrorException {
  constructor(readonly original: AppError) {
    super(
      appError(original.code, {
        messageKey: 'errors.tuya.outcomeUnknown',
        retryable: false,
        detail: `outcome unknown: ${original.detail ?? original.code}`,
        vendor: original.vendor,
      }),
    )
    this.name = 'TuyaOutcomeUnknown'
  }
}
