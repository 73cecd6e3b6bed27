import type { OutboxEntry, TuyaPermissionSend } from '@shared/domain/outbox'
import type { TuyaSendResult } from '@shared/domain/tuya'
import { AppErrorException, appError } from '@shared/errors'
import { TuyaOutcomeUnknown } from '../../clouds/tuya'
import type { SendDraft } from '@shared/sends/types'
import type { CacheScope } from '../../store/cache/scope'
import { clientFor } from '../connections/client-for'
import type { OperationHandlers } from '../outbox/operation-handler'
import { sendDraft } from './tuya-client'

/** When a replayed send went out whose answer was lost (the cloud's clock), or null. */
export function lostOnReplay(entry: OutboxEntry): number | null {
  const error = entry.state === 'failed' ? entry.lastError : null
  const sentAt = error?.messageKey === 'errors.tuya.outcomeUnknown' ? error.params?.sentAt : undefined
  return typeof sentAt === 'number' ? sentAt : null
}

export interface SendOperationsDeps {
  /** A queued send landed: remember its policy and follow its tasks. */
  readonly landed: (scope: CacheScope, send: TuyaPermissionSend, result: TuyaSendResult) => void
}

function draftOf(send: TuyaPermissionSend): SendDraft {
  return { channelIds: send.channels.map((c) => c.channelId), kind: send.sendKind, certificates: send.certificates }
}

/** Permission sends as the outbox queues and replays them. */
export function sendOperations(deps: SendOperationsDeps): Pick<OperationHandlers, 'tuya.permissions.send'> {
  return {
    'tuya.permissions.send': {
      // Later sends to a channel stay behind an earlier one that did not go through.
      targetIds: (send) => send.channels.map((c) => c.channelId),
      apply: async (session, send, signal) => {
        // It may have landed: only the task list can say (read before every replay), never a second send.
        if (send.check.state === 'unconfirmed')
          throw new AppErrorException(
            appError('unavailable', { messageKey: 'sends.errors.unconfirmed', detail: 'the task list has not been read since the answer was lost' }),
          )
        const client = clientFor(session, 'tuya')
        const sentAt = client.serverNow()
        try {
          return await sendDraft(client, draftOf(send), signal)
        } catch (error) {
          // Lost again: the failure keeps when it went out, so the task list is read before the next replay.
          if (error instanceof TuyaOutcomeUnknown) throw new AppErrorException({ ...error.error, params: { ...error.error.params, sentAt } })
          throw error
        }
      },
      currentVersion: async () => undefined,
      afterApplied: (entry, send, result) => deps.landed({ connectionId: entry.connectionId, projectId: entry.projectId }, send, result),
    },
  }
}
