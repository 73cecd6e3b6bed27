import type { AppError } from '@shared/errors'
import type { Result } from '@shared/result'

/**
 * An `AppError` carried through TanStack Query, which reports failures by throwing. Every query
 * and mutation fails with this type (registered below), so `query.error.appError` is the stable
 * code and message key main sent, never a stringly error.
 */
export class ResultError extends Error {
  constructor(readonly appError: AppError) {
    super(appError.detail ?? appError.messageKey)
    this.name = 'ResultError'
  }
}

declare module '@tanstack/react-query' {
  interface Register {
    defaultError: ResultError
  }
}

/** The value of a successful `Result`; a failed one throws, for TanStack Query to hold as the error. */
export function unwrap<T>(result: Result<T, AppError>): T {
  if (!result.ok) throw new ResultError(result.error)
  return result.value
}

/** The `AppError` of a query or mutation error, or null. */
export function appErrorOf(error: ResultError | null | undefined): AppError | null {
  return error ? error.appError : null
}
