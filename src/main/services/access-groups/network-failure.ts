import type { AppError, ErrorCode } from '@shared/errors'
import { AppErrorException } from '@shared/errors'

/** Failures that mean "the cloud could not be reached", not "the cloud said no". */
const UNREACHABLE: ReadonlySet<ErrorCode> = new Set(['network', 'timeout', 'unavailable'])

/** The error when a call failed for lack of network (the change should wait in the outbox), else null. */
export function networkFailure(error: unknown): AppError | null {
  if (error instanceof AppErrorException && UNREACHABLE.has(error.error.code)) return error.error
  return null
}
