/*
 * The Tuya send-task enumerations, written from seed 004 (person permissions). The same field
 * has one set of codes in an answer and another in the task-list filter: both are kept apart.
 */

/** `authTaskProgress` in a task-list answer: 0 initialised, 1 to be started, 2 being executed, 3 terminated, 4 completed. */
export type TaskProgress = 'initialised' | 'notStarted' | 'running' | 'terminated' | 'completed'
export const TASK_PROGRESS_RESULT_CODES: Readonly<Record<TaskProgress, number>> = { initialised: 0, notStarted: 1, running: 2, terminated: 3, completed: 4 }

/** `authTaskProgress` in the task-list request: 0 initialised, 1 completed, 2 terminated, 3 being executed ("to be started" has none). */
export type TaskProgressFilter = Exclude<TaskProgress, 'notStarted'>
export const TASK_PROGRESS_FILTER_CODES: Readonly<Record<TaskProgressFilter, number>> = { initialised: 0, completed: 1, terminated: 2, running: 3 }

/** `authTaskStatus` in a task-list answer: 0 to be started, 1 partially successful, 2 all successful, 3 all failed, 4 terminated. */
export type TaskOutcome = 'notStarted' | 'partial' | 'succeeded' | 'failed' | 'terminated'
export const TASK_OUTCOME_RESULT_CODES: Readonly<Record<TaskOutcome, number>> = { notStarted: 0, partial: 1, succeeded: 2, failed: 3, terminated: 4 }

/** `authTaskStatus` in the task-list request: 1 all succeeded, 2 some succeeded, 3 all failed, 4 all terminated. */
export type TaskOutcomeFilter = Exclude<TaskOutcome, 'notStarted'>
export const TASK_OUTCOME_FILTER_CODES: Readonly<Record<TaskOutcomeFilter, number>> = { succeeded: 1, partial: 2, failed: 3, terminated: 4 }

/** `issueStatus` of one person in a task (task records): 0 initialised, 1 unknown, 2 terminated, 3 failed, 4 succeeded. */
export type RecordStatus = 'initialised' | 'unknown' | 'terminated' | 'failed' | 'succeeded'
export const RECORD_STATUS_CODES: Readonly<Record<RecordStatus, number>> = { initialised: 0, unknown: 1, terminated: 2, failed: 3, succeeded: 4 }
