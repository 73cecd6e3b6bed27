import type { OutboxEntry, TuyaPermissionSend } from '@shared/domain/outbox'
import type { TuyaSendResult } from '@shared/domain/tuya'
import { toAppError } from '@shared/errors'
import { type PollBackoff, nextDelay } from '@shared/sends/backoff'
import type { SendChecked } from '@shared/sends/types'
import type { Logger } from '../../log/logger'
import type { CacheScope } from '../../store/cache/scope'
import type { OutboxService } from '../outbox/outbox-service'
import { findSentTasks } from './find-sent'
import { lostOnReplay } from './send-operations'
import { type Sleep, realSleep } from './tracker'
import { type SessionOf, tuyaClient } from './tuya-client'

export interface UnconfirmedSendsDeps {
  readonly outbox: OutboxService
  readonly session: SessionOf
  /** A task Fieldkey already knows as another send's (it has that send's policy). */
  readonly knownTask: (scope: CacheScope, taskId: string) => boolean
  /** The send's tasks were found: remember its policy and follow them. */
  readonly landed: (scope: CacheScope, send: TuyaPermissionSend, result: TuyaSendResult) => void
  readonly checked: (checked: SendChecked) => void
  readonly logger: Logger
  readonly sleep?: Sleep
  readonly backoff?: PollBackoff
}

/** Reads of the task list while the cloud cannot be reached: soon at first, then at most every half minute. */
const CHECK_BACKOFF: PollBackoff = { minMs: 2_000, maxMs: 30_000, factor: 2 }

type Unconfirmed = OutboxEntry & { readonly operation: TuyaPermissionSend & { readonly check: { readonly state: 'unconfirmed' } } }

function isUnconfirmed(entry: OutboxEntry): entry is Unconfirmed {
  return entry.operation.kind === 'tuya.permissions.send' && entry.operation.check.state === 'unconfirmed'
}

/**
 * Sends whose answer was lost wait in the outbox as "unconfirmed" and are never sent again
 * blindly. When the cloud answers again (the network comes back, a retry succeeds, a replay is
 * asked for) the task list says what happened: the send's tasks are there, so they are adopted and
 * followed; or they certainly are not, so the send waits in the outbox like any other change.
 */
export class UnconfirmedSends {
  private loop: Promise<void> | null = null
  private nap: AbortController | null = null
  private closed = false
  /** Woken during a pass: one more pass, the cloud may answer now or an entry came after the read. */
  private again = false

  constructor(private readonly deps: UnconfirmedSendsDeps) {}

  /** Checks now, and keeps checking with a growing wait while some stay unconfirmed. */
  wake(): Promise<void> {
    this.again = true
    this.nap?.abort()
    this.loop ??= this.run().finally(() => (this.loop = null))
    return this.loop
  }

  /** One pass over every unconfirmed send; resolves with how many are still unconfirmed. */
  async checkAll(): Promise<number> {
    this.markLostReplays()
    let left = 0
    for (const entry of this.deps.outbox.list().filter(isUnconfirmed)) if (!(await this.check(entry))) left++
    return left
  }

  close(): void {
    this.closed = true
    this.nap?.abort()
  }

  /** A replay whose answer was lost after the last check makes its send unconfirmed again. */
  private markLostReplays(): void {
    for (const entry of this.deps.outbox.list()) {
      const sentAt = lostOnReplay(entry)
      if (sentAt === null || entry.operation.kind !== 'tuya.permissions.send') continue
      const { check } = entry.operation
      const newer = check.state === 'none' || (check.state === 'notFound' && check.checkedAt < sentAt)
      if (newer) this.deps.outbox.update(entry.id, { ...entry.operation, check: { state: 'unconfirmed', sentAt } })
    }
  }

  private async run(): Promise<void> {
    const { backoff = CHECK_BACKOFF, sleep = realSleep } = this.deps
    let delay = backoff.minMs
    while (!this.closed) {
      this.again = false
      const left = await this.checkAll()
      // Woken during the pass (the network is back, a send was queued): one more pass at once.
      if (this.again) {
        delay = backoff.minMs
        continue
      }
      if (left === 0) return
      this.nap = new AbortController()
      await sleep(delay, this.nap.signal)
      // Woken early (the network is back): check at once, and soon again if that fails.
      delay = this.nap.signal.aborted ? backoff.minMs : nextDelay(delay, false, backoff)
      this.nap = null
    }
  }

  /** True when the send is settled one way or the other. */
  private async check(entry: Unconfirmed): Promise<boolean> {
    const scope = { connectionId: entry.connectionId, projectId: entry.projectId }
    const send = entry.operation
    let found: string[]
    let checkedAt: number
    try {
      const client = await tuyaClient(this.deps.session, scope)
      checkedAt = client.serverNow()
      found = await findSentTasks(client, send, send.check.sentAt, (id) => this.deps.knownTask(scope, id))
    } catch (error) {
      this.deps.logger.info('unconfirmed send not checked yet', { id: entry.id, code: toAppError(error).code })
      return false
    }
    const report = (outcome: SendChecked['outcome']) =>
      this.deps.checked({ ...scope, outcome, kind: send.sendKind, channelNames: send.channels.map((c) => c.name), taskIds: found })
    if (found.length > 0) {
      this.deps.outbox.discard(entry.id, { landed: true })
      this.deps.landed(scope, send, { kind: send.sendKind, taskIds: found, recovered: true })
      this.deps.logger.info('unconfirmed send found in the task list', { id: entry.id, tasks: found.length })
      report('adopted')
    } else {
      this.deps.outbox.update(entry.id, { ...send, check: { state: 'notFound', checkedAt } })
      this.deps.logger.info('unconfirmed send did not land; it waits in the outbox', { id: entry.id })
      report('notFound')
    }
    return true
  }
}
