import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningDemoSites, startDemoSites } from '../src/demo'
import { expectedSign } from '../src/tuya/signature'

let demo: RunningDemoSites
beforeAll(async () => {
  demo = await startDemoSites()
})
afterAll(() => demo.close())

describe('the demo entry (what the app loads when a demo site opens)', () => {
  it('serves both clouds on loopback and nothing else: no admin server', () => {
    expect(Object.keys(demo.info).sort()).toEqual(['akuvox', 'tuya'])
    expect(new URL(demo.info.akuvox.baseUrl).hostname).toBe('127.0.0.1')
    expect(new URL(demo.info.tuya.baseUrl).hostname).toBe('127.0.0.1')
  })

  it('the Akuvox demo site signs in with its own credentials', async () => {
    const { baseUrl, clientId, clientSecret, username, password } = demo.info.akuvox
    const form = new URLSearchParams({ grant_type: 'password', scope: 'manager', client_id: clientId, client_secret: clientSecret, username, password })
    const answer = await fetch(`${baseUrl}/api/v1.0/invoke/open-ability/method/oauth2/token`, { method: 'POST', body: form })
    expect(answer.status).toBe(200)
    expect(await answer.json()).toMatchObject({ success: true, result: { access_token: expect.any(String), refresh_token: expect.any(String) } })
  })

  it('the Tuya demo site issues a token for a signed request, and refuses an unsigned one', async () => {
    const { baseUrl, accessId, accessSecret } = demo.info.tuya
    const target = '/v1.0/token?grant_type=1'
    const t = String(Date.now())
    const nonce = randomUUID()
    const headers = { client_id: accessId, t, nonce, sign_method: 'HMAC-SHA256' }
    const sign = expectedSign({ method: 'GET', target, headers, body: Buffer.alloc(0) }, accessId, accessSecret, '', t, nonce)
    const signed = await (await fetch(baseUrl + target, { headers: { ...headers, sign } })).json()
    expect(signed).toMatchObject({ success: true, result: { access_token: expect.any(String) } })
    const unsigned = await (await fetch(baseUrl + target, { headers })).json()
    expect(unsigned).toMatchObject({ success: false, code: expect.any(Number) })
  })
})
