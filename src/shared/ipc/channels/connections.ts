import { z } from 'zod'
import type { ConnectionSummary } from '../../domain/connection'
import { event, invoke } from '../define'
import { addConnectionInput, byConnection, editConnectionInput, openDemoInput } from '../schemas/connections'

export const connectionInvokes = {
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
} as const

export const connectionEvents = {
  /** A connection was added, changed, signed in or out, or removed: the list to show now. */
  'connections:changed': event<readonly ConnectionSummary[]>(),
} as const
