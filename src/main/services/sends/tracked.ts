import type { TuyaAuthTask, TuyaTaskRecord } from '@shared/domain/tuya'
import { type NamedChannel, channelOfTask } from '@shared/sends/task-channel'
import { isFailedRecord, isFinalRecord } from '@shared/sends/task-state'
import type { TrackedTask } from '@shared/sends/types'

/** A task with its channel and how far its records got. */
export function trackedTask(task: TuyaAuthTask, records: readonly TuyaTaskRecord[], channels: readonly NamedChannel[]): TrackedTask {
  return {
    task,
    channelId: channelOfTask(task, channels),
    done: records.filter(isFinalRecord).length,
    failed: records.filter(isFailedRecord).length,
  }
}
