import { HttpTransport } from '../../src/main/clouds/http'
import { signRequest } from '../../src/main/clouds/tuya/sign'
import { type TuyaClient, type TuyaClientOptions, createTuyaClient } from '../../src/main/clouds/tuya'
import { createLogger, memorySink } from '../../src/main/log/logger'
import { Redactor } from '../../src/main/log/redact'
import { type TuyaSandbox, type TuyaSandboxOptions, startTuyaSandbox } from '@fieldkey/sandbox/tuya'

/** Small delays so retries are exercised without making the suite slow. */
const FAST_RETRY = { maxAttempts: 4, baseDelayMs: 2, maxDelayMs: 10 }

export interface TuyaHarness {
  readonly sandbox: TuyaSandbox
  readonly client: TuyaClient
  readonly logLines: string[]
  readonly redactor: Redactor
  /** Another client on the same sandbox (own tokens and clock). */
  newClient(overrides?: Partial<TuyaClientOptions>): TuyaClient
  close(): Promise<void>
}

export async function startTuyaHarness(sandboxOptions: Partial<TuyaSandboxOptions> = {}, clientOptions: Partial<TuyaClientOptions> = {}): Promise<TuyaHarness> {
  const sandbox = await startTuyaSandbox({ seed: 7, scale: 'small', sendFailureRate: 0, ...sandboxOptions })
  const sink = memorySink()
  const redactor = new Redactor()
  const logger = createLogger(sink, redactor, { level: 'debug' })
  const transport = new HttpTransport({ fetch: globalThis.fetch, logger })
  const newClient = (overrides: Partial<TuyaClientOptions> = {}): TuyaClient =>
    createTuyaClient({
      baseUrl: sandbox.info.baseUrl,
      credentials: { accessId: sandbox.info.accessId, accessSecret: sandbox.info.accessSecret },
      projectId: sandbox.info.projectId,
      transport,
      logger,
      redactor,
      retry: FAST_RETRY,
      ...clientOptions,
      ...overrides,
    })
  return { sandbox, client: newClient(), logLines: sink.lines, redactor, newClient, close: () => sandbox.close() }
}

export interface RawCall {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE'
  readonly path: string
  /** Decoded query values (encoded on the wire). */
  readonly query?: Readonly<Record<string, string>>
  readonly body?: string
  readonly accessToken?: string
  /** Change the request after signing: the tamper tests. */
  readonly tamper?: (req: { url: string; headers: Record<string, string>; body: string }) => void
  readonly headers?: Readonly<Record<string, string>>
  readonly t?: number
}

export interface RawAnswer {
  readonly status: number
  readonly json: { success: boolean; code?: number; msg?: string; result?: unknown; t?: number; tid?: string }
}

/** A hand-signed request, for checks below the client (tamper, seed samples, token endpoints). */
export async function rawCall(sandbox: TuyaSandbox, call: RawCall): Promise<RawAnswer> {
  const t = String(call.t ?? sandbox.control.now())
  const nonce = 'n0nce'
  const query = call.query ?? {}
  const body = call.body ?? ''
  const sign = signRequest({
    method: call.method,
    path: call.path,
    query,
    body,
    clientId: sandbox.info.accessId,
    secret: sandbox.info.accessSecret,
    accessToken: call.accessToken,
    t,
    nonce,
  })
  const search = Object.keys(query)
    .sort()
    .map((k) => `${encodeURIComponent(k)}=${encodeURIComponent(query[k] ?? '')}`)
    .join('&')
  const req = {
    url: `${sandbox.info.baseUrl}${call.path}${search ? `?${search}` : ''}`,
    headers: {
      client_id: sandbox.info.accessId,
      sign,
      sign_method: 'HMAC-SHA256',
      t,
      nonce,
      ...(call.accessToken ? { access_token: call.accessToken } : {}),
      ...(body ? { 'content-type': 'application/json' } : {}),
      ...call.headers,
    },
    body,
  }
  call.tamper?.(req)
  const res = await fetch(req.url, { method: call.method, headers: req.headers, body: req.body || undefined })
  return { status: res.status, json: (await res.json()) as RawAnswer['json'] }
}

/** A fresh access/refresh token pair from the sandbox, signed by hand. */
export async function rawToken(sandbox: TuyaSandbox): Promise<{ accessToken: string; refreshToken: string }> {
  const answer = await rawCall(sandbox, { method: 'GET', path: '/v1.0/token', query: { grant_type: '1' } })
  const result = answer.json.result as { access_token: string; refresh_token: string }
  return { accessToken: result.access_token, refreshToken: result.refresh_token }
}

/** Every page of an iterator, flattened. */
export async function collect<T>(pages: AsyncIterable<{ readonly items: readonly T[] }>): Promise<T[]> {
  const out: T[] = []
  for await (const page of pages) out.push(...page.items)
  return out
}
