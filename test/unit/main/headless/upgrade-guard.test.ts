import type { IncomingMessage } from 'node:http'
import { KEY_PROTOCOL_PREFIX, WIRE_PROTOCOL } from '@shared/ipc/wire'
import { describe, expect, it } from 'vitest'
import { rawHttpResponse } from '../../../../src/main/headless/raw-response'
import { SECURITY_HEADERS } from '../../../../src/main/headless/security-headers'
import { MAX_CLIENTS, isOwnHost, refuseUpgrade, tooManyClients } from '../../../../src/main/headless/upgrade-guard'

const ORIGIN = 'http://127.0.0.1:5123'
const SECRET = 'f'.repeat(64)

function upgrade(headers: Record<string, string>, url = '/ipc'): IncomingMessage {
  return {
    url,
    headers: { host: '127.0.0.1:5123', origin: ORIGIN, 'sec-websocket-protocol': `${WIRE_PROTOCOL}, ${KEY_PROTOCOL_PREFIX}${SECRET}`, ...headers },
  } as unknown as IncomingMessage
}

describe('the upgrade guard', () => {
  it('lets the bridge through', () => {
    expect(refuseUpgrade(upgrade({}), SECRET, ORIGIN)).toBeNull()
  })

  it('answers each refusal with its status', () => {
    expect(refuseUpgrade(upgrade({}, '/other'), SECRET, ORIGIN)?.status).toBe(404)
    expect(refuseUpgrade(upgrade({ host: 'rebind.example:5123' }), SECRET, ORIGIN)).toMatchObject({ status: 421, reason: 'foreign host' })
    expect(refuseUpgrade(upgrade({ host: 'localhost:5123' }), SECRET, ORIGIN)?.status).toBe(421)
    expect(refuseUpgrade(upgrade({ origin: 'http://evil.example' }), SECRET, ORIGIN)).toMatchObject({ status: 401, reason: 'foreign origin' })
    expect(refuseUpgrade(upgrade({ 'sec-websocket-protocol': `${KEY_PROTOCOL_PREFIX}${SECRET}` }), SECRET, ORIGIN)?.reason).toBe('missing protocol')
    expect(refuseUpgrade(upgrade({ 'sec-websocket-protocol': WIRE_PROTOCOL }), SECRET, ORIGIN)?.reason).toBe('missing or wrong secret')
  })

  it('matches the Host header exactly', () => {
    expect(isOwnHost('127.0.0.1:5123', ORIGIN)).toBe(true)
    expect(isOwnHost('127.0.0.1:5124', ORIGIN)).toBe(false)
    expect(isOwnHost('127.0.0.1', ORIGIN)).toBe(false)
    expect(isOwnHost(undefined, ORIGIN)).toBe(false)
  })

  it('tells a window over the cap how many are open and what to do', () => {
    expect(tooManyClients(MAX_CLIENTS)).toMatchObject({ status: 503, body: expect.stringContaining(`already serves ${MAX_CLIENTS} windows`) })
  })
})

describe('a raw HTTP answer', () => {
  it('is a complete response with the security headers and an exact length', () => {
    const text = rawHttpResponse(503, 'close one — 一个')
    const [head, body] = text.split('\r\n\r\n')
    expect(head).toMatch(/^HTTP\/1\.1 503 Service Unavailable\r\n/)
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(head).toContain(`\r\n${name}: ${value}`)
    expect(head).toContain(`content-length: ${Buffer.byteLength('close one — 一个')}`)
    expect(head).toContain('connection: close')
    expect(body).toBe('close one — 一个')
  })
})
