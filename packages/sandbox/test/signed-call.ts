import type { TuyaSandbox } from '../src/tuya'
import { expectedSign } from '../src/tuya/signature'

/*
 * Hand-signed Tuya requests for the gateway tests, signed with the sandbox's own signature rule
 * (the package reaches nothing of the client). That rule and the client's signer are both checked
 * against Tuya's published vectors in test/unit/main/clouds/tuya/sign.test.ts.
 */

export interface RawCall {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE'
  readonly path: string
  /** Decoded query values (encoded on the wire). */
  readonly query?: Readonly<Record<string, string>>
  readonly body?: string
  readonly accessToken?: string
  /** Change the request after signing: the tamper tests. */
  readonly tamper?: (req: { url: string; headers: Record<string, string>; body: string }) => void
  /** Sent but not signed. */
  readonly headers?: Readonly<Record<string, string>>
  readonly t?: number
}

export interface RawAnswer {
  readonly status: number
  readonly json: { success: boolean; code?: number; msg?: string; result?: unknown; t?: number; tid?: string }
}

export async function rawCall(sandbox: TuyaSandbox, call: RawCall): Promise<RawAnswer> {
  const t = String(call.t ?? sandbox.control.now())
  const nonce = 'n0nce'
  const query = call.query ?? {}
  const body = call.body ?? ''
  const search = new URLSearchParams(Object.entries(query).sort(([a], [b]) => (a < b ? -1 : 1))).toString()
  const target = `${call.path}${search ? `?${search}` : ''}`
  const { accessId, accessSecret, baseUrl } = sandbox.info
  const sign = expectedSign({ method: call.method, target, headers: {}, body: Buffer.from(body) }, accessId, accessSecret, call.accessToken ?? '', t, nonce)
  const req = {
    url: `${baseUrl}${target}`,
    headers: {
      client_id: accessId,
      sign,
      sign_method: 'HMAC-SHA256',
      t,
      nonce,
      ...(call.accessToken ? { access_token: call.accessToken } : {}),
      ...(body ? { 'content-type': 'application/json' } : {}),
      ...call.headers,
    } as Record<string, string>,
    body,
  }
  call.tamper?.(req)
  const res = await fetch(req.url, { method: call.method, headers: req.headers, body: req.body || undefined })
  return { status: res.status, json: (await res.json()) as RawAnswer['json'] }
}

/** A fresh access/refresh token pair, signed by hand. */
export async function rawToken(sandbox: TuyaSandbox): Promise<{ accessToken: string; refreshToken: string }> {
  const answer = await rawCall(sandbox, { method: 'GET', path: '/v1.0/token', query: { grant_type: '1' } })
  const result = answer.json.result as { access_token: string; refresh_token: string }
  return { accessToken: result.access_token, refreshToken: result.refresh_token }
}
