import type { TuyaIssueInfo } from '../../domain/tuya'
import type {
  ChannelsListing,
  PermissionView,
  PermissionsPage,
  ReportData,
  RetryPlan,
  SendGrid,
  SendPreview,
  SendChecked,
  SendProgress,
  SendStart,
  StartedSend,
  TaskView,
  TasksPage,
} from '../../sends/types'
import { event, invoke } from '../define'
import { projectScope } from '../schemas/project'
import { permissionRef, permissionsQuery, recordRef, reportInput, retryInput, sendInput, taskRef, tasksInput, tasksQuery } from '../schemas/sends'

export const sendInvokes = {
  /** Tuya channels from the cache with online state, permission counts and the last send. */
  'sends:channels': invoke<ChannelsListing>()(projectScope),
  /** Cached access-auth rows of a channel or a person, with the seed's filters. */
  'sends:permissions': invoke<PermissionsPage>()(permissionsQuery),
  /** One permission: the cached row and, when the cloud answers, its detail. */
  'sends:permission': invoke<PermissionView>()(permissionRef),
  /** What a send would push per channel, and what stands in its way. Reads the cache only. */
  'sends:preview': invoke<SendPreview>()(sendInput),
  /** One full or incremental send to the chosen channels; tracking starts at once. Without the cloud it waits in the outbox. */
  'sends:start': invoke<SendStart>()(sendInput),
  /** Cached tasks with the seed's filters, newest first. */
  'sends:tasks': invoke<TasksPage>()(tasksQuery),
  /** Reads the latest tasks from the cloud into the cache. */
  'sends:refreshTasks': invoke<{ readonly read: number }>()(projectScope),
  'sends:task': invoke<TaskView>()(taskRef),
  /** Per credential type, how one person's part of a task went (read from the cloud). */
  'sends:issueInfo': invoke<TuyaIssueInfo>()(recordRef),
  /** Person × credential per channel for these tasks. */
  'sends:grid': invoke<SendGrid>()(tasksInput),
  /** Which channels of these tasks have failed records, by the policy each was sent with. */
  'sends:retryPlan': invoke<RetryPlan>()(tasksInput),
  /** Incremental sends to exactly the channels of these tasks with failed records, each with its task's original policy. */
  'sends:retryFailures': invoke<StartedSend>()(retryInput),
  /** Follows these tasks again (after a restart or a stall); progress arrives as events. */
  'sends:track': invoke<{ readonly tracking: boolean }>()(tasksInput),
  /** The handover report's content for the open project. */
  'sends:report': invoke<ReportData>()(reportInput),
} as const

export const sendEvents = {
  /** Live progress of a tracked batch of send tasks. */
  'sends:progress': event<SendProgress>(),
  /** A send whose answer was lost was found in the cloud's task list, or found not to have landed. */
  'sends:checked': event<SendChecked>(),
} as const
