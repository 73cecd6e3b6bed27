import { createHash, createHmac, timingSafeEqual } from 'node:crypto'
import type { IncomingHttpHeaders } from 'node:http'

/**
 * The gateway's check, written apart from the client's signer on purpose (docs/clouds.md#tuya-signing):
 * if both shared one function they could be wrong together.
 * Everything is rebuilt from what was received — method, raw body bytes, the headers named in
 * `Signature-Headers`, and the decoded path plus the decoded query sorted by key.
 */
export interface ReceivedRequest {
  readonly method: string
  /** The raw request target (path and query as sent). */
  readonly target: string
  readonly headers: IncomingHttpHeaders
  readonly body: Buffer
}

export function expectedSign(req: ReceivedRequest, clientId: string, secret: string, accessToken: string, t: string, nonce: string): string {
  const url = new URL(req.target, 'http://sandbox.invalid')
  const pairs = [...url.searchParams.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  const path = decodeURIComponent(url.pathname)
  const signedUrl = pairs.length ? `${path}?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}` : path
  const names = headerValue(req.headers, 'signature-headers')
  const headerLines = names
    ? names
        .split(':')
        .filter(Boolean)
        .map((name) => `${name}:${headerValue(req.headers, name.toLowerCase()) ?? ''}\n`)
        .join('')
    : ''
  const bodyHash = createHash('sha256').update(req.body).digest('hex')
  const stringToSign = `${req.method.toUpperCase()}\n${bodyHash}\n${headerLines}\n${signedUrl}`
  return createHmac('sha256', secret)
    .update(clientId + accessToken + t + nonce + stringToSign, 'utf8')
    .digest('hex')
    .toUpperCase()
}

export function signMatches(expected: string, received: string): boolean {
  const a = Buffer.from(expected)
  const b = Buffer.from(received)
  return a.length === b.length && timingSafeEqual(a, b)
}

export function headerValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name]
  return Array.isArray(value) ? value[0] : value
}
