import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startAdminServer } from '../src/admin'
import { type TuyaSandbox, startTuyaSandbox } from '../src/tuya'
import { rawCall, rawToken } from './signed-call'

const PERSONS = '/v1.0/iot-02/building/personnel'
const ACCESS_AUTH = '/v1.0/iot-02/building/access-auth'

const start = () => startTuyaSandbox({ seed: 7, scale: 'small', sendFailureRate: 0 })
let sandbox: TuyaSandbox
let token: string

beforeAll(async () => {
  sandbox = await start()
})
afterAll(() => sandbox.close())
// A token of each test's own: a test that expires tokens leaves none valid for the next.
beforeEach(async () => {
  token = (await rawToken(sandbox)).accessToken
})

describe('Tuya sandbox gateway: as strict as the real one', () => {
  it('accepts a correctly signed business call, HTTP 200 with the success envelope', async () => {
    const answer = await rawCall(sandbox, { method: 'GET', path: PERSONS, query: { project_id: sandbox.info.projectId, page_size: '2' }, accessToken: token })
    expect(answer.status).toBe(200)
    expect(answer.json).toMatchObject({ success: true, t: expect.any(Number), tid: expect.any(String) })
    expect((answer.json.result as { list: unknown[] }).list).toHaveLength(2)
  })

  it('rejects one changed body byte (1004)', async () => {
    const body = JSON.stringify({ projectId: sandbox.info.projectId, page: 1, pageSize: 5 })
    const ok = await rawCall(sandbox, { method: 'POST', path: ACCESS_AUTH, body, accessToken: token })
    expect(ok.json.success).toBe(true)
    const answer = await rawCall(sandbox, {
      method: 'POST',
      path: ACCESS_AUTH,
      body,
      accessToken: token,
      tamper: (req) => {
        req.body = req.body.replace('"pageSize":5', '"pageSize":6')
      },
    })
    expect(answer).toMatchObject({ status: 200, json: { success: false, code: 1004 } })
  })

  it('rejects one changed query value (1004)', async () => {
    const answer = await rawCall(sandbox, {
      method: 'GET',
      path: PERSONS,
      query: { project_id: sandbox.info.projectId, page_size: '2' },
      accessToken: token,
      tamper: (req) => {
        req.url = req.url.replace('page_size=2', 'page_size=3')
      },
    })
    expect(answer.json).toMatchObject({ success: false, code: 1004 })
  })

  it('rejects a changed timestamp (1004) and one outside the window (1013)', async () => {
    const changed = await rawCall(sandbox, {
      method: 'GET',
      path: PERSONS,
      accessToken: token,
      tamper: (req) => {
        req.headers.t = String(Number(req.headers.t) + 1)
      },
    })
    expect(changed.json).toMatchObject({ success: false, code: 1004 })
    const stale = await rawCall(sandbox, { method: 'GET', path: PERSONS, accessToken: token, t: sandbox.control.now() - 16 * 60_000 })
    expect(stale.json).toMatchObject({ success: false, code: 1013, t: expect.any(Number) })
  })

  it('rejects a changed token: signed for another (1004), unknown (1011), missing (1002)', async () => {
    const swapped = await rawCall(sandbox, {
      method: 'GET',
      path: PERSONS,
      accessToken: token,
      tamper: (req) => {
        req.headers.access_token = `${token.slice(0, -1)}${token.endsWith('0') ? '1' : '0'}`
      },
    })
    expect(swapped.json).toMatchObject({ success: false, code: 1004 })
    const unknown = await rawCall(sandbox, { method: 'GET', path: PERSONS, accessToken: 'f'.repeat(32) })
    expect(unknown.json.code).toBe(1011)
    const missing = await rawCall(sandbox, { method: 'GET', path: PERSONS })
    expect(missing.json.code).toBe(1002)
  })

  it('rejects a wrong secret (1004), an unknown client id (1005) and missing headers (1105)', async () => {
    const wrongSecret = await rawCall(sandbox, {
      method: 'GET',
      path: PERSONS,
      accessToken: token,
      tamper: (req) => {
        req.headers.sign = req.headers.sign?.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')) ?? ''
      },
    })
    expect(wrongSecret.json.code).toBe(1004)
    const client = await rawCall(sandbox, { method: 'GET', path: PERSONS, accessToken: token, headers: { client_id: 'someoneelse' } })
    expect(client.json.code).toBe(1005)
    const noSign = await rawCall(sandbox, {
      method: 'GET',
      path: PERSONS,
      accessToken: token,
      tamper: (req) => {
        delete req.headers.sign
      },
    })
    expect(noSign.json.code).toBe(1105)
  })

  it('verifies Signature-Headers when the client signs extra headers', async () => {
    const answer = await rawCall(sandbox, {
      method: 'GET',
      path: PERSONS,
      accessToken: token,
      headers: { 'Signature-Headers': 'area_id', area_id: 'x1' },
    })
    // Signed without the header line, but the request names one: the rebuilt string differs.
    expect(answer.json.code).toBe(1004)
  })

  it('answers 1108 for an unknown path or method, 1100/1109 for missing or wrongly typed params, 1106 for another project', async () => {
    const path = await rawCall(sandbox, { method: 'GET', path: '/v1.0/iot-02/building/nothing-here', accessToken: token })
    expect(path.json.code).toBe(1108)
    const method = await rawCall(sandbox, { method: 'PUT', path: ACCESS_AUTH, body: '{}', accessToken: token })
    expect(method.json.code).toBe(1108)
    const missing = await rawCall(sandbox, { method: 'POST', path: ACCESS_AUTH, body: '{}', accessToken: token })
    expect(missing.json).toMatchObject({ code: 1100, msg: expect.stringContaining('projectId') })
    const wrongType = await rawCall(sandbox, {
      method: 'POST',
      path: `${ACCESS_AUTH}-issue/actions/full`,
      body: JSON.stringify({ projectId: sandbox.info.projectId, authIssueCertificate: 'card', channelIds: ['1'] }),
      accessToken: token,
    })
    expect(wrongType.json.code).toBe(1109)
    const badPage = await rawCall(sandbox, { method: 'GET', path: PERSONS, query: { page: 'one' }, accessToken: token })
    expect(badPage.json.code).toBe(1109)
    const project = await rawCall(sandbox, { method: 'POST', path: ACCESS_AUTH, body: JSON.stringify({ projectId: '999' }), accessToken: token })
    expect(project.json.code).toBe(1106)
  })

  it('accepts inputs in either casing', async () => {
    const camel = await rawCall(sandbox, {
      method: 'POST',
      path: ACCESS_AUTH,
      body: JSON.stringify({ projectId: sandbox.info.projectId, pageSize: 3 }),
      accessToken: token,
    })
    const snake = await rawCall(sandbox, {
      method: 'POST',
      path: ACCESS_AUTH,
      body: JSON.stringify({ project_id: sandbox.info.projectId, page_size: 3 }),
      accessToken: token,
    })
    expect((camel.json.result as { list: unknown[] }).list).toHaveLength(3)
    expect(snake.json.result).toEqual(camel.json.result)
  })

  it('answers snake_case by default and camelCase when switched (admin route)', async () => {
    const query = { project_id: sandbox.info.projectId, page_size: '1' }
    const snake = await rawCall(sandbox, { method: 'GET', path: PERSONS, query, accessToken: token })
    expect(Object.keys((snake.json.result as { list: object[] }).list[0] ?? {})).toContain('person_id')
    expect(await sandbox.handleAdmin('POST', ['casing'], { casing: 'camel' })).toMatchObject({ status: 200 })
    const camel = await rawCall(sandbox, { method: 'GET', path: PERSONS, query, accessToken: token })
    expect(Object.keys((camel.json.result as { list: object[] }).list[0] ?? {})).toContain('personId')
    await sandbox.handleAdmin('POST', ['casing'], { casing: 'snake' })
  })

  it('token endpoint: grant_type required (1100) and must be 1 (1003); refresh token works once (1012 after)', async () => {
    expect((await rawCall(sandbox, { method: 'GET', path: '/v1.0/token' })).json.code).toBe(1100)
    expect((await rawCall(sandbox, { method: 'GET', path: '/v1.0/token', query: { grant_type: '2' } })).json.code).toBe(1003)
    const pair = await rawToken(sandbox)
    const first = await rawCall(sandbox, { method: 'GET', path: `/v1.0/token/${pair.refreshToken}` })
    expect(first.json).toMatchObject({
      success: true,
      result: { access_token: expect.any(String), refresh_token: expect.any(String), expire_time: 7200, uid: expect.any(String) },
    })
    const second = await rawCall(sandbox, { method: 'GET', path: `/v1.0/token/${pair.refreshToken}` })
    expect(second.json).toMatchObject({ success: false, code: 1012 })
    // The access token the refresh replaced is refreshed away.
    expect((await rawCall(sandbox, { method: 'GET', path: PERSONS, accessToken: pair.accessToken })).json.code).toBe(1012)
    const fresh = (first.json.result as { access_token: string }).access_token
    expect((await rawCall(sandbox, { method: 'GET', path: PERSONS, accessToken: fresh })).json.success).toBe(true)
  })

  it('expires tokens (1010) through the admin route and after their lifetime on the sandbox clock', async () => {
    const pair = await rawToken(sandbox)
    expect(await sandbox.handleAdmin('POST', ['tokens', 'expire'], {})).toMatchObject({ status: 200 })
    expect((await rawCall(sandbox, { method: 'GET', path: PERSONS, accessToken: pair.accessToken })).json.code).toBe(1010)
    const later = await rawToken(sandbox)
    await sandbox.handleAdmin('POST', ['clock', 'advance'], { ms: 7200_000 })
    expect((await rawCall(sandbox, { method: 'GET', path: PERSONS, accessToken: later.accessToken })).json.code).toBe(1010)
  })

  it('renders injected faults: 1110 envelope, HTTP 500, dropped connection', async () => {
    sandbox.faults.enqueue({ kind: 'rate_limit', match: 'personnel' })
    expect((await rawCall(sandbox, { method: 'GET', path: PERSONS, accessToken: token })).json).toMatchObject({ success: false, code: 1110 })
    sandbox.faults.enqueue({ kind: 'server_error', match: 'personnel' })
    expect((await rawCall(sandbox, { method: 'GET', path: PERSONS, accessToken: token })).status).toBe(500)
    sandbox.faults.enqueue({ kind: 'drop', match: 'personnel' })
    await expect(rawCall(sandbox, { method: 'GET', path: PERSONS, accessToken: token })).rejects.toThrow()
    sandbox.faults.update({ rateLimitPerSecond: 1 })
    const burst = await Promise.all([1, 2, 3].map(() => rawCall(sandbox, { method: 'GET', path: PERSONS, accessToken: token })))
    expect(burst.map((a) => a.json.code ?? 0)).toContain(1110)
    sandbox.faults.reset()
  })

  it('serves admin state, journal and validates admin input', async () => {
    const state = await sandbox.handleAdmin('GET', ['state'], undefined)
    expect(state?.body).toMatchObject({ projectId: sandbox.info.projectId, counts: { persons: expect.any(Number), channels: expect.any(Number) } })
    const journal = await sandbox.handleAdmin('GET', ['journal'], undefined)
    expect(Array.isArray(journal?.body)).toBe(true)
    expect((await sandbox.handleAdmin('POST', ['sends'], { failureRate: 2 }))?.status).toBe(400)
    expect((await sandbox.handleAdmin('POST', ['devices', 'nope', 'online'], { online: false }))?.status).toBe(404)
    expect((await sandbox.handleAdmin('POST', ['persons', 'nope', 'send-failure'], { part: 'face' }))?.status).toBe(404)
    expect((await sandbox.handleAdmin('POST', ['persons', 'nope', 'send-failure'], { part: 'fingerprint' }))?.status).toBe(400)
    expect(await sandbox.handleAdmin('GET', ['nothing'], undefined)).toBeNull()
  })

  it('reads POST parameters from the body only, not from the query string', async () => {
    const answer = await rawCall(sandbox, { method: 'POST', path: ACCESS_AUTH, query: { project_id: sandbox.info.projectId }, body: '{}', accessToken: token })
    expect(answer.json).toMatchObject({ success: false, code: 1100 })
  })

  it('is driven over HTTP by the shared admin server (/faults/tuya and /tuya/…)', async () => {
    const admin = await startAdminServer({ tuya: sandbox })
    try {
      const post = (path: string, body: unknown) => fetch(`${admin.baseUrl}${path}`, { method: 'POST', body: JSON.stringify(body) })
      const before = sandbox.control.now()
      expect((await post('/tuya/clock/advance', { ms: 60_000 })).status).toBe(200)
      expect(sandbox.control.now() - before).toBeGreaterThanOrEqual(60_000)
      expect((await post('/faults/tuya', { tokenTtlSeconds: 5 })).status).toBe(200)
      const short = await rawCall(sandbox, { method: 'GET', path: '/v1.0/token', query: { grant_type: '1' } })
      expect(short.json.result).toMatchObject({ expire_time: 5 })
      const state = (await (await fetch(`${admin.baseUrl}/tuya/state`)).json()) as { projectId: string }
      expect(state.projectId).toBe(sandbox.info.projectId)
    } finally {
      sandbox.faults.reset()
      await admin.close()
    }
  })

  it('is deterministic from the seed: same ids and credentials', async () => {
    const again = await start()
    try {
      expect(again.info.accessId).toBe(sandbox.info.accessId)
      expect(again.info.projectId).toBe(sandbox.info.projectId)
      const firstPage = async (s: TuyaSandbox) => {
        const answer = await rawCall(s, {
          method: 'GET',
          path: PERSONS,
          query: { project_id: s.info.projectId, page_size: '5' },
          accessToken: (await rawToken(s)).accessToken,
        })
        return (answer.json.result as { list: { person_id: string }[] }).list.map((p) => p.person_id)
      }
      const ids = await firstPage(again)
      expect(ids).toHaveLength(5)
      expect(ids).toEqual(await firstPage(sandbox))
    } finally {
      await again.close()
    }
  })
})
