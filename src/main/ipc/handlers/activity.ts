import type { activityInvokes } from '@shared/ipc/channels/activity'
import type { ActivityLog } from '../../services/activity/activity-log'
import type { Handlers } from '../router'

export function activityHandlers(log: ActivityLog): Pick<Handlers, keyof typeof activityInvokes> {
  return {
    'activity:page': (query) => log.page(query),
  }
}
