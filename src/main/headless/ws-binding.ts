import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import { appError } from '@shared/errors'
import { KEY_PROTOCOL_PREFIX, MAX_FRAME_BYTES, type ServerFrame, WIRE_PATH, WIRE_PROTOCOL, clientFrameSchema } from '@shared/ipc/wire'
import { err } from '@shared/result'
import { type WebSocket, WebSocketServer } from 'ws'
import type { EventHub } from '../core/events'
import type { Router } from '../ipc/router'
import type { Logger } from '../log/logger'
import { secretsMatch } from './secret'

export interface WsBindingOptions {
  readonly router: Router
  readonly events: EventHub
  readonly secret: string
  /** The only page origin allowed to connect, e.g. `http://127.0.0.1:5123`. */
  readonly origin: () => string
  readonly logger: Logger
}

/** Why an upgrade was refused; null when it may proceed. */
export function refuseReason(req: IncomingMessage, secret: string, origin: string): string | null {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1')
  if (url.pathname !== WIRE_PATH) return 'wrong path'
  if (req.headers.origin !== origin) return 'foreign origin'
  const offered = (req.headers['sec-websocket-protocol'] ?? '').split(',').map((p) => p.trim())
  if (!offered.includes(WIRE_PROTOCOL)) return 'missing protocol'
  const key = offered.find((p) => p.startsWith(KEY_PROTOCOL_PREFIX))
  if (!key || !secretsMatch(secret, key.slice(KEY_PROTOCOL_PREFIX.length))) return 'missing or wrong secret'
  return null
}

/**
 * Carries the IPC router over WebSocket frames to authenticated clients on loopback. Every
 * connected client receives every event, as the single Electron window would.
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
      const reason = refuseReason(req, options.secret, options.origin())
      if (reason) {
        options.logger.warn('refused WebSocket client', { reason, origin: req.headers.origin ?? null })
        socket.end(`HTTP/1.1 ${reason === 'wrong path' ? '404 Not Found' : '401 Unauthorized'}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`)
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
