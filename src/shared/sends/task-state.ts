import type { TuyaAuthTask, TuyaTaskRecord } from '../domain/tuya'
import type { TasksFilter } from './types'

/** Completed or terminated: nothing about the task changes any more. */
export function isSettled(task: Pick<TuyaAuthTask, 'progress'>): boolean {
  return task.progress.known && (task.progress.value === 'completed' || task.progress.value === 'terminated')
}

export function isFinalRecord(record: Pick<TuyaTaskRecord, 'issueStatus'>): boolean {
  const s = record.issueStatus
  return s.known && (s.value === 'succeeded' || s.value === 'failed' || s.value === 'terminated')
}

/** Failed, terminated, or of a status the seed does not list: what "retry failures" resends. */
export function isFailedRecord(record: Pick<TuyaTaskRecord, 'issueStatus'>): boolean {
  const s = record.issueStatus
  return !s.known || s.value === 'failed' || s.value === 'terminated'
}

export function matchesTask(task: TuyaAuthTask, filter: TasksFilter): boolean {
  const search = filter.search?.trim().toLowerCase()
  const outcome = task.outcome.known ? task.outcome.value : null
  return (
    (!search || [task.accessControlChannelName, task.businessDeviceName, task.accessChannelPositionPath].some((v) => v.toLowerCase().includes(search))) &&
    (filter.state === undefined || (filter.state === 'finished') === isSettled(task)) &&
    (filter.kind === undefined || (task.kind.known && task.kind.value === filter.kind)) &&
    (filter.outcome === undefined || outcome === filter.outcome) &&
    (filter.withPermissions === undefined || task.authNum > 0 === filter.withPermissions) &&
    (filter.startFrom === undefined || task.taskStartTime >= filter.startFrom) &&
    (filter.startTo === undefined || task.taskStartTime <= filter.startTo)
  )
}
