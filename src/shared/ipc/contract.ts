import { z } from 'zod'
import type { AppInfo, NetworkState, Pong } from '../domain/app-info'
import type { ConnectionSummary, ProjectSummary } from '../domain/connection'
import { event, invoke } from './define'
import {
  addConnectionInput,
  byConnection,
  chooseProjectInput,
  editConnectionInput,
  openDemoInput,
} from './schemas/connections'

/**
 * THE IPC contract. Every invoke channel is `domain:verb` with a zod input schema (validated in
 * main) and a result type; every event channel is main → renderer with a payload type.
 * Channels are intents of the installer's workflow, never capabilities (no `fs:read`).
 */
export const invokeChannels = {
  'app:info': invoke<AppInfo>()(z.undefined()),
  'app:ping': invoke<Pong>()(z.object({ message: z.string().max(200) }).strict()),
  'network:status': invoke<NetworkState>()(z.undefined()),

  'connections:list': invoke<readonly ConnectionSummary[]>()(z.undefined()),
  /** Signs in for real first; saves only a connection that works. */
  'connections:add': invoke<ConnectionSummary>()(addConnectionInput),
  'connections:edit': invoke<ConnectionSummary>()(editConnectionInput),
  'connections:test': invoke<ConnectionSummary>()(byConnection),
  /** Forgets the tokens; keeps the credentials. */
  'connections:signOut': invoke<ConnectionSummary>()(byConnection),
  /** Deletes the keychain entry and every cached row of the connection. */
  'connections:remove': invoke<{ readonly removed: true }>()(byConnection),
  'connections:openDemo': invoke<ConnectionSummary>()(openDemoInput),

  'projects:list': invoke<readonly ProjectSummary[]>()(byConnection),
  'projects:choose': invoke<ConnectionSummary>()(chooseProjectInput),
} as const

export const eventChannels = {
  'network:changed': event<NetworkState>(),
  /** A connection was added, changed, signed in or out, or removed: the list to show now. */
  'connections:changed': event<readonly ConnectionSummary[]>(),
} as const
