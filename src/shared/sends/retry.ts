import type { TuyaSendCertificates, TuyaTaskRecord } from '../domain/tuya'
import { isFailedRecord } from './task-state'
import type { RetryBatch, RetryPlan } from './types'

export interface RetryTask {
  readonly channelId: string | null
  readonly channelName: string
  readonly records: readonly TuyaTaskRecord[]
  /** The policy the task was sent with; null when it cannot be told. */
  readonly certificates: TuyaSendCertificates | null
}

/**
 * "Retry failures": exactly the channels whose task has failed records, each resent with the
 * credential policy of its original task — one incremental send per policy, each channel once.
 * Tasks whose channel could not be matched, or whose policy cannot be told, cannot be resent
 * faithfully: they are named in `left` and never guessed.
 */
export function retryPlan(tasks: readonly RetryTask[]): RetryPlan {
  const batches = new Map<TuyaSendCertificates, { channels: Map<string, string>; failedPersons: number }>()
  const left: string[] = []
  let failedPersons = 0
  for (const task of tasks) {
    const failed = task.records.filter(isFailedRecord).length
    if (failed === 0) continue
    if (task.channelId === null || task.certificates === null) {
      left.push(task.channelName)
      continue
    }
    const batch = batches.get(task.certificates) ?? { channels: new Map<string, string>(), failedPersons: 0 }
    batch.channels.set(task.channelId, task.channelName)
    batch.failedPersons += failed
    batches.set(task.certificates, batch)
    failedPersons += failed
  }
  const list: RetryBatch[] = [...batches].map(([certificates, b]) => ({
    certificates,
    channelIds: [...b.channels.keys()],
    channelNames: [...b.channels.values()],
    failedPersons: b.failedPersons,
  }))
  return {
    channelIds: [...new Set(list.flatMap((b) => b.channelIds))],
    channelNames: [...new Set(list.flatMap((b) => b.channelNames))],
    failedPersons,
    batches: list,
    left,
  }
}
