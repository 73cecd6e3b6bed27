import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { AkuvoxTokens } from '../../../src/main/clouds/akuvox'
import { type AkuvoxHarness, type SiteSnapshot, failureOf, siteOf, startAkuvoxHarness } from '../../helpers/akuvox'

interface Stats {
  readonly commands: Record<string, number>
  readonly tokens: { grants: number; refreshes: number; refusedRefreshes: number }
}

let h: AkuvoxHarness
let site: SiteSnapshot
const stats = (): Promise<Stats> => h.admin<Stats>('GET', 'stats')

beforeAll(async () => {
  h = await startAkuvoxHarness(51)
  site = await siteOf(h)
})
afterAll(() => h.close())
afterEach(() => h.sandbox.faults.reset())

const info = () => ({ projectId: site.projectId })

describe('token lifecycle', () => {
  it('signs in once for many concurrent calls (single-flight)', async () => {
    const c = h.makeClient()
    const before = await stats()
    await Promise.all(Array.from({ length: 8 }, () => c.client.getProjectInfo(info())))
    expect((await stats()).tokens.grants).toBe(before.tokens.grants + 1)
    expect(c.sent.filter((s) => s.command === null)).toHaveLength(1)
  })

  it('survives a token that expires mid-run: refreshes once and retries the call once', async () => {
    const c = h.makeClient()
    await c.client.getProjectInfo(info())
    const before = await stats()
    await h.admin('POST', 'tokens/expire')
    await expect(c.client.getProjectInfo(info())).resolves.toMatchObject({ projectName: 'Harbour View Residences' })
    const after = await stats()
    expect(after.tokens.refreshes).toBe(before.tokens.refreshes + 1)
    expect(after.tokens.grants).toBe(before.tokens.grants)
    expect(c.sent.map((s) => s.command ?? 'token')).toEqual(['token', 'get_project_info', 'get_project_info', 'token', 'get_project_info'])
  })

  it('survives early token expiry injected as a fault', async () => {
    h.sandbox.faults.update({ tokenTtlSeconds: 1 })
    const c = h.makeClient()
    await c.client.getProjectInfo(info())
    await h.admin('POST', 'clock/advance', { ms: 1_500 })
    await expect(c.client.getAccessGroupDeviceList(info())).resolves.toHaveLength(site.devices.length)
    expect(c.sent.filter((s) => s.command === null)).toHaveLength(2)
  })

  it('refreshes ahead of expiry, without a refused call', async () => {
    let offset = 0
    const c = h.makeClient({ now: () => Date.now() + offset })
    await c.client.getProjectInfo(info())
    offset = 3_600_000 - 30_000
    await c.client.getProjectInfo(info())
    expect(c.sent.map((s) => s.command ?? 'token')).toEqual(['token', 'get_project_info', 'token', 'get_project_info'])
    expect(c.tokens).toHaveLength(2)
    expect(c.tokens[1]?.refreshToken).not.toBe(c.tokens[0]?.refreshToken)
  })

  it('signs in again when the refresh is refused', async () => {
    const c = h.makeClient()
    await c.client.getProjectInfo(info())
    const before = await stats()
    await h.admin('POST', 'tokens/revoke')
    await expect(c.client.getProjectInfo(info())).resolves.toBeTruthy()
    const after = await stats()
    expect(after.tokens.refusedRefreshes).toBe(before.tokens.refusedRefreshes + 1)
    expect(after.tokens.grants).toBe(before.tokens.grants + 1)
  })

  it('reuses saved tokens and reports sign-out', async () => {
    const first = h.makeClient()
    await first.client.getProjectInfo(info())
    const saved = first.tokens.at(-1) as AkuvoxTokens
    const before = await stats()
    const second = h.makeClient({ tokens: saved })
    await second.client.getProjectInfo(info())
    expect((await stats()).tokens.grants).toBe(before.tokens.grants)
    second.client.signOut()
    expect(second.tokens.at(-1)).toBeNull()
    await second.client.getProjectInfo(info())
    expect((await stats()).tokens.grants).toBe(before.tokens.grants + 1)
  })

  it('works with the client_credentials grant, which has no refresh token', async () => {
    const c = h.makeClient({ credentials: { grant: 'client_credentials', username: undefined, password: undefined } })
    await c.client.getProjectInfo(info())
    expect(c.tokens[0]?.refreshToken).toBeNull()
  })

  it('never writes a token or secret to the log', async () => {
    const c = h.makeClient()
    await h.admin('POST', 'tokens/expire')
    await c.client.getProjectInfo(info())
    await h.admin('POST', 'tokens/expire')
    await c.client.getProjectInfo(info())
    const secrets = [h.info.clientSecret, h.info.password, ...c.tokens.flatMap((t) => [t?.accessToken, t?.refreshToken])].filter(
      (s): s is string => typeof s === 'string',
    )
    expect(secrets.length).toBeGreaterThan(4)
    const log = c.lines.join('\n')
    expect(c.lines.length).toBeGreaterThan(3)
    for (const secret of secrets) expect(log).not.toContain(secret)
  })
})

describe('sign-in failures', () => {
  it('reports wrong credentials as a non-retryable auth error', async () => {
    const c = h.makeClient({ credentials: { password: 'wrong' } })
    const error = await failureOf(c.client.getProjectInfo(info()))
    expect(error).toMatchObject({ code: 'auth', messageKey: 'errors.akuvox.signInFailed', retryable: false, vendor: { code: 'invalid_grant' } })
  })

  it('refuses a password grant without a user name before any request', () => {
    expect(() => h.makeClient({ credentials: { username: undefined } })).toThrowError(
      expect.objectContaining({ error: expect.objectContaining({ code: 'invalid_input' }) }),
    )
  })
})

describe('token endpoint (raw)', () => {
  const grant = () => ({
    grant_type: 'password',
    scope: 'manager',
    client_id: h.info.clientId,
    client_secret: h.info.clientSecret,
    username: h.info.username,
    password: h.info.password,
  })
  const refresh = (token: string) => ({ grant_type: 'refresh_token', client_id: h.info.clientId, client_secret: h.info.clientSecret, refresh_token: token })
  const probe = { command: 'get_project_list', id: 'c1', param: { page_size: 1, page_index: 1 } }

  it('lets a refresh token work exactly once and retires the access token it came with', async () => {
    const first = (await h.form(grant())).json.result as { access_token: string; refresh_token: string; expires_in: number; token_type: string }
    expect(first).toMatchObject({ token_type: 'bearer', expires_in: 3600 })
    expect(first.access_token).toMatch(/^a[0-9a-f]{32}$/)
    const rotated = await h.form(refresh(first.refresh_token))
    expect(rotated.json.success).toBe(true)
    const again = await h.form(refresh(first.refresh_token))
    expect(again).toMatchObject({ status: 400, json: { success: false, result: { code: 'invalid_grant' } } })
    expect((await h.raw(probe, { token: first.access_token })).status).toBe(401)
    const second = rotated.json.result as { access_token: string }
    expect((await h.raw(probe, { token: second.access_token })).json.success).toBe(true)
  })

  it('refuses a missing, unknown or expired bearer with HTTP 401', async () => {
    expect(await h.raw(probe, { token: null })).toMatchObject({ status: 401, json: { success: false, result: { code: 'unauthorized' } } })
    expect(await h.raw(probe, { token: 'a0000' })).toMatchObject({ status: 401, json: { result: { code: 'unauthorized' } } })
    const token = await h.token()
    await h.admin('POST', 'tokens/expire')
    expect(await h.raw(probe, { token })).toMatchObject({ status: 401, json: { result: { code: 'token_expired' } } })
  })

  it('refuses bad grants clearly', async () => {
    expect((await h.form({ ...grant(), client_secret: 'nope' })).json).toMatchObject({ success: false, result: { code: 'invalid_client' } })
    expect((await h.form({ ...grant(), scope: 'user' })).json).toMatchObject({ result: { code: 'invalid_request' } })
    expect((await h.form({ ...grant(), grant_type: 'authorization_code' })).json).toMatchObject({ result: { code: 'unsupported_grant_type' } })
    expect((await h.form({ ...grant(), expires_in: 'soon' })).json).toMatchObject({ result: { code: 'invalid_request' } })
    const custom = await h.form({ ...grant(), expires_in: '600' })
    expect(custom.json.result).toMatchObject({ expires_in: 600 })
  })
})
