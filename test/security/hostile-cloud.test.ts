import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http'
import { type AddressInfo, type Socket, createServer as createTcpServer } from 'node:net'
import { Readable } from 'node:stream'
import type { AppError } from '@shared/errors'
import { AppErrorException } from '@shared/errors'
import i18next from 'i18next'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { TuyaTokens } from '@shared/domain/tuya'
import { createAkuvoxClient } from '../../src/main/clouds/akuvox'
import type { AkuvoxTokens } from '../../src/main/clouds/akuvox/token'
import { HttpTransport, type HttpTransportOptions } from '../../src/main/clouds/http'
import { createTuyaClient } from '../../src/main/clouds/tuya'
import { silentLogger } from '../../src/main/log/logger'
import { type SecretStore, memorySecretStore } from '../../src/main/vault/secret-store'
import { resources } from '../../src/renderer/src/i18n/resources'
import { errorMessage } from '../../src/renderer/src/lib/error-message'
import { testCore } from '../helpers/core'

/**
 * A cloud address that misbehaves on purpose — redirects to another host, endless bodies,
 * stalls, captive-portal pages — against the real clients, the real HttpTransport and the
 * global fetch, all on loopback. The "attacker" is a raw TCP listener that counts every byte
 * it is sent.
 */

const AKUVOX_SECRET = 'akuvox-client-secret-XYZ'
const AKUVOX_PASSWORD = 'site-master-password-XYZ'
const TUYA_SECRET = 'tuya-access-secret-XYZ'

const MIB = 1024 * 1024
const BODY_BYTES = 700 * MIB

let t: (key: string, options?: Record<string, unknown>) => string
beforeAll(async () => {
  const i18n = i18next.createInstance()
  await i18n.init({ resources, lng: 'en', fallbackLng: 'en', interpolation: { escapeValue: false } })
  t = i18n.t.bind(i18n) as typeof t
})

/** What the installer reads for this error, in English. */
function shown(error: AppError): string {
  return errorMessage(t as never, error)
}

const closers: Array<() => Promise<void>> = []
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()))
})

interface Hostile {
  readonly base: string
  readonly requests: string[]
}

/** A node:http server answering with `handler` once the body is in; records `METHOD /path` as each request arrives. */
async function hostile(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<Hostile> {
  const requests: string[] = []
  const server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`)
    req.resume()
    req.on('end', () => handler(req, res))
  })
  return { base: await listen(server), requests }
}

/** A raw TCP listener standing for the attacker's host: it counts connections and bytes. */
async function attacker(): Promise<{ readonly base: string; connections: number; bytes: number }> {
  const state = { base: '', connections: 0, bytes: 0 }
  const server = createTcpServer((socket) => {
    state.connections++
    socket.on('data', (d: Buffer) => (state.bytes += d.length))
  })
  state.base = await listen(server)
  return state
}

async function listen(server: Server | ReturnType<typeof createTcpServer>): Promise<string> {
  const sockets = new Set<Socket>()
  server.on('connection', (s: Socket) => {
    sockets.add(s)
    s.on('close', () => sockets.delete(s))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  closers.push(
    () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy()
        server.close(() => resolve())
      }),
  )
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

function json(res: ServerResponse, body: unknown): void {
  const text = JSON.stringify(body)
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) }).end(text)
}

const redirectTo = (target: string, status: number) => (req: IncomingMessage, res: ServerResponse) =>
  res.writeHead(status, { location: `${target}${req.url}` }).end()

const AKUVOX_TOKEN_ANSWER = { success: true, timestamp: 1, result: { access_token: 'akuvox-access-token', expires_in: 3600 } }
const isAkuvoxToken = (req: IncomingMessage) => req.url?.endsWith('/oauth2/token') ?? false

const tuyaTokenAnswer = () => ({
  success: true,
  t: Date.now(),
  tid: 'tid-1',
  result: { access_token: 'tuya-access-token', refresh_token: 'tuya-refresh-token', expire_time: 7200, uid: 'u1' },
})
const isTuyaToken = (req: IncomingMessage) => req.url?.startsWith('/v1.0/token') ?? false

function transport(options: Partial<HttpTransportOptions> = {}): HttpTransport {
  return new HttpTransport({ fetch: (url, init) => fetch(url, init), logger: silentLogger, ...options })
}

function akuvoxClient(base: string, tokensSeen: unknown[], http = transport(), saved?: AkuvoxTokens) {
  return createAkuvoxClient({
    tokens: saved,
    baseUrl: base,
    credentials: { clientId: 'akuvox-client-id', clientSecret: AKUVOX_SECRET, username: 'installer', password: AKUVOX_PASSWORD },
    transport: http,
    logger: silentLogger,
    onTokens: (tokens) => tokensSeen.push(tokens),
  })
}

const TUYA_RETRY = { maxAttempts: 4, baseDelayMs: 1, maxDelayMs: 2 }

function tuyaClient(base: string, tokensSeen: unknown[], http = transport(), saved?: TuyaTokens) {
  return createTuyaClient({
    tokens: saved,
    baseUrl: base,
    credentials: { accessId: 'tuya-access-id', accessSecret: TUYA_SECRET },
    projectId: 'project-1',
    transport: http,
    logger: silentLogger,
    retry: TUYA_RETRY,
    onTokens: (tokens) => tokensSeen.push(tokens),
  })
}

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(AppErrorException)
  return (error as AppErrorException).error
}

const redirectMessage = (from: string, to: string) =>
  `The server at ${from} redirected to ${to}. Check the server address; Fieldkey does not follow redirects with your credentials.`

describe('a redirect to another host is refused: nothing is re-sent, nothing adopted', () => {
  for (const status of [301, 302, 303, 307, 308]) {
    it(`Akuvox sign-in answered ${status}`, async () => {
      const evil = await attacker()
      const cloud = await hostile(redirectTo(evil.base, status))
      const tokens: unknown[] = []
      const error = await failure(akuvoxClient(cloud.base, tokens).getProjectList({ pageSize: 1, pageIndex: 1 }))
      expect(error).toMatchObject({ code: 'redirect_refused', retryable: false, params: { from: cloud.base, to: evil.base } })
      expect(shown(error)).toBe(redirectMessage(cloud.base, evil.base))
      expect(cloud.requests).toEqual(['POST /api/v1.0/invoke/open-ability/method/oauth2/token'])
      expect(evil).toMatchObject({ connections: 0, bytes: 0 })
      expect(tokens).toEqual([])
    })
  }

  it('an Akuvox command redirected after a good sign-in', async () => {
    const evil = await attacker()
    const cloud = await hostile((req, res) => (isAkuvoxToken(req) ? json(res, AKUVOX_TOKEN_ANSWER) : redirectTo(evil.base, 307)(req, res)))
    const error = await failure(akuvoxClient(cloud.base, []).getProjectList({ pageSize: 1, pageIndex: 1 }))
    expect(shown(error)).toBe(redirectMessage(cloud.base, evil.base))
    expect(cloud.requests.filter((r) => r.includes('manager-commands'))).toHaveLength(1)
    expect(evil).toMatchObject({ connections: 0, bytes: 0 })
  })

  it('Tuya token call', async () => {
    const evil = await attacker()
    const cloud = await hostile(redirectTo(evil.base, 307))
    const tokens: unknown[] = []
    const error = await failure(tuyaClient(cloud.base, tokens).listPersons())
    expect(error).toMatchObject({ code: 'redirect_refused', params: { from: cloud.base, to: evil.base } })
    expect(shown(error)).toBe(redirectMessage(cloud.base, evil.base))
    expect(cloud.requests).toEqual(['GET /v1.0/token?grant_type=1'])
    expect(evil).toMatchObject({ connections: 0, bytes: 0 })
    expect(tokens).toEqual([])
  })

  it('a Tuya command redirected after a good token', async () => {
    const evil = await attacker()
    const cloud = await hostile((req, res) => (isTuyaToken(req) ? json(res, tuyaTokenAnswer()) : redirectTo(evil.base, 302)(req, res)))
    const error = await failure(tuyaClient(cloud.base, []).listPersons())
    expect(shown(error)).toBe(redirectMessage(cloud.base, evil.base))
    // A read is retried on server trouble, never on a redirect.
    expect(cloud.requests.filter((r) => !r.startsWith('GET /v1.0/token'))).toHaveLength(1)
    expect(evil).toMatchObject({ connections: 0, bytes: 0 })
  })

  it('an Akuvox token refresh redirected: no sign-in with the password follows', async () => {
    const evil = await attacker()
    const cloud = await hostile(redirectTo(evil.base, 307))
    const saved = { accessToken: 'old-access', refreshToken: 'old-refresh', expiresAt: Date.now() - 1 }
    const error = await failure(akuvoxClient(cloud.base, [], transport(), saved).getProjectList({ pageSize: 1, pageIndex: 1 }))
    expect(error.code).toBe('redirect_refused')
    expect(cloud.requests).toHaveLength(1)
    expect(evil.bytes).toBe(0)
  })

  it('a Tuya token refresh redirected: no new token is asked for there', async () => {
    const evil = await attacker()
    const cloud = await hostile(redirectTo(evil.base, 307))
    const now = Date.now()
    const saved = { accessToken: 'old-access', refreshToken: 'old-refresh', uid: 'u1', issuedAt: now - 7_200_000, expiresAt: now + 1_000 }
    const error = await failure(tuyaClient(cloud.base, [], transport(), saved).listPersons())
    expect(error.code).toBe('redirect_refused')
    expect(cloud.requests).toEqual(['GET /v1.0/token/old-refresh'])
    expect(evil.bytes).toBe(0)
  })

  it('an https address redirected to plain http on another port is refused the same way', async () => {
    // The downgrade rule itself (https → http, same host) is in test/unit/main/clouds/redirect.test.ts:
    // a loopback https server would need its self-signed certificate trusted by the global fetch.
    const evil = await attacker()
    const cloud = await hostile(redirectTo(evil.base.replace('127.0.0.1', 'localhost'), 308))
    const error = await failure(akuvoxClient(cloud.base, []).getProjectList({ pageSize: 1, pageIndex: 1 }))
    expect(error.params).toEqual({ from: cloud.base, to: evil.base.replace('127.0.0.1', 'localhost') })
    expect(evil.bytes).toBe(0)
  })
})

describe('adding a connection whose address redirects saves nothing', () => {
  function recordingSecrets(): { store: SecretStore; written: string[] } {
    const inner = memorySecretStore('test')
    const written: string[] = []
    return {
      written,
      store: { ...inner, set: async (account, value) => (written.push(value), inner.set(account, value)) },
    }
  }

  it.each(['akuvox', 'tuya'] as const)('%s', async (vendor) => {
    const evil = await attacker()
    const cloud = await hostile(redirectTo(evil.base, 307))
    const secrets = recordingSecrets()
    const core = testCore({ secrets: secrets.store })
    closers.push(() => core.close())
    const credentials =
      vendor === 'akuvox'
        ? { clientId: 'akuvox-client-id', clientSecret: AKUVOX_SECRET, username: 'installer', password: AKUVOX_PASSWORD }
        : { accessId: 'tuya-access-id', accessSecret: TUYA_SECRET, projectId: 'project-1' }
    const result = (await core.router.dispatch(
      'connections:add',
      { vendor, label: 'Hotel test', server: { kind: 'custom', baseUrl: cloud.base }, credentials },
      { origin: 'headless' },
    )) as { ok: false; error: AppError }
    expect(result.ok).toBe(false)
    expect(shown(result.error)).toBe(redirectMessage(cloud.base, evil.base))
    expect(await core.connections.list()).toEqual([])
    expect(secrets.written).toEqual([])
    expect(evil).toMatchObject({ connections: 0, bytes: 0 })
  })
})

/** A 700 MiB body made on demand, never held: counts what the server managed to hand over. */
function endlessBody(): { stream: Readable; produced: () => number } {
  let produced = 0
  const chunk = Buffer.alloc(64 * 1024, 0x20)
  const stream = new Readable({
    read() {
      if (produced >= BODY_BYTES) return void this.push(null)
      produced += chunk.length
      this.push(chunk)
    },
  })
  return { stream, produced: () => produced }
}

describe('an endless answer is cut at the cap', () => {
  async function hugeTokenAnswer(declareLength: boolean) {
    let body: ReturnType<typeof endlessBody> | undefined
    let closed!: () => void
    const hungUp = new Promise<void>((resolve) => (closed = resolve))
    const cloud = await hostile((_req, res) => {
      body = endlessBody()
      res.on('close', closed)
      res.writeHead(200, { 'content-type': 'application/json', ...(declareLength ? { 'content-length': BODY_BYTES } : {}) })
      body.stream.pipe(res)
    })
    const error = await failure(akuvoxClient(cloud.base, []).getProjectList({ pageSize: 1, pageIndex: 1 }))
    await hungUp
    return { error, cloud, produced: body?.produced() ?? 0 }
  }

  it('stops reading a streamed (chunked) body just past 16 MB and hangs up', async () => {
    const { error, cloud, produced } = await hugeTokenAnswer(false)
    expect(error).toMatchObject({ code: 'response_too_large', retryable: false, params: { origin: cloud.base, megabytes: 16 } })
    expect(shown(error)).toBe(
      `The server at ${cloud.base} sent an answer larger than 16 MB, so Fieldkey stopped reading it. Check the server address; if it is right, try again later or contact support.`,
    )
    // The client read up to the cap, then hung up: what the server produced is near 16 MiB, not 700.
    expect(produced).toBeGreaterThan(16 * MIB)
    expect(produced).toBeLessThan(48 * MIB)
    expect(cloud.requests).toHaveLength(1)
  })

  it('refuses a declared Content-Length over the cap before reading', async () => {
    const { error, produced } = await hugeTokenAnswer(true)
    expect(error.code).toBe('response_too_large')
    expect(error.detail).toContain('Content-Length')
    expect(produced).toBeLessThan(16 * MIB)
  })
})

describe('a stalled server gives one error, stating the real time spent', () => {
  const BUDGET_MS = 400
  const fast = () => transport({ callBudgetMs: BUDGET_MS, defaultTimeoutMs: 150, retry: { maxAttempts: 6, baseDelayMs: 1, maxDelayMs: 2 } })

  async function timed(promise: Promise<unknown>): Promise<{ error: AppError; measuredMs: number }> {
    const started = performance.now()
    const error = await failure(promise)
    return { error, measuredMs: performance.now() - started }
  }

  function expectHonest(error: AppError, measuredMs: number, cloud: Hostile): void {
    expect(error).toMatchObject({ code: 'timeout', messageKey: 'errors.noAnswer', params: { origin: cloud.base } })
    const { seconds, count } = error.params as { seconds: number; count: number }
    // One attempt per request the server saw, and the time stated is the time spent: the
    // budget was used (down to the last tenth, which is too short for another attempt) and
    // no more than the caller itself waited.
    expect(count).toBe(cloud.requests.length)
    expect(seconds).toBeGreaterThanOrEqual(Math.round(BUDGET_MS * 0.9) / 1000 - 0.05)
    expect(seconds).toBeLessThanOrEqual(measuredMs / 1000 + 0.05)
    expect(shown(error)).toBe(`No answer from ${cloud.base} after ${seconds} s (${count} attempts). Check the network and try again; your work is kept.`)
  }

  it('Akuvox sign-in to a server that accepts and never answers', async () => {
    const cloud = await hostile(() => undefined)
    const { error, measuredMs } = await timed(akuvoxClient(cloud.base, [], fast()).getProjectList({ pageSize: 1, pageIndex: 1 }))
    expect(cloud.requests.length).toBeGreaterThan(1)
    expectHonest(error, measuredMs, cloud)
  })

  it('Tuya token call to a server that sends headers, then drips a byte at a time', async () => {
    const timers: NodeJS.Timeout[] = []
    closers.push(async () => timers.forEach(clearInterval))
    const cloud = await hostile((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.write('{')
      timers.push(setInterval(() => res.write(' '), 20))
    })
    const { error, measuredMs } = await timed(tuyaClient(cloud.base, [], fast()).listPersons())
    expect(cloud.requests.length).toBeGreaterThan(1)
    expectHonest(error, measuredMs, cloud)
  })
})

describe('a page that is not the API reads as a wrong address, not a refused sign-in', () => {
  const portal = (_req: IncomingMessage, res: ServerResponse) =>
    res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Hotel Wi-Fi: accept the terms to continue</body></html>')

  it('Akuvox', async () => {
    const cloud = await hostile(portal)
    const tokens: unknown[] = []
    const error = await failure(akuvoxClient(cloud.base, tokens).getProjectList({ pageSize: 1, pageIndex: 1 }))
    expect(error).toMatchObject({ code: 'not_a_cloud', retryable: false })
    expect(shown(error)).toBe('This address does not answer like an Akuvox server. Check the region or the custom server address.')
    expect(tokens).toEqual([])
  })

  it('Tuya', async () => {
    const cloud = await hostile(portal)
    const tokens: unknown[] = []
    const error = await failure(tuyaClient(cloud.base, tokens).listPersons())
    expect(error).toMatchObject({ code: 'not_a_cloud', retryable: false })
    expect(shown(error)).toBe('This address does not answer like a Tuya Smart Building server. Check the data center or the custom server address.')
    expect(cloud.requests).toHaveLength(1)
    expect(tokens).toEqual([])
  })
})
