import type { IncomingMessage } from 'node:http'
import { KEY_PROTOCOL_PREFIX, WIRE_PATH, WIRE_PROTOCOL } from '@shared/ipc/wire'
import { secretsMatch } from './secret'

/** How many browser windows may hold a WebSocket to one host at once. */
export const MAX_CLIENTS = 8

export interface Refusal {
  readonly status: 401 | 404 | 421 | 503
  /** For the log. */
  readonly reason: string
  /** For the client. */
  readonly body: string
}

/**
 * DNS-rebinding guard: a page on another name that resolves to 127.0.0.1 sends its own name as
 * Host. Only requests addressed to our loopback origin (`127.0.0.1:port`) are answered.
 */
export function isOwnHost(host: string | undefined, origin: string): boolean {
  return host === new URL(origin).host
}

/** Why a WebSocket upgrade is refused; null when it may proceed. */
export function refuseUpgrade(req: IncomingMessage, secret: string, origin: string): Refusal | null {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1')
  if (url.pathname !== WIRE_PATH) return { status: 404, reason: 'wrong path', body: 'not found' }
  if (!isOwnHost(req.headers.host, origin)) return { status: 421, reason: 'foreign host', body: 'misdirected request' }
  const unauthorized = (reason: string): Refusal => ({ status: 401, reason, body: 'unauthorized' })
  if (req.headers.origin !== origin) return unauthorized('foreign origin')
  const offered = (req.headers['sec-websocket-protocol'] ?? '').split(',').map((p) => p.trim())
  if (!offered.includes(WIRE_PROTOCOL)) return unauthorized('missing protocol')
  const key = offered.find((p) => p.startsWith(KEY_PROTOCOL_PREFIX))
  if (!key || !secretsMatch(secret, key.slice(KEY_PROTOCOL_PREFIX.length))) return unauthorized('missing or wrong secret')
  return null
}

/** The refusal of one window too many: what to do, in the answer the browser's console shows. */
export function tooManyClients(connected: number): Refusal {
  return {
    status: 503,
    reason: 'too many clients',
    body: `Fieldkey already serves ${connected} windows from this host: close one of them, then reload this page.`,
  }
}
