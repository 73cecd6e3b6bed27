import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import { appError } from '@shared/errors'
import { MAX_FRAME_BYTES, type ServerFrame, WIRE_PROTOCOL, clientFrameSchema } from '@shared/ipc/wire'
import { err } from '@shared/result'
import { type WebSocket, WebSocketServer } from 'ws'
import type { EventHub } from '../core/events'
import type { Router } from '../ipc/router'
import type { Logger } from '../log/logger'
import { refuseSocket } from './raw-response'
import { MAX_CLIENTS, type Refusal, refuseUpgrade, tooManyClients } from './upgrade-guard'

export interface WsBindingOptions {
  readonly router: Router
  readonly events: EventHub
  readonly secret: string
  /** The only page origin allowed to connect, e.g. `http://127.0.0.1:5123`. */
  readonly origin: () => string
  readonly logger: Logger
}

/**
 * Carries the IPC router over WebSocket frames to authenticated clients on loopback. Every
 * connected client receives every event, as the single Electron window would. A client that
 * breaks the protocol (a frame over MAX_FRAME_BYTES, invalid UTF-8, reserved bits, an unknown
 * opcode) loses its own connection, closed by `ws` with 1009, 1007 or 1002; nothing else stops.
 */
export function bindWebSocket(options: WsBindingOptions): {
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void
  close(): Promise<void>
} {
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: MAX_FRAME_BYTES,
    handleProtocols: (protocols) => (protocols.has(WIRE_PROTOCOL) ? WIRE_PROTOCOL : false),
  })
  const clients = new Set<WebSocket>()
  const unsubscribe = options.events.subscribe((channel, payload) => {
    const frame = JSON.stringify({ type: 'event', channel, payload } satisfies ServerFrame)
    for (const ws of clients) if (ws.readyState === ws.OPEN) ws.send(frame)
  })

  wss.on('connection', (ws: WebSocket) => {
    clients.add(ws)
    ws.on('close', () => clients.delete(ws))
    // Without this listener `ws` would throw its protocol error out of the socket's data handler.
    ws.on('error', (error: Error & { code?: string }) => {
      options.logger.warn('closed a WebSocket client that broke the protocol', { code: error.code ?? null, error: error.message })
    })
    ws.on('message', (data, isBinary) => {
      if (isBinary) {
        ws.close(1003, 'text frames only')
        return
      }
      let frame
      try {
        frame = clientFrameSchema.parse(JSON.parse(data.toString()))
      } catch {
        const id = probeId(data.toString())
        if (id !== null) reply(ws, id, err(appError('invalid_input', { messageKey: 'errors.invalidFrame', detail: 'malformed frame' })))
        else ws.close(1007, 'malformed frame')
        return
      }
      const { id, channel, input } = frame
      void options.router.dispatch(channel, input, { origin: 'headless' }).then((result) => reply(ws, id, result))
    })
  })

  return {
    handleUpgrade(req, socket, head) {
      const refusal: Refusal | null =
        refuseUpgrade(req, options.secret, options.origin()) ?? (clients.size >= MAX_CLIENTS ? tooManyClients(clients.size) : null)
      if (refusal) {
        options.logger.warn('refused WebSocket client', { reason: refusal.reason, origin: req.headers.origin ?? null })
        refuseSocket(socket, refusal.status, refusal.body)
        return
      }
      wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req))
    },
    close: () =>
      new Promise<void>((resolve) => {
        unsubscribe()
        for (const ws of clients) ws.terminate()
        wss.close(() => resolve())
      }),
  }
}

function reply(ws: WebSocket, id: number, result: unknown): void {
  if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ type: 'result', id, result } satisfies ServerFrame))
}

/** The id of a frame that failed validation, so its caller still gets an answer. */
function probeId(text: string): number | null {
  try {
    const id = (JSON.parse(text) as { id?: unknown }).id
    return typeof id === 'number' && Number.isInteger(id) && id >= 0 ? id : null
  } catch {
    return null
  }
}
