import { accessGroupEvents, accessGroupInvokes } from './channels/access-groups'
import { activityEvents, activityInvokes } from './channels/activity'
import { appEvents, appInvokes } from './channels/app'
import { checklistInvokes } from './channels/checklist'
import { connectionEvents, connectionInvokes } from './channels/connections'
import { personsEvents, personsInvokes } from './channels/persons'
import { staffEvents, staffInvokes } from './channels/staff'
import { deviceInvokes } from './channels/devices'
import { healthEvents, healthInvokes } from './channels/health'
import { outboxEvents, outboxInvokes } from './channels/outbox'
import { projectInvokes } from './channels/project'
import { projectsInvokes } from './channels/projects'
import { syncEvents, syncInvokes } from './channels/sync'
import { sendEvents, sendInvokes } from './channels/sends'
import { reportInvokes } from './channels/report'
import { shellEvents } from './channels/shell'

/**
 * THE IPC contract, assembled from one file per namespace in ./channels (`sync:` in sync.ts…). Every invoke channel is
 * `domain:verb` with a zod input schema (validated in main) and a result type; every event
 * channel is main → renderer with a payload type. Channels are intents of the installer's
 * workflow, never capabilities (no `fs:read`).
 */
export const invokeChannels = {
  ...appInvokes,
  ...connectionInvokes,
  ...projectsInvokes,
  ...projectInvokes,
  ...syncInvokes,
  ...deviceInvokes,
  ...healthInvokes,
  ...outboxInvokes,
  ...accessGroupInvokes,
  ...staffInvokes,
  ...personsInvokes,
  ...sendInvokes,
  ...activityInvokes,
  ...checklistInvokes,
  ...reportInvokes,
} as const

export const eventChannels = {
  ...appEvents,
  ...connectionEvents,
  ...syncEvents,
  ...healthEvents,
  ...outboxEvents,
  ...shellEvents,
  ...accessGroupEvents,
  ...staffEvents,
  ...personsEvents,
  ...sendEvents,
  ...activityEvents,
} as const
