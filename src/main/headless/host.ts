import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Core } from '../core/core'
import type { Logger } from '../log/logger'
import { type LoopbackServer, listenLoopback } from './loopback-server'
import { refuseSocket } from './raw-response'
import { newLaunchSecret } from './secret'
import { SECURITY_HEADERS } from './security-headers'
import { serveFile } from './static-files'
import { isOwnHost } from './upgrade-guard'
import { bindWebSocket } from './ws-binding'

const CLIENT_ERROR_STATUS: Readonly<Record<string, number>> = { HPE_HEADER_OVERFLOW: 431, ERR_HTTP_REQUEST_TIMEOUT: 408 }

export interface HeadlessHostOptions {
  readonly core: Core
  /** The built renderer (`out/renderer`). */
  readonly rendererDir: string
  /** 0: a random free port. */
  readonly port?: number
  readonly secret?: string
  readonly logger: Logger
}

export interface HeadlessHost {
  /** Open this in a browser: the secret rides in the fragment, which is never sent to a server. */
  readonly url: string
  readonly origin: string
  readonly port: number
  close(): Promise<void>
}

/**
 * Serves the built renderer to a browser on 127.0.0.1 and carries the IPC contract over a
 * WebSocket that only accepts clients presenting the per-launch secret from our own origin.
 */
export async function startHeadlessHost(options: HeadlessHostOptions): Promise<HeadlessHost> {
  const secret = options.secret ?? newLaunchSecret()
  let origin = ''
  const ws = bindWebSocket({ router: options.core.router, events: options.core.events, secret, origin: () => origin, logger: options.logger })
  const handler = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    // Set first, so every answer below carries them: writeHead merges them in, errors included.
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value)
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end()
      return
    }
    if (!isOwnHost(req.headers.host, origin)) {
      res.writeHead(421).end('misdirected request')
      return
    }
    const path = new URL(req.url ?? '/', origin).pathname
    await serveFile(res, options.rendererDir, path)
  }
  const server: LoopbackServer = await listenLoopback(handler, options.port ?? 0, (error) =>
    options.logger.error('headless host request failed', { error: String(error) }),
  )
  origin = server.baseUrl
  server.server.on('upgrade', (req, socket, head) => ws.handleUpgrade(req, socket, head))
  // A request node:http cannot parse gets the same headers as every other answer; a socket the
  // peer already reset gets nothing.
  server.server.on('clientError', (error: Error & { code?: string }, socket) => {
    if (error.code === 'ECONNRESET') socket.destroy()
    else refuseSocket(socket, CLIENT_ERROR_STATUS[error.code ?? ''] ?? 400, 'bad request')
  })
  return {
    url: `${origin}/#key=${secret}`,
    origin,
    port: server.port,
    async close() {
      await ws.close()
      await server.close()
    },
  }
}
