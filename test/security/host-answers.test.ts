import { request } from 'node:http'
import { connect } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type WebSocket from 'ws'
import { MAX_CLIENTS } from '../../src/main/headless/upgrade-guard'
import { type InProcessHost, openClient, pingOnNewConnection, startInProcessHost, upgradeRequest } from './host-fixtures'

let host: InProcessHost
beforeAll(async () => {
  host = await startInProcessHost()
})
afterAll(() => host.close())

interface Answer {
  readonly status: number
  readonly headers: Readonly<Record<string, string>>
  readonly body: string
}

/** One request as raw bytes; the answer's status line, headers (lower-cased) and body. */
function exchange(raw: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const socket = connect(host.port, '127.0.0.1', () => socket.write(raw))
    const chunks: Buffer[] = []
    socket.on('data', (chunk: Buffer) => chunks.push(chunk))
    socket.once('error', reject)
    socket.once('close', () => {
      const text = Buffer.concat(chunks).toString()
      const [head = '', body = ''] = text.split('\r\n\r\n')
      const [statusLine = '', ...lines] = head.split('\r\n')
      const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]))
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body })
    })
  })
}

const get = (path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> =>
  exchange(
    [
      `${method} ${path} HTTP/1.1`,
      ...Object.entries({ host: `127.0.0.1:${host.port}`, connection: 'close', ...headers }).map(([k, v]) => `${k}: ${v}`),
      '',
      '',
    ].join('\r\n'),
  )

function expectSecurityHeaders(answer: Answer): void {
  expect(answer.headers).toMatchObject({
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
  })
  expect(answer.headers['content-security-policy']).toContain("frame-ancestors 'none'")
  for (const feature of ['camera', 'microphone', 'geolocation', 'usb', 'serial', 'hid', 'bluetooth', 'payment']) {
    expect(answer.headers['permissions-policy']).toContain(`${feature}=()`)
  }
}

describe('every answer of the host carries the security headers', () => {
  it.each([
    ['the page', () => get('/'), 200],
    ['a missing file', () => get('/nothing-here.js'), 404],
    ['a path escaping the renderer', () => get('/%2e%2e/%2e%2e/etc/passwd'), 404],
    ['a bad escape', () => get('/%E0%A4%A'), 400],
    ['another method', () => get('/', {}, 'POST'), 405],
    ['another host name', () => get('/', { host: 'rebind.example:80' }), 421],
    ['a request it cannot parse', () => exchange('GET / HTTP/1.1\r\nhost: \x01\r\n\r\n'), 400],
    ['an upgrade without the secret', () => exchange(upgradeRequest(host, { 'sec-websocket-protocol': 'fieldkey.v1' })), 401],
    ['an upgrade on another path', () => exchange(upgradeRequest(host).replace('GET /ipc', 'GET /other')), 404],
  ])('%s', async (_what, send, status) => {
    const answer = await send()
    expect(answer.status).toBe(status)
    expectSecurityHeaders(answer)
  })
})

describe('the WebSocket upgrade', () => {
  it('is refused when addressed to another host name, even with the secret (DNS rebinding)', async () => {
    const answer = await exchange(upgradeRequest(host, { host: `rebind.example:${host.port}` }))
    expect(answer.status).toBe(421)
    expect(await pingOnNewConnection(host)).toMatchObject({ ok: true })
  })

  it(`serves at most ${MAX_CLIENTS} windows and tells the next one to close one`, async () => {
    const open: WebSocket[] = []
    for (let i = 0; i < MAX_CLIENTS; i++) open.push(await openClient(host))
    const refused = await exchange(upgradeRequest(host))
    expect(refused.status).toBe(503)
    expect(refused.body).toContain(`already serves ${MAX_CLIENTS} windows`)
    expect(refused.body).toContain('close one of them')
    expectSecurityHeaders(refused)

    const closed = new Promise((resolve) => open[0]!.once('close', resolve))
    open[0]!.close()
    await closed
    expect(await pingOnNewConnection(host)).toMatchObject({ ok: true })
    for (const ws of open.slice(1)) ws.close()
  })
})

it('answers HEAD like GET, headers included', async () => {
  const answer = await new Promise<Record<string, unknown>>((resolve) => {
    request({ host: '127.0.0.1', port: host.port, path: '/', method: 'HEAD' }, (res) => resolve(res.headers)).end()
  })
  expect(answer['x-frame-options']).toBe('DENY')
})
