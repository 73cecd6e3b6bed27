import type { IncomingMessage, ServerResponse } from 'node:http'
import { parseFaultSettings, type ScriptedFault } from './common/faults'
import { type LoopbackServer, listenLoopback, readBody, sendJson } from './common/http-server'
import type { VendorSandbox } from './common/types'

/**
 * The sandbox's admin endpoint, used by tests and benchmarks (never by the app's clients):
 *   GET    /faults/<vendor>       current fault settings and scripted faults
 *   POST   /faults/<vendor>       {latencyMs?, jitterMs?, serverErrorRate?, rateLimitPerSecond?,
 *                                  tokenTtlSeconds?, dropRate?, script?: ScriptedFault[]}
 *   DELETE /faults/<vendor>       back to no faults
 *   *      /<vendor>/…            the vendor's own admin routes (state, device online, time…)
 */
export async function startAdminServer(vendors: Readonly<Record<string, VendorSandbox<unknown>>>, port = 0): Promise<LoopbackServer> {
  const handler = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const segments = url.pathname.split('/').filter(Boolean)
    const method = req.method ?? 'GET'
    let body: unknown
    try {
      const raw = await readBody(req)
      body = raw.length ? JSON.parse(raw.toString('utf8')) : undefined
    } catch (error) {
      sendJson(res, 400, { error: `bad body: ${(error as Error).message}` })
      return
    }
    if (segments[0] === 'health') {
      sendJson(res, 200, { ok: true, vendors: Object.keys(vendors) })
      return
    }
    if (segments[0] === 'faults' && segments.length === 2) {
      const vendor = vendors[segments[1] ?? '']
      if (!vendor) {
        sendJson(res, 404, { error: `no vendor ${segments[1]}` })
        return
      }
      if (method === 'DELETE') vendor.faults.reset()
      else if (method === 'POST' || method === 'PUT') {
        try {
          vendor.faults.update(parseFaultSettings(body ?? {}))
          const script = (body as { script?: unknown } | undefined)?.script
          if (script !== undefined) vendor.faults.enqueue(...parseScript(script))
        } catch (error) {
          sendJson(res, 400, { error: (error as Error).message })
          return
        }
      }
      sendJson(res, 200, { settings: vendor.faults.settings, script: vendor.faults.pending })
      return
    }
    const vendor = vendors[segments[0] ?? '']
    const answer = vendor ? await vendor.handleAdmin(method, segments.slice(1), body) : null
    if (answer) sendJson(res, answer.status, answer.body)
    else sendJson(res, 404, { error: `no admin route ${method} ${url.pathname}` })
  }
  return listenLoopback(handler, port)
}

function parseScript(raw: unknown): ScriptedFault[] {
  if (!Array.isArray(raw)) throw new Error('script must be an array')
  return raw.map((item, i) => {
    const f = item as Partial<ScriptedFault>
    if (f.kind !== 'server_error' && f.kind !== 'drop' && f.kind !== 'rate_limit') throw new Error(`script[${i}].kind is invalid`)
    if (f.when !== undefined && f.when !== 'before' && f.when !== 'after') throw new Error(`script[${i}].when is invalid`)
    if (f.match !== undefined && typeof f.match !== 'string') throw new Error(`script[${i}].match must be a string`)
    return { kind: f.kind, when: f.when, match: f.match, retryAfterSeconds: f.retryAfterSeconds }
  })
}
