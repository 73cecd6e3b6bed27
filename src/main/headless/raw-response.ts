import { STATUS_CODES } from 'node:http'
import type { Duplex } from 'node:stream'
import { SECURITY_HEADERS } from './security-headers'

/**
 * A complete HTTP/1.1 answer with a plain-text body, for sockets that left node:http (a refused
 * WebSocket upgrade, a request the parser rejected), where no ServerResponse exists.
 */
export function rawHttpResponse(status: number, body: string): string {
  const headers = {
    ...SECURITY_HEADERS,
    'content-type': 'text/plain; charset=utf-8',
    'content-length': String(Buffer.byteLength(body)),
    'cache-control': 'no-store',
    connection: 'close',
  }
  const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}`)
  return [`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Error'}`, ...lines, '', body].join('\r\n')
}

/**
 * Answers and closes a raw socket. The peer may already have reset it: the error handler goes on
 * before anything is written, and the socket is destroyed once the answer is flushed, so a reset
 * never surfaces as an unhandled 'error'.
 */
export function refuseSocket(socket: Duplex, status: number, body: string): void {
  socket.on('error', () => socket.destroy())
  if (!socket.writable) {
    socket.destroy()
    return
  }
  socket.once('finish', () => socket.destroy())
  socket.end(rawHttpResponse(status, body))
}
