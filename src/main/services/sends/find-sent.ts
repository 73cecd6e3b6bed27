import type { TuyaPermissionSend } from '@shared/domain/outbox'
import { TUYA_SEND_KIND_CODES } from '@shared/domain/tuya'
import { channelOfTask } from '@shared/sends/task-channel'
import type { TuyaClient } from '../../clouds/tuya'
import { collect } from './tuya-client'

/** Tasks started this long before the send's own clock reading still count as its (clock estimate slack). */
const MARGIN_MS = 5_000

/**
 * The tasks a send whose answer was lost started, read from the cloud's task list: of its kind,
 * started since just before it went out, on one of its channels, and not a task Fieldkey already
 * knows as another send's. Empty means the send certainly did not land. A read that fails throws.
 */
export async function findSentTasks(
  client: TuyaClient,
  send: TuyaPermissionSend,
  sentAt: number,
  knownAsOther: (taskId: string) => boolean,
  signal?: AbortSignal,
): Promise<string[]> {
  const tasks = await collect(
    client.iterateAuthTasks({ kind: send.sendKind, taskStartFrom: sentAt - MARGIN_MS }, { pageSize: 50, ...(signal ? { signal } : {}) }),
  )
  return tasks
    .filter((t) => t.kind.code === TUYA_SEND_KIND_CODES[send.sendKind] && t.taskStartTime >= sentAt - MARGIN_MS && !knownAsOther(t.authTaskId))
    .filter((t) => channelOfTask(t, send.channels) !== null)
    .map((t) => t.authTaskId)
}
