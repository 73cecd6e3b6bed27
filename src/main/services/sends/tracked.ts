import type { TuyaAuthTask, TuyaTaskRecord } from '@shared/domain/tuya'
import { type NamedChannel, channelOfTask } from '@shared/sends/task-channel'
import { isFailedRecord, isFinalRecord } from '@shared/sends/task-state'
import type { TrackedTask } from '@shared/sends/types'

/**
 * A task with its channel and how far it got: its settled records, or while it runs (its records
 * are read once it has settled) the successes the task list counts.
 */
export function trackedTask(task: TuyaAuthTask, records: readonly TuyaTaskRecord[], channels: readonly NamedChannel[]): TrackedTask {
  return {
    task,
    channelId: channelOfTask(task, channels),
    done: Math.max(records.filter(isFinalRecord).length, task.successNum),
    failed: records.filter(isFailedRecord).length,
  }
}
