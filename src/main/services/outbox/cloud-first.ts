import type { OutboxEntry } from '@shared/domain/outbox'
import type { AppError, ErrorCode } from '@shared/errors'
import { AppErrorException, toAppError } from '@shared/errors'
import { nameInSnapshot } from '../activity/activity-log'
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
  /**
   * False for one row of a larger change that the activity log records once as a whole (a staff
   * import run); its queued entries are still logged by the outbox.
   */
  readonly logged?: false
}

/**
 * Every change of the services goes this way: sent to the cloud when it can be reached (the
 * cache follows inside `send`); offline, or when the call fails for lack of network, kept in the
 * outbox instead. A refusal by the cloud is thrown as it is, never queued. The activity log
 * records each change here as done or failed (the outbox records it when queued).
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
      const value = await change.send()
      logged(deps, change, 'done', null)
      return { kind: 'sent', value }
    } catch (error) {
      const offline = networkFailure(error)
      if (offline) return queue(offline)
      logged(deps, change, 'failed', toAppError(error))
      throw error
    }
  })
}

/** The change in the activity log, described by what it would have queued (its targets as the installer saw them). */
function logged<T>(deps: CloudFirstDeps, change: CloudFirstChange<T>, result: 'done' | 'failed', error: AppError | null): void {
  if (change.logged === false) return
  let inputs: EnqueueInput | readonly EnqueueInput[]
  try {
    inputs = change.queue(null)
  } catch {
    return // The description could not be read; the change itself stands.
  }
  for (const input of Array.isArray(inputs) ? (inputs as readonly EnqueueInput[]) : [inputs as EnqueueInput]) {
    deps.outbox.activity.record({
      connectionId: input.connectionId,
      projectId: input.projectId,
      operation: input.operation,
      result,
      error,
      targetName: nameInSnapshot(input.base?.snapshot),
    })
  }
}
