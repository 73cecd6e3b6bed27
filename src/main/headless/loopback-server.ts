import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'

export interface LoopbackServer {
  readonly server: Server
  readonly port: number
  /** `http://127.0.0.1:<port>` */
  readonly baseUrl: string
  close(): Promise<void>
}

/**
 * The headless host's HTTP server, bound to 127.0.0.1 only (never another interface). A handler
 * that throws gets a plain 500 and `onError`, never a crash. `close` also ends keep-alive and
 * WebSocket sockets, so shutting down never waits on an open browser tab.
 */
export async function listenLoopback(
  handler: (req: IncomingMessage, res: ServerResponse) => Promise<void>,
  port: number,
  onError: (error: unknown) => void,
): Promise<LoopbackServer> {
  const sockets = new Set<Socket>()
  const server = createServer((req, res) => {
    handler(req, res).catch((error: unknown) => {
      onError(error)
      if (res.headersSent) res.end()
      else res.writeHead(500).end()
    })
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve())
  })
  const actual = (server.address() as AddressInfo).port
  return {
    server,
    port: actual,
    baseUrl: `http://127.0.0.1:${actual}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
  }
}
