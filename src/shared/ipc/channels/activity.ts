import type { ActivityEntry } from '../../domain/activity'
import type { Page } from '../../page'
import { event, invoke } from '../define'
import { activityPageInput } from '../schemas/activity'

export const activityInvokes = {
  /** The installer activity log, newest first, a page at a time, filtered by text, result, scope and dates. */
  'activity:page': invoke<Page<ActivityEntry>>()(activityPageInput),
} as const

export const activityEvents = {
  /** A change was recorded (where it was made): the log reads again. */
  'activity:changed': event<{ readonly connectionId: string; readonly projectId: string }>(),
} as const
