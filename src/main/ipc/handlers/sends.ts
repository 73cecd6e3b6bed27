import type { sendInvokes } from '@shared/ipc/channels/sends'
import type { SendsService } from '../../services/sends'
import type { Handlers } from '../router'

export function sendHandlers(sends: SendsService): Pick<Handlers, keyof typeof sendInvokes> {
  return {
    'sends:channels': (scope) => sends.channels(scope),
    'sends:permissions': ({ offset, limit, connectionId, projectId, ...filter }) => sends.permissions({ connectionId, projectId }, filter, offset, limit),
    'sends:permission': ({ accessAuthId, ...scope }) => sends.permission(scope, accessAuthId),
    'sends:preview': ({ draft, ...scope }) => sends.preview(scope, draft),
    'sends:start': ({ draft, ...scope }) => sends.start(scope, draft),
    'sends:tasks': ({ offset, limit, connectionId, projectId, ...filter }) => sends.tasks({ connectionId, projectId }, filter, offset, limit),
    'sends:refreshTasks': (scope) => sends.refreshTasks(scope),
    'sends:task': ({ taskId, ...scope }) => sends.task(scope, taskId),
    'sends:issueInfo': ({ recordId, ...scope }) => sends.issueInfo(scope, recordId),
    'sends:grid': ({ taskIds, ...scope }) => sends.grid(scope, taskIds),
    'sends:retryPlan': ({ taskIds, ...scope }) => sends.retryPlan(scope, taskIds),
    'sends:retryFailures': ({ taskIds, ...scope }) => sends.retryFailures(scope, taskIds),
    'sends:track': ({ taskIds, ...scope }) => ({ tracking: sends.track(scope, taskIds).tracking }),
    'sends:report': ({ preparedBy, ...scope }) => sends.report(scope, preparedBy),
  }
}
