import type { TuyaTaskRecord } from '../domain/tuya'
import { isFailedRecord } from './task-state'
import type { RetryPlan } from './types'

export interface RetryTask {
  readonly channelId: string | null
  readonly channelName: string
  readonly records: readonly TuyaTaskRecord[]
}

/**
 * "Retry failures": exactly the channels whose task has failed records, each once. Tasks whose
 * channel could not be matched cannot be resent and are left out.
 */
export function retryPlan(tasks: readonly RetryTask[]): RetryPlan {
  const channels = new Map<string, string>()
  let failedPersons = 0
  for (const task of tasks) {
    const failed = task.records.filter(isFailedRecord).length
    if (failed === 0 || task.channelId === null) continue
    failedPersons += failed
    channels.set(task.channelId, task.channelName)
  }
  return { channelIds: [...channels.keys()], channelNames: [...channels.values()], failedPersons }
}
