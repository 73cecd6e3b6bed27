import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { KEY_PROTOCOL_PREFIX, WIRE_PROTOCOL } from '@shared/ipc/wire'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { type HeadlessHost, startHeadlessHost } from '../../../../src/main/headless/host'
import { silentLogger } from '../../../../src/main/log/logger'
import { testCore } from '../../../helpers/core'

const SECRET = 'a'.repeat(64)
let host: HeadlessHost
const core = testCore()

beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'fk-renderer-'))
  await writeFile(join(dir, 'index.html'), '<html><head><script type="module" src="./assets/index.js"></script></head></html>')
  host = await startHeadlessHost({ core, rendererDir: dir, secret: SECRET, logger: silentLogger })
})
afterAll(() => host.close())

function connect(protocols: string[], origin = host.origin): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${host.port}/ipc`, protocols, { origin })
    ws.once('open', () => resolve(ws))
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)))
    ws.once('error', reject)
  })
}

function call(ws: WebSocket, frame: unknown): Promise<unknown> {
  return new Promise((resolve) => {
    ws.once('message', (data) => resolve(JSON.parse(String(data))))
    ws.send(typeof frame === 'string' ? frame : JSON.stringify(frame))
  })
}

describe('headless host', () => {
  it('listens on loopback only and prints the secret in the URL fragment', () => {
    expect(host.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(host.url).toBe(`${host.origin}/#key=${SECRET}`)
  })

  it('serves index.html with the bridge injected and the CSP header', async () => {
    const res = await fetch(`${host.origin}/`)
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'")
    expect(await res.text()).toContain('./assets/bridge.js')
  })

  it('refuses a request addressed to another host name (DNS rebinding)', async () => {
    const { request } = await import('node:http')
    const status = await new Promise<number>((resolve) => {
      request({ host: '127.0.0.1', port: host.port, path: '/', headers: { host: 'evil.example' } }, (res) => resolve(res.statusCode ?? 0)).end()
    })
    expect(status).toBe(421)
  })

  it('carries app:ping over the WebSocket for a client with the secret', async () => {
    const ws = await connect([WIRE_PROTOCOL, `${KEY_PROTOCOL_PREFIX}${SECRET}`])
    const answer = await call(ws, { type: 'invoke', id: 7, channel: 'app:ping', input: { message: 'hi' } })
    expect(answer).toMatchObject({ type: 'result', id: 7, result: { ok: true, value: { message: 'hi', runtime: 'headless' } } })
    ws.close()
  })

  it('refuses a client without the secret, with a wrong one, or from a foreign origin', async () => {
    await expect(connect([WIRE_PROTOCOL])).rejects.toThrow('HTTP 401')
    await expect(connect([WIRE_PROTOCOL, `${KEY_PROTOCOL_PREFIX}${'b'.repeat(64)}`])).rejects.toThrow('HTTP 401')
    await expect(connect([WIRE_PROTOCOL, `${KEY_PROTOCOL_PREFIX}${SECRET.slice(1)}`])).rejects.toThrow('HTTP 401')
    await expect(connect([WIRE_PROTOCOL, `${KEY_PROTOCOL_PREFIX}${SECRET}`], 'http://evil.example')).rejects.toThrow('HTTP 401')
  })

  it('answers malformed frames with invalid_input and keeps the connection', async () => {
    const ws = await connect([WIRE_PROTOCOL, `${KEY_PROTOCOL_PREFIX}${SECRET}`])
    expect(await call(ws, { type: 'invoke', id: 1, channel: 'app:ping', input: { message: 5 } })).toMatchObject({
      id: 1,
      result: { ok: false, error: { code: 'invalid_input', params: { field: 'message' } } },
    })
    expect(await call(ws, { type: 'invoke', id: 2, channel: 'fs:read' })).toMatchObject({ id: 2, result: { ok: false, error: { code: 'invalid_input' } } })
    expect(await call(ws, { type: 'invoke', id: 3, channel: 'app:ping', extra: true })).toMatchObject({ id: 3, result: { ok: false } })
    expect(await call(ws, { type: 'invoke', id: 4, channel: 'app:ping', input: { message: 'still here' } })).toMatchObject({
      id: 4,
      result: { ok: true },
    })
    ws.close()
  })

  it('forwards main → renderer events to connected clients', async () => {
    const ws = await connect([WIRE_PROTOCOL, `${KEY_PROTOCOL_PREFIX}${SECRET}`])
    const received = new Promise((resolve) => ws.once('message', (d) => resolve(JSON.parse(String(d)))))
    core.events.emit('network:changed', { online: false, since: 42 })
    expect(await received).toEqual({ type: 'event', channel: 'network:changed', payload: { online: false, since: 42 } })
    ws.close()
  })
})
