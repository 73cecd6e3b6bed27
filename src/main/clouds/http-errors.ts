import { type AppError, AppErrorException, type ErrorCode, appError } from '@shared/errors'
import { type Deadline, statedSeconds } from './deadline'
import type { RefusedRedirect } from './redirect'

const MIB = 1024 * 1024

/** "No answer from X after 31 s (3 attempts)": the real time spent, all attempts counted. */
export function noAnswer(origin: string, deadline: Deadline): AppError {
  const elapsedMs = deadline.elapsedMs()
  return appError('timeout', {
    messageKey: 'errors.noAnswer',
    params: { origin, seconds: statedSeconds(elapsedMs), count: deadline.attempts },
    detail: `no answer from ${origin} after ${elapsedMs} ms (${deadline.attempts} attempts, budget ${deadline.budgetMs} ms)`,
  })
}

export function redirectRefused(redirect: RefusedRedirect, status: number): AppError {
  return appError('redirect_refused', {
    ...(redirect.to === null ? { messageKey: 'errors.redirectHidden', params: { from: redirect.from } } : { params: { from: redirect.from, to: redirect.to } }),
    detail: `HTTP ${status} redirect from ${redirect.from} to ${redirect.to ?? 'an unknown address'} refused; nothing was sent there`,
  })
}

export function responseTooLarge(origin: string, maxBytes: number, read: { readonly bytes: number; readonly declared: boolean }): AppError {
  return appError('response_too_large', {
    params: { origin, megabytes: Math.round((maxBytes / MIB) * 10) / 10 },
    detail: read.declared
      ? `Content-Length ${read.bytes} over the ${maxBytes}-byte cap; not read`
      : `stopped reading after ${read.bytes} bytes (cap ${maxBytes})`,
  })
}

export function networkError(error: unknown): AppErrorException {
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : ''
  return new AppErrorException(appError('network', { detail: `${error instanceof Error ? error.message : String(error)}${cause}` }))
}

/**
 * The address answered, but not as the cloud does (a redirect, a page that is not the API's
 * JSON, an endless body): trying it again, or signing in again there, would meet the same.
 */
const NOT_THE_CLOUD: ReadonlySet<ErrorCode> = new Set(['redirect_refused', 'not_a_cloud', 'response_too_large'])

export function isNotTheCloud(error: unknown): boolean {
  return error instanceof AppErrorException && NOT_THE_CLOUD.has(error.error.code)
}
