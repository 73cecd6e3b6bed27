/**
 * How the sandbox says "no". BEST GUESS: the vendor's shared "Failure Return Example" has never
 * been captured (docs/clouds.md#akuvox-failures). Until a real one is seen on the `.pre`
 * server, failures are `{success:false, timestamp, result:{code, message}}` with HTTP 200 for
 * business errors and HTTP 401 for a missing or expired bearer token. Everything that answers a
 * failure goes through one `FailureRenderer`, so changing the guess is a one-place change (or a
 * `failure` option when starting the sandbox).
 */

export type FailureCode =
  | 'invalid_request'
  | 'unknown_command'
  | 'invalid_param'
  | 'not_found'
  | 'not_allowed'
  | 'unauthorized'
  | 'token_expired'
  | 'invalid_client'
  | 'invalid_grant'
  | 'unsupported_grant_type'
  | 'rate_limited'
  | 'server_error'

export interface RenderedFailure {
  readonly status: number
  readonly body: unknown
}

export type FailureRenderer = (code: FailureCode, message: string, timestamp: number) => RenderedFailure

const STATUS: Readonly<Partial<Record<FailureCode, number>>> = {
  unauthorized: 401,
  token_expired: 401,
  invalid_client: 401,
  invalid_grant: 400,
  unsupported_grant_type: 400,
  rate_limited: 429,
  server_error: 500,
}

export const defaultFailure: FailureRenderer = (code, message, timestamp) => ({
  status: STATUS[code] ?? 200,
  body: { success: false, timestamp, result: { code, message } },
})

/** Thrown by command handlers; the server renders it with the configured `FailureRenderer`. */
export class CommandFailure extends Error {
  constructor(
    readonly code: FailureCode,
    message: string,
  ) {
    super(message)
    this.name = 'CommandFailure'
  }
}

export function notFound(what: string, id: string): CommandFailure {
  return new CommandFailure('not_found', `${what} ${id} not found`)
}
