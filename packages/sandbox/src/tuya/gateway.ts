import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Clock } from '../common/clock'
import type { FaultController } from '../common/faults'
import { dropConnection, readBody, sendJson } from '../common/http-server'
import type { Random } from '../common/random'
import { MSG, TuyaSandboxError, fail } from './errors'
import { FACE_PICTURE_PREFIX, facePicturePng } from './face-picture'
import type { SiteLists } from './list-cache'
import type { TuyaSite } from './model'
import { renameKeys, toSnake } from './casing'
import { Params } from './params'
import { permissionRoutes } from './routes/permissions'
import { personRoutes } from './routes/persons'
import { placeRoutes } from './routes/places'
import { type Route, type SendSettings, matchTemplate } from './routes/route'
import { taskRoutes } from './routes/tasks'
import { expectedSign, headerValue, signMatches } from './signature'
import { advanceTasks } from './tasks'
import type { TokenStore } from './tokens'

const ROUTES: readonly Route[] = [...personRoutes, ...permissionRoutes, ...taskRoutes, ...placeRoutes]

/** Tuya's default access-token lifetime (docs/clouds.md#tuya-tokens). */
const DEFAULT_TOKEN_TTL_SECONDS = 7200

export type Casing = 'snake' | 'camel'

export interface GatewayState {
  readonly site: TuyaSite
  readonly accessId: string
  readonly accessSecret: string
  readonly tokens: TokenStore
  readonly clock: Clock
  readonly faults: FaultController
  readonly random: Random
  readonly settings: SendSettings & { casing: Casing; timeWindowMs: number }
  readonly lists: SiteLists
  /** What was answered, newest last (bounded): for tests that count calls. */
  readonly journal: JournalEntry[]
}

export interface JournalEntry {
  readonly method: string
  readonly path: string
  /** Tuya code of the answer; 0 for success; null when no envelope was sent (500, drop). */
  readonly code: number | null
  readonly at: number
}

const JOURNAL_LIMIT = 2_000

type Answer = { readonly kind: 'ok'; readonly result: unknown } | { readonly kind: 'error'; readonly error: TuyaSandboxError }

/**
 * One request, checked as the real gateway does, in its order: faults; required headers (1105,
 * 1002); client id (1005); `t` inside the window (1013); signature over exactly what was
 * received (1004); token (1010/1011/1012); path (1108); then the route's own parameter checks.
 * Every refusal is HTTP 200 with Tuya's error envelope.
 */
export function createGateway(state: GatewayState): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  return async (req, res) => {
    const method = req.method ?? 'GET'
    const target = req.url ?? '/'
    const url = new URL(target, 'http://sandbox.invalid')
    const route = `${method} ${url.pathname}`
    const clientKey = headerValue(req.headers, 'client_id') ?? req.socket.remoteAddress ?? 'unknown'
    if (method === 'GET' && url.pathname.startsWith(FACE_PICTURE_PREFIX)) return sendPicture(res, url.pathname)
    const before = await state.faults.before(route, clientKey)
    if (before.kind === 'drop') return dropConnection(res)
    const body = await readBody(req)
    let answer: Answer
    switch (before.kind) {
      case 'server_error':
        answer = { kind: 'error', error: fail(500) }
        break
      case 'rate_limit':
        // Tuya throttles with HTTP 200 and code 1110, before the request is handled.
        answer = { kind: 'error', error: fail(1110) }
        break
      case 'none':
        answer = apply(state, method, target, url, req, body)
        break
      default: {
        const unknown: never = before
        throw new Error(`unexpected fault decision ${JSON.stringify(unknown)}`)
      }
    }
    const after = state.faults.after(route)
    if (after.kind === 'drop') return dropConnection(res)
    if (before.kind === 'server_error' || after.kind === 'server_error') {
      record(state, method, url.pathname, null)
      return sendJson(res, 500, { success: false, code: 500, msg: MSG[500], t: state.clock.now(), tid: state.random.hex(32) })
    }
    if (after.kind === 'rate_limit') answer = { kind: 'error', error: fail(1110) }
    const t = state.clock.now()
    const tid = state.random.hex(32)
    if (answer.kind === 'ok') {
      record(state, method, url.pathname, 0)
      const result = state.settings.casing === 'snake' ? renameKeys(answer.result, toSnake) : answer.result
      return sendJson(res, 200, { result, success: true, t, tid })
    }
    record(state, method, url.pathname, answer.error.code)
    sendJson(res, 200, { code: answer.error.code, msg: answer.error.msg, success: false, t, tid })
  }
}

/** A face picture, as a storage host answers: no signature, the bytes and their type. */
function sendPicture(res: ServerResponse, pathname: string): void {
  const png = facePicturePng(decodeURIComponent(pathname.slice(FACE_PICTURE_PREFIX.length)))
  res.writeHead(200, { 'content-type': 'image/png', 'content-length': png.length })
  res.end(png)
}

function apply(state: GatewayState, method: string, target: string, url: URL, req: IncomingMessage, body: Buffer): Answer {
  try {
    return { kind: 'ok', result: handle(state, method, target, url, req, body) }
  } catch (error) {
    if (!(error instanceof TuyaSandboxError)) throw error
    return { kind: 'error', error }
  }
}

function record(state: GatewayState, method: string, path: string, code: number | null): void {
  state.journal.push({ method, path, code, at: state.clock.now() })
  if (state.journal.length > JOURNAL_LIMIT) state.journal.splice(0, state.journal.length - JOURNAL_LIMIT)
}

function handle(state: GatewayState, method: string, target: string, url: URL, req: IncomingMessage, body: Buffer): unknown {
  const now = state.clock.now()
  const header = (name: string): string | undefined => headerValue(req.headers, name)
  for (const name of ['client_id', 'sign', 't', 'sign_method']) if (!header(name)) throw fail(1105, name)
  const clientId = header('client_id') ?? ''
  if (clientId !== state.accessId) throw fail(1005)
  const t = header('t') ?? ''
  if (!/^\d{13}$/.test(t) || Math.abs(Number(t) - now) > state.settings.timeWindowMs) throw fail(1013)
  if (header('sign_method') !== 'HMAC-SHA256') throw fail(1004, 'sign_method')
  const tokenCall = url.pathname === '/v1.0/token' || url.pathname.startsWith('/v1.0/token/')
  const accessToken = tokenCall ? '' : (header('access_token') ?? '')
  if (!tokenCall && !accessToken) throw fail(1002)
  const expected = expectedSign({ method, target, headers: req.headers, body }, clientId, state.accessSecret, accessToken, t, header('nonce') ?? '')
  if (!signMatches(expected, header('sign') ?? '')) throw fail(1004)
  const ttl = state.faults.settings.tokenTtlSeconds ?? DEFAULT_TOKEN_TTL_SECONDS
  if (tokenCall) return tokenEndpoint(state, method, url, now, ttl)
  const problem = state.tokens.check(accessToken, now)
  if (problem !== null) throw fail(problem)
  for (const route of ROUTES) {
    const path = matchTemplate(route.template, url.pathname)
    if (path === null || route.method !== method) continue
    if (advanceTasks(state.site, now) > 0 || !route.reads) state.lists.invalidate()
    const params = Params.from(method, url.searchParams, body)
    const origin = `http://${req.headers.host ?? '127.0.0.1'}`
    return route.handle({ site: state.site, params, path, now, settings: state.settings, lists: state.lists, origin })
  }
  throw fail(1108, `${method} ${url.pathname}`)
}

function tokenEndpoint(state: GatewayState, method: string, url: URL, now: number, ttl: number): unknown {
  if (method !== 'GET') throw fail(1108)
  if (url.pathname === '/v1.0/token') {
    const grantType = url.searchParams.get('grant_type')
    if (!grantType) throw fail(1100, 'grant_type')
    if (grantType !== '1') throw fail(1003)
    return state.tokens.mint(now, ttl)
  }
  const refreshToken = decodeURIComponent(url.pathname.slice('/v1.0/token/'.length))
  if (!refreshToken || refreshToken.includes('/')) throw fail(1108)
  const minted = state.tokens.use(refreshToken, now, ttl)
  if (typeof minted === 'number') throw fail(minted)
  return minted
}
