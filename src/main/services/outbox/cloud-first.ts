import type { OutboxEntry } from '@shared/domain/outbox'
import type { AppError, ErrorCode } from '@shared/errors'
import { AppErrorException } from '@shared/errors'
import type { EnqueueInput, OutboxService } from './outbox-service'

/** Failures that mean "the cloud could not be reached", not "the cloud said no". */
const UNREACHABLE: ReadonlySet<ErrorCode> = new Set(['network', 'timeout', 'unavailable'])

/** The error when a call failed for lack of network (the change should wait in the outbox), else null. */
export function networkFailure(error: unknown): AppError | null {
  if (error instanceof AppErrorException && UNREACHABLE.has(error.error.code)) return error.error
  return null
}

export type CloudFirstOutcome<T> =
  | { readonly kind: 'sent'; readonly value: T }
  /** `reason` null: offline, nothing was tried; else the network failure that stopped the send. */
  | { readonly kind: 'queued'; readonly entries: readonly OutboxEntry[]; readonly reason: AppError | null }

export interface CloudFirstDeps {
  readonly outbox: OutboxService
  /** What the network monitor says now: offline, the change goes straight to the outbox. */
  readonly isOnline: () => boolean
}

export interface CloudFirstChange<T> {
  /** The cloud call, then the cache write that follows it. */
  readonly send: () => Promise<T>
  /**
   * What waits in the outbox (in this order) when the cloud cannot be reached; `reason` is the
   * network failure of a send that was tried (it may have landed), null when offline.
   */
  readonly queue: (reason: AppError | null) => EnqueueInput | readonly EnqueueInput[]
  /**
   * The form's intent key: a change made again under it is the same change. While the intent's
   * entry waits in the outbox, the change replaces it (nothing is sent: the outbox is replayed
   * after review); a second submit during a send gets the first one's answer.
   */
  readonly intentKey?: string
}

/**
 * Every change of the services goes this way: sent to the cloud when it can be reached (the
 * cache follows inside `send`); offline, or when the call fails for lack of network, kept in the
 * outbox instead. A refusal by the cloud is thrown as it is, never queued.
 */
export async function cloudFirst<T>(deps: CloudFirstDeps, change: CloudFirstChange<T>): Promise<CloudFirstOutcome<T>> {
  const key = change.intentKey
  const queue = (reason: AppError | null): CloudFirstOutcome<T> => {
    const inputs = change.queue(reason)
    const list = Array.isArray(inputs) ? (inputs as readonly EnqueueInput[]) : [inputs as EnqueueInput]
    // One entry carries the intent; a change queued as several entries is made once by the gate.
    const keyed = key !== undefined && list.length === 1 ? list.map((input) => ({ ...input, intentKey: key })) : list
    return { kind: 'queued', entries: keyed.map((input) => deps.outbox.enqueue(input)), reason }
  }
  if (key !== undefined && deps.outbox.waiting(key)) return queue(null)
  return deps.outbox.intents.once(key, async (): Promise<CloudFirstOutcome<T>> => {
    if (!deps.isOnline()) return queue(null)
    try {
      return { kind: 'sent', value: await change.send() }
    } catch (error) {
      const offline = networkFailure(error)
      if (!offline) throw error
      return queue(offline)
    }
  })
}
