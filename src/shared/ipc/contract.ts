import { z } from 'zod'
import type { AppInfo, NetworkState, Pong } from '../domain/app-info'
import { event, invoke } from './define'

/**
 * THE IPC contract. Every invoke channel is `domain:verb` with a zod input schema (validated in
 * main) and a result type; every event channel is main → renderer with a payload type.
 * Channels are intents of the installer's workflow, never capabilities (no `fs:read`).
 */
export const invokeChannels = {
  'app:info': invoke<AppInfo>()(z.undefined()),
  'app:ping': invoke<Pong>()(z.object({ message: z.string().max(200) }).strict()),
  'network:status': invoke<NetworkState>()(z.undefined()),
} as const

export const eventChannels = {
  'network:changed': event<NetworkState>(),
} as const
