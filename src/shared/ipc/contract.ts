import { accessGroupEvents, accessGroupInvokes } from './channels/access-groups'
import { appEvents, appInvokes } from './channels/app'
import { connectionEvents, connectionInvokes } from './channels/connections'
import { peopleEvents, peopleInvokes } from './channels/people'
import { projectEvents, projectInvokes } from './channels/project'
import { sendEvents, sendInvokes } from './channels/sends'
import { shellEvents } from './channels/shell'

/**
 * THE IPC contract, assembled from one file per domain in ./channels. Every invoke channel is
 * `domain:verb` with a zod input schema (validated in main) and a result type; every event
 * channel is main → renderer with a payload type. Channels are intents of the installer's
 * workflow, never capabilities (no `fs:read`).
 */
export const invokeChannels = {
  ...appInvokes,
  ...connectionInvokes,
  ...projectInvokes,
  ...accessGroupInvokes,
  ...peopleInvokes,
  ...sendInvokes,
} as const

export const eventChannels = {
  ...appEvents,
  ...connectionEvents,
  ...projectEvents,
  ...shellEvents,
  ...accessGroupEvents,
  ...peopleEvents,
  ...sendEvents,
} as const
