import { appError } from '@shared/errors'
import type { EventChannel, InvokeChannel, Transport } from '@shared/ipc'
import { KEY_PROTOCOL_PREFIX, type ServerFrame, WIRE_PATH, WIRE_PROTOCOL } from '@shared/ipc/wire'
import { err } from '@shared/result'

export interface WsTransportOptions {
  /** e.g. `ws://127.0.0.1:5123` */
  readonly origin: string
  readonly secret: string
  readonly createSocket?: (url: string, protocols: string[]) => WebSocket
}

const RECONNECT_MAX_MS = 5_000

/**
 * The headless host's transport: JSON frames over one WebSocket, reconnecting with backoff.
 * Calls made while connecting wait for the connection; calls in flight or queued when it closes
 * (host stopped, or the secret was refused) resolve with an `unavailable` error instead of hanging.
 */
export function createWsTransport(options: WsTransportOptions): Transport {
  const create = options.createSocket ?? ((url, protocols) => new WebSocket(url, protocols))
  const pending = new Map<number, (result: unknown) => void>()
  const listeners = new Map<EventChannel, Set<(payload: unknown) => void>>()
  const queue: string[] = []
  let nextId = 1
  let socket: WebSocket
  let attempt = 0

  const connect = (): void => {
    socket = create(`${options.origin}${WIRE_PATH}`, [WIRE_PROTOCOL, `${KEY_PROTOCOL_PREFIX}${options.secret}`])
    socket.addEventListener('open', () => {
      attempt = 0
      for (const frame of queue.splice(0)) socket.send(frame)
    })
    socket.addEventListener('message', (message: MessageEvent) => {
      const frame = JSON.parse(String(message.data)) as ServerFrame
      if (frame.type === 'result') {
        pending.get(frame.id)?.(frame.result)
        pending.delete(frame.id)
      } else {
        for (const listener of listeners.get(frame.channel as EventChannel) ?? []) listener(frame.payload)
      }
    })
    socket.addEventListener('close', () => {
      queue.length = 0
      for (const [id, resolve] of pending) {
        resolve(err(appError('unavailable', { messageKey: 'errors.coreUnavailable', detail: 'connection to the host closed' })))
        pending.delete(id)
      }
      const delay = Math.min(RECONNECT_MAX_MS, 250 * 2 ** attempt++)
      setTimeout(connect, delay)
    })
  }
  connect()

  return {
    invoke(channel: InvokeChannel, input: unknown) {
      const id = nextId++
      const frame = JSON.stringify({ type: 'invoke', id, channel, input })
      return new Promise((resolve) => {
        pending.set(id, resolve)
        if (socket.readyState === WebSocket.OPEN) socket.send(frame)
        else queue.push(frame)
      })
    },
    subscribe(channel, listener) {
      let set = listeners.get(channel)
      if (!set) listeners.set(channel, (set = new Set()))
      set.add(listener)
      return () => {
        set.delete(listener)
      }
    },
  }
}
