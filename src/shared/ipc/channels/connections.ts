import { z } from 'zod'
import type { ConnectionSummary, RequestRate } from '../../domain/connection'
import { event, invoke } from '../define'
import { addConnectionInput, byConnection, editConnectionInput, openDemoInput, setMaxRateInput } from '../schemas/connections'

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
  /** The installer's ceiling on the requests per second and the rate Fieldkey is using. */
  'connections:requestRate': invoke<RequestRate>()(byConnection),
  'connections:setMaxRate': invoke<RequestRate>()(setMaxRateInput),
} as const

export const connectionEvents = {
  /** A connection was added, changed, signed in or out, or removed: the list to show now. */
  'connections:changed': event<readonly ConnectionSummary[]>(),
} as const
