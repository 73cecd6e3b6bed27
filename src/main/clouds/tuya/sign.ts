import { createHash, createHmac } from 'node:crypto'

/**
 * Tuya's request signature (docs/clouds.md#tuya-signing, the algorithm mandatory since 2021-06-30), as a pure
 * function so the published vectors can pin it down:
 *
 *   stringToSign = METHOD \n sha256(body) \n Headers \n Url
 *   token calls:    sign = HMAC(secret, clientId + t + nonce + stringToSign)
 *   business calls: sign = HMAC(secret, clientId + accessToken + t + nonce + stringToSign)
 */
export interface SignInput {
  readonly method: string
  /** The decoded path, e.g. `/v1.0/token`. */
  readonly path: string
  /** Decoded query values; sorted by key here, so callers cannot get the order wrong. */
  readonly query: Readonly<Record<string, string>>
  /** Exactly the bytes sent; empty for no body (never `{}` unless `{}` is sent). */
  readonly body: string | Uint8Array
  /** Headers named in `Signature-Headers`, in that order. */
  readonly signedHeaders?: readonly (readonly [name: string, value: string])[]
  readonly clientId: string
  readonly secret: string
  /** Absent on the token APIs. */
  readonly accessToken?: string
  /** 13-digit epoch ms, as sent in the `t` header. */
  readonly t: string
  /** Empty when no `nonce` header is sent. */
  readonly nonce: string
}

export function sha256Hex(body: string | Uint8Array): string {
  return createHash('sha256').update(body).digest('hex')
}

/** `path?k=v&k=v` with keys sorted and values not URL-encoded. */
function signedUrl(path: string, query: Readonly<Record<string, string>>): string {
  const keys = Object.keys(query).sort()
  if (keys.length === 0) return path
  return `${path}?${keys.map((k) => `${k}=${query[k]}`).join('&')}`
}

export function stringToSign(input: Pick<SignInput, 'method' | 'path' | 'query' | 'body' | 'signedHeaders'>): string {
  const headers = (input.signedHeaders ?? []).map(([name, value]) => `${name}:${value}\n`).join('')
  return [input.method.toUpperCase(), sha256Hex(input.body), headers, signedUrl(input.path, input.query)].join('\n')
}

export function signRequest(input: SignInput): string {
  const message = input.clientId + (input.accessToken ?? '') + input.t + input.nonce + stringToSign(input)
  return createHmac('sha256', input.secret).update(message, 'utf8').digest('hex').toUpperCase()
}
