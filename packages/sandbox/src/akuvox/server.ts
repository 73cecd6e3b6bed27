import type { IncomingMessage, ServerResponse } from 'node:http'
import type { SandboxLogger } from '../common/logger'
import type { OffsetClock } from '../common/clock'
import type { FaultController, FaultDecision } from '../common/faults'
import { BodyTooLargeError, dropConnection, readBody, sendJson } from '../common/http-server'
import { CommandFailure, type FailureCode, type FailureRenderer, type RenderedFailure } from './failure'
import { type CommandContext, type FetchedFile, type ListShape } from './handlers/context'
import { handlers } from './handlers'
import { settleImports } from './handlers/imports'
import type { IdMinter } from './ids'
import type { Site } from './model'
import { type SandboxCommand, isSandboxCommand, parseParams } from './params'
import { type SandboxCredentials, tokenEndpoint } from './token-endpoint'
import type { TokenStore } from './tokens'

const TOKEN_PATH = '/api/v1.0/invoke/open-ability/method/oauth2/token'
const COMMANDS_PATH = '/api/v1.0/invoke/open-ability/method/manager-commands'

/** Mutable knobs the admin routes turn. */
export interface SandboxControls {
  readonly onlineOverrides: Map<string, boolean>
  listShape: ListShape
  /** Accepted commands by name (after auth), for tests that count creates. */
  readonly commandCounts: Map<string, number>
}

export interface ServerDeps {
  readonly site: Site
  readonly credentials: SandboxCredentials
  readonly tokens: TokenStore
  readonly faults: FaultController
  readonly clock: OffsetClock
  readonly mint: IdMinter
  readonly failure: FailureRenderer
  readonly controls: SandboxControls
  readonly fetchFile: (url: URL) => Promise<FetchedFile>
  readonly logger?: SandboxLogger
}

type Answer = RenderedFailure & { readonly headers?: Record<string, string> }

export function createAkuvoxHandler(deps: ServerDeps): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const fail = (code: FailureCode, message: string): Answer => deps.failure(code, message, deps.clock.now())

  return async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname
    let text: string
    try {
      text = (await readBody(req)).toString('utf8')
    } catch (error) {
      if (!(error instanceof BodyTooLargeError)) throw error
      send(res, fail('invalid_request', error.message))
      return
    }
    const contentType = req.headers['content-type'] ?? ''
    if (path === TOKEN_PATH) {
      const form = new URLSearchParams(text)
      if (await faultBefore(res, 'oauth2/token', form.get('client_id') ?? 'anonymous')) return
      const answer = req.method === 'POST' ? tokenEndpoint(deps, contentType, text) : fail('invalid_request', 'use POST')
      if (faultAfter(res, 'oauth2/token')) return
      send(res, answer)
      return
    }
    if (path !== COMMANDS_PATH) {
      send(res, { ...fail('not_found', `no endpoint ${path}`), status: 404 })
      return
    }
    const envelope = parseJson(text)
    const command = isRecord(envelope) && typeof envelope.command === 'string' ? envelope.command : '?'
    const route = `manager-commands/${command}`
    const bearer = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '')?.[1]
    const auth = bearer === undefined ? null : deps.tokens.check(bearer)
    if (await faultBefore(res, route, auth?.ok ? auth.clientId : 'anonymous')) return
    let answer: Answer
    if (req.method !== 'POST') answer = fail('invalid_request', 'use POST')
    else if (!auth) answer = fail('unauthorized', 'Authorization: Bearer <access_token> is required')
    else if (!auth.ok) answer = auth.reason === 'expired' ? fail('token_expired', 'access token expired') : fail('unauthorized', 'access token is invalid')
    else answer = await runCommand(contentType, text, envelope)
    if (faultAfter(res, route)) return
    send(res, answer)
  }

  async function runCommand(contentType: string, text: string, envelope: unknown): Promise<Answer> {
    if (!contentType.toLowerCase().startsWith('application/json')) return fail('invalid_request', 'Content-Type must be application/json')
    if (envelope === undefined) return fail('invalid_request', `body is not valid JSON (${text.length} bytes)`)
    if (!isRecord(envelope)) return fail('invalid_request', 'body must be a JSON object {command, id, param}')
    const { command, id, param } = envelope
    if (typeof command !== 'string' || command === '') return fail('invalid_request', 'command is required (String)')
    if (typeof id !== 'string' || id === '') return fail('invalid_request', 'id is required (non-empty String)')
    if (!isRecord(param)) return fail('invalid_request', 'param is required (Object)')
    if (!isSandboxCommand(command)) return fail('unknown_command', `unknown command ${command}`)
    deps.controls.commandCounts.set(command, (deps.controls.commandCounts.get(command) ?? 0) + 1)
    const now = deps.clock.now()
    const ctx: CommandContext = {
      site: deps.site,
      now,
      mint: deps.mint,
      onlineOverrides: deps.controls.onlineOverrides,
      listShape: deps.controls.listShape,
      fetchFile: deps.fetchFile,
    }
    try {
      settleImports(ctx, deps.site, now)
      const result = await dispatch(command, ctx, param)
      deps.logger?.debug('akuvox sandbox command', { command, id })
      return { status: 200, body: { success: true, timestamp: now, result } }
    } catch (error) {
      if (error instanceof CommandFailure) return fail(error.code, error.message)
      deps.logger?.error('akuvox sandbox command crashed', { command, id, error: String(error) })
      return fail('server_error', 'internal error')
    }
  }

  /** True when a fault answered (or dropped) the request. */
  async function faultBefore(res: ServerResponse, route: string, clientKey: string): Promise<boolean> {
    return renderFault(res, await deps.faults.before(route, clientKey))
  }

  function faultAfter(res: ServerResponse, route: string): boolean {
    return renderFault(res, deps.faults.after(route))
  }

  function renderFault(res: ServerResponse, decision: FaultDecision): boolean {
    switch (decision.kind) {
      case 'none':
        return false
      case 'drop':
        dropConnection(res)
        return true
      case 'server_error':
        send(res, { ...fail('server_error', 'internal server error (injected)'), status: 500 })
        return true
      case 'rate_limit':
        send(res, { ...fail('rate_limited', 'too many requests (injected)'), status: 429, headers: { 'retry-after': String(decision.retryAfterSeconds) } })
        return true
    }
  }
}

function dispatch<C extends SandboxCommand>(command: C, ctx: CommandContext, param: Record<string, unknown>): unknown {
  return handlers[command](ctx, parseParams(command, param))
}

function send(res: ServerResponse, answer: Answer): void {
  sendJson(res, answer.status, answer.body, answer.headers ?? {})
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
