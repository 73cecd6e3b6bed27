import { z } from 'zod'

/**
 * The headless host's WebSocket protocol (the same contract as Electron IPC, as JSON frames).
 * The per-launch secret travels as the `key.<hex>` subprotocol, never in a URL the server logs.
 */
export const WIRE_PROTOCOL = 'fieldkey.v1'
export const KEY_PROTOCOL_PREFIX = 'key.'
export const WIRE_PATH = '/ipc'
/** The largest frame the host reads; a bigger one closes that client's connection with 1009. */
export const MAX_FRAME_BYTES = 4 * 1024 * 1024

export const clientFrameSchema = z
  .object({
    type: z.literal('invoke'),
    id: z.number().int().nonnegative(),
    channel: z.string().max(100),
    input: z.unknown().optional(),
  })
  .strict()

export type ClientFrame = z.infer<typeof clientFrameSchema>

export type ServerFrame =
  { readonly type: 'result'; readonly id: number; readonly result: unknown } | { readonly type: 'event'; readonly channel: string; readonly payload: unknown }
