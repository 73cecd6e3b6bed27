import { z } from 'zod'
import type { AppInfo, NetworkState, Pong } from '../../domain/app-info'
import { event, invoke } from '../define'

export const appInvokes = {
  'app:info': invoke<AppInfo>()(z.undefined()),
  'app:ping': invoke<Pong>()(z.object({ message: z.string().max(200) }).strict()),
  'network:status': invoke<NetworkState>()(z.undefined()),
} as const

export const appEvents = {
  'network:changed': event<NetworkState>(),
} as const
