import { AppErrorException, appError } from '@shared/errors'
import type { Logger } from '../../log/logger'
import { AkuvoxCallError } from './errors'

export interface CreateOnceOptions<T> {
  /** What the log and the error call the object, e.g. `access group "Lobby"`. */
  readonly what: string
  readonly name: string
  readonly create: () => Promise<T>
  /** Finds the object this create would have made; null when it does not exist. */
  readonly lookup: () => Promise<T | null>
  readonly logger: Logger
  readonly signal?: AbortSignal
}

const MAX_ATTEMPTS = 3

/**
 * Creates are never retried blindly. When a create fails without a clear answer (network error,
 * timeout, dropped connection, 5xx), the object is looked up first: if it is there, that was our
 * create; if not, the create is sent again. Nothing is ever created twice by this client.
 */
export async function createOnce<T>(options: CreateOnceOptions<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    let failure: AkuvoxCallError
    try {
      return await options.create()
    } catch (error) {
      if (!(error instanceof AkuvoxCallError) || error.outcome !== 'unknown' || error.error.code === 'cancelled') throw error
      failure = error
    }
    options.logger.warn('akuvox create outcome unknown, looking it up', { what: options.what, attempt, code: failure.error.code })
    let found: T | null
    try {
      found = await options.lookup()
    } catch (error) {
      if (error instanceof AppErrorException && error.error.code === 'cancelled') throw error
      throw new AppErrorException(
        appError(failure.error.code, {
          messageKey: 'errors.akuvox.createUnconfirmed',
          params: { name: options.name },
          detail: `${options.what}: create failed (${failure.error.detail ?? failure.error.code}) and the lookup failed too`,
          ...(failure.error.vendor ? { vendor: failure.error.vendor } : {}),
        }),
      )
    }
    if (found !== null) {
      options.logger.info('akuvox create had been applied', { what: options.what, attempt })
      return found
    }
    if (attempt >= MAX_ATTEMPTS || options.signal?.aborted) throw failure
  }
}
