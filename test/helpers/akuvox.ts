import type { IncomingMessage, ServerResponse } from 'node:http'
import { type AppError, AppErrorException } from '../../src/shared/errors'
import { type AkuvoxClient, type AkuvoxCredentials, type AkuvoxTokens, createAkuvoxClient } from '../../src/main/clouds/akuvox'
import { HttpTransport } from '../../src/main/clouds/http'
import { AdaptiveRateLimiter } from '../../src/main/clouds/adaptive-limiter'
import { RATE_TUNING } from '../../src/main/clouds/rate-controller'
import { createLogger, memorySink } from '../../src/main/log/logger'
import { Redactor } from '../../src/main/log/redact'
import { type AkuvoxSandboxInfo, startAkuvoxSandbox } from '@fieldkey/sandbox/akuvox'
import { type LoopbackServer, listenLoopback } from '@fieldkey/sandbox/common/http-server'
import type { VendorSandbox } from '@fieldkey/sandbox/common/types'
import type { VirtualClock } from './virtual-clock'

const COMMANDS_PATH = '/api/v1.0/invoke/open-ability/method/manager-commands'
const TOKEN_PATH = '/api/v1.0/invoke/open-ability/method/oauth2/token'

export interface ClientHarness {
  readonly client: AkuvoxClient
  /** Every log line the client and its transport wrote (already redacted). */
  readonly lines: string[]
  /** Every request the client sent: URL, time, command (for commands). */
  readonly sent: { readonly url: string; readonly at: number; readonly command: string | null }[]
  readonly limiter: AdaptiveRateLimiter
  readonly tokens: (AkuvoxTokens | null)[]
}

export interface ClientOverrides {
  readonly credentials?: Partial<AkuvoxCredentials>
  readonly now?: () => number
  readonly tokens?: AkuvoxTokens
  /** The transport's and the rate limiter's clock (waits and `sent[].at`); default: real time. */
  readonly clock?: VirtualClock
}

export interface RawAnswer {
  readonly status: number
  readonly json: Record<string, unknown>
}

export interface AkuvoxHarness {
  readonly sandbox: VendorSandbox<AkuvoxSandboxInfo>
  readonly info: AkuvoxSandboxInfo
  /** Calls the sandbox's `/akuvox/…` admin routes in process; throws unless 200. */
  admin<T = unknown>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T>
  makeClient(overrides?: ClientOverrides): ClientHarness
  /** A fresh access token from the password grant. */
  token(): Promise<string>
  /** POSTs any body to manager-commands, bypassing the client. */
  raw(body: string | object, options?: { token?: string | null; contentType?: string }): Promise<RawAnswer>
  form(fields: Record<string, string>): Promise<RawAnswer>
  close(): Promise<void>
}

export async function startAkuvoxHarness(seed: number): Promise<AkuvoxHarness> {
  const sandbox = await startAkuvoxSandbox({ seed, scale: 'small' })
  const { info } = sandbox
  const admin = async <T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> => {
    const answer = await sandbox.handleAdmin(method, path.split('/').filter(Boolean), body)
    if (!answer || answer.status !== 200) throw new Error(`admin ${method} ${path}: ${JSON.stringify(answer)}`)
    // A JSON round trip, as over the admin server: snapshots must not alias live state.
    return JSON.parse(JSON.stringify(answer.body)) as T
  }
  const form = async (fields: Record<string, string>): Promise<RawAnswer> => {
    const res = await fetch(`${info.baseUrl}${TOKEN_PATH}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams(fields).toString(),
    })
    return { status: res.status, json: (await res.json()) as Record<string, unknown> }
  }
  const token = async (): Promise<string> => {
    const answer = await form({
      grant_type: 'password',
      scope: 'manager',
      client_id: info.clientId,
      client_secret: info.clientSecret,
      username: info.username,
      password: info.password,
    })
    return (answer.json.result as { access_token: string }).access_token
  }
  return {
    sandbox,
    info,
    admin,
    token,
    form,
    async raw(body, options = {}) {
      const bearer = options.token === undefined ? await token() : options.token
      const res = await fetch(`${info.baseUrl}${COMMANDS_PATH}`, {
        method: 'POST',
        headers: {
          'content-type': options.contentType ?? 'application/json',
          accept: 'application/json',
          ...(bearer === null ? {} : { authorization: `Bearer ${bearer}` }),
        },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      })
      return { status: res.status, json: (await res.json()) as Record<string, unknown> }
    },
    makeClient(overrides = {}) {
      const sink = memorySink()
      const redactor = new Redactor()
      const logger = createLogger(sink, redactor, { level: 'debug' })
      const sent: ClientHarness['sent'] = []
      const tokens: (AkuvoxTokens | null)[] = []
      const { clock } = overrides
      // The app's limiter, started fast so the tests wait only where the cloud says so.
      const limiter = new AdaptiveRateLimiter({ tuning: { ...RATE_TUNING, safeStartPerSecond: 1000 }, now: clock?.now, sleep: clock?.sleep })
      const fetchSpy = (url: string, init: RequestInit): Promise<Response> => {
        const body = typeof init.body === 'string' && init.body.startsWith('{') ? (JSON.parse(init.body) as { command?: string }) : null
        sent.push({ url, at: clock ? clock.now() : performance.now(), command: body?.command ?? null })
        return fetch(url, init)
      }
      const transport = new HttpTransport({
        fetch: fetchSpy,
        logger,
        rateLimiter: limiter,
        retry: { maxAttempts: 3, baseDelayMs: 5, maxDelayMs: 20 },
        now: clock?.now,
        sleep: clock?.sleep,
      })
      const client = createAkuvoxClient({
        baseUrl: info.baseUrl,
        credentials: { clientId: info.clientId, clientSecret: info.clientSecret, username: info.username, password: info.password, ...overrides.credentials },
        transport,
        logger,
        redactor,
        now: overrides.now,
        tokens: overrides.tokens,
        onTokens: (t) => tokens.push(t),
      })
      return { client, lines: sink.lines, sent, limiter, tokens }
    },
    close: () => sandbox.close(),
  }
}

/** A loopback file server for import tests: serves `files[path]` as CSV, 404 otherwise. */
export async function serveFiles(files: Readonly<Record<string, string>>): Promise<LoopbackServer> {
  return listenLoopback(async (req: IncomingMessage, res: ServerResponse) => {
    const file = files[req.url ?? '']
    if (file === undefined) {
      res.writeHead(404).end()
      return
    }
    res.writeHead(200, { 'content-type': 'text/csv; charset=utf-8' }).end(file)
  })
}

/** What the sandbox admin state returns for the tests' lookups. */
export interface StateProject {
  readonly project_id: string
  readonly project_name: string
}

export interface StateDevice {
  readonly project_id: string
  readonly id: string
  readonly mac: string
  readonly buildingId: string
  readonly type: string
  readonly relays: readonly { id: string }[]
  readonly securityRelays: readonly { id: string }[]
  readonly online: boolean
}

export interface StateGroup {
  readonly project_id: string
  readonly id: string
  readonly name: string
  readonly type: 'system' | 'customized'
  readonly members: readonly string[]
  readonly doors: readonly { deviceId: string; relayIds: readonly string[]; securityRelayIds: readonly string[] }[]
}

export interface StateStaff {
  readonly project_id: string
  readonly id: string
  readonly name: string
}

export interface StateUser {
  readonly project_id: string
  readonly residence_id: string
  readonly account_id: string
  readonly building_id: string
}

/** The rejection an operation ended with, as the `AppError` services will see. */
export async function failureOf(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof AppErrorException) return error.error
    throw error
  }
  throw new Error('expected the call to fail')
}

export interface SiteSnapshot {
  readonly projectId: string
  readonly otherProjectId: string
  readonly devices: readonly StateDevice[]
  readonly groups: readonly StateGroup[]
  readonly users: readonly StateUser[]
  readonly staff: readonly StateStaff[]
  readonly buildings: readonly { id: string; name: string; floors: number }[]
}

/** The main project's current state, from the admin routes. */
export async function siteOf(h: AkuvoxHarness): Promise<SiteSnapshot> {
  const projects = await h.admin<(StateProject & { buildings: SiteSnapshot['buildings'] })[]>('GET', 'state/projects')
  const [main, other] = projects
  if (!main || !other) throw new Error('the small site has two projects')
  const mine = <T extends { project_id: string }>(rows: readonly T[]): T[] => rows.filter((r) => r.project_id === main.project_id)
  return {
    projectId: main.project_id,
    otherProjectId: other.project_id,
    buildings: main.buildings,
    devices: mine(await h.admin<StateDevice[]>('GET', 'state/devices')),
    groups: mine(await h.admin<StateGroup[]>('GET', 'state/access-groups')),
    users: mine(await h.admin<StateUser[]>('GET', 'state/users')),
    staff: mine(await h.admin<StateStaff[]>('GET', 'state/staff')),
  }
}

/** A device input that opens every relay of `device`. */
export function allDoorsOf(device: StateDevice) {
  return {
    deviceId: device.id,
    buildingId: device.buildingId,
    mac: device.mac,
    relayIds: device.relays.map((r) => r.id),
    securityRelayIds: device.securityRelays.map((r) => r.id),
  }
}
