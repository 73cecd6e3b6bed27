import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { createAkuvoxClient } from '../../../src/main/clouds/akuvox'
import { HttpTransport } from '../../../src/main/clouds/http'
import { silentLogger } from '../../../src/main/log/logger'
import type { AkuvoxAccessGroupInput } from '../../../src/shared/domain/akuvox'
import {
  type AkuvoxHarness,
  type ClientHarness,
  type SiteSnapshot,
  type StateDevice,
  type StateGroup,
  type StateStaff,
  allDoorsOf,
  failureOf,
  siteOf,
  startAkuvoxHarness,
} from '../../helpers/akuvox'
import { VirtualClock } from '../../helpers/virtual-clock'

let h: AkuvoxHarness
let c: ClientHarness
let site: SiteSnapshot

beforeAll(async () => {
  h = await startAkuvoxHarness(61)
  c = h.makeClient()
  site = await siteOf(h)
})
afterAll(() => h.close())
afterEach(() => h.sandbox.faults.reset())

const groupInput = (name: string): AkuvoxAccessGroupInput => ({
  projectId: site.projectId,
  accessGroupName: name,
  devices: [allDoorsOf(site.devices[0] as StateDevice)],
  repeatMode: 'daily',
  startTime: '06:00:00',
  finishTime: '20:00:00',
})
const groupsNamed = async (name: string): Promise<StateGroup[]> => (await h.admin<StateGroup[]>('GET', 'state/access-groups')).filter((g) => g.name === name)
const staffNamed = async (name: string): Promise<StateStaff[]> => (await h.admin<StateStaff[]>('GET', 'state/staff')).filter((s) => s.name === name)
const sentCount = (command: string): number => c.sent.filter((s) => s.command === command).length
/** Turns the event loop (real I/O goes on) until the condition holds. */
const until = async (condition: () => boolean): Promise<void> => {
  while (!condition()) await new Promise((resolve) => setImmediate(resolve))
}

describe('creates are never duplicated', () => {
  it.each(['drop', 'server_error'] as const)('an access group whose answer is lost (%s after applying) is found, not created again', async (kind) => {
    const name = `Lost answer ${kind}`
    const sentBefore = sentCount('create_access_group_info')
    h.sandbox.faults.enqueue({ kind, when: 'after', match: 'manager-commands/create_access_group_info' })
    const { accessGroupId } = await c.client.createAccessGroup(groupInput(name))
    const made = await groupsNamed(name)
    expect(made.map((g) => g.id)).toEqual([accessGroupId])
    expect(sentCount('create_access_group_info') - sentBefore).toBe(1)
  })

  it('an access group whose request never arrived (dropped before) is created on the second try', async () => {
    const sentBefore = sentCount('create_access_group_info')
    h.sandbox.faults.enqueue({ kind: 'drop', when: 'before', match: 'manager-commands/create_access_group_info' })
    const { accessGroupId } = await c.client.createAccessGroup(groupInput('Dropped request'))
    expect((await groupsNamed('Dropped request')).map((g) => g.id)).toEqual([accessGroupId])
    expect(sentCount('create_access_group_info') - sentBefore).toBe(2)
  })

  it('a same-named group with other doors is not mistaken for ours', async () => {
    const other = site.devices.find((d) => d.relays.length > 0 && d.id !== site.devices[0]?.id) as StateDevice
    await c.client.createAccessGroup({ ...groupInput('Twin'), devices: [allDoorsOf(other)] })
    h.sandbox.faults.enqueue({ kind: 'server_error', when: 'before', match: 'manager-commands/create_access_group_info' })
    const { accessGroupId } = await c.client.createAccessGroup(groupInput('Twin'))
    const twins = await groupsNamed('Twin')
    expect(twins).toHaveLength(2)
    expect(twins.find((g) => g.id === accessGroupId)?.doors[0]?.deviceId).toBe(site.devices[0]?.id)
  })

  it('a staff access whose answer is lost is found, not created again', async () => {
    const group = site.groups[0] as StateGroup
    h.sandbox.faults.enqueue({ kind: 'drop', when: 'after', match: 'manager-commands/create_staff_access_info' })
    const { staffAccessId } = await c.client.createStaffAccess({
      projectId: site.projectId,
      staffAccessName: 'Lost staff',
      pinCodes: ['97531'],
      accessGroupIds: [group.id],
    })
    expect((await staffNamed('Lost staff')).map((s) => s.id)).toEqual([staffAccessId])
  })

  it('gives up after three unclear attempts, having created nothing twice', async () => {
    for (let i = 0; i < 3; i++) h.sandbox.faults.enqueue({ kind: 'drop', when: 'before', match: 'manager-commands/create_access_group_info' })
    const error = await failureOf(c.client.createAccessGroup(groupInput('Never')))
    expect(error.code).toBe('network')
    expect(await groupsNamed('Never')).toEqual([])
  })

  it('says the outcome is unknown when the lookup fails too', async () => {
    h.sandbox.faults.enqueue(
      { kind: 'drop', when: 'after', match: 'manager-commands/create_access_group_info' },
      ...Array.from({ length: 3 }, () => ({ kind: 'server_error' as const, match: 'manager-commands/get_access_group_list' })),
    )
    const error = await failureOf(c.client.createAccessGroup(groupInput('Unconfirmed')))
    expect(error).toMatchObject({ code: 'network', messageKey: 'errors.akuvox.createUnconfirmed', params: { name: 'Unconfirmed' } })
    expect(await groupsNamed('Unconfirmed')).toHaveLength(1)
  })
})

describe('retries and throttling', () => {
  it('retries reads through 5xx and dropped connections', async () => {
    h.sandbox.faults.enqueue({ kind: 'server_error', match: 'get_project_info' }, { kind: 'drop', match: 'get_project_info' })
    const sent = sentCount('get_project_info')
    await expect(c.client.getProjectInfo({ projectId: site.projectId })).resolves.toMatchObject({ projectName: 'Harbour View Residences' })
    expect(sentCount('get_project_info') - sent).toBe(3)
  })

  it('does not retry a failed delete blindly', async () => {
    const { accessGroupId } = await c.client.createAccessGroup(groupInput('Delete under 5xx'))
    h.sandbox.faults.enqueue({ kind: 'server_error', match: 'manager-commands/delete_access_group_info' })
    const error = await failureOf(c.client.deleteAccessGroup({ projectId: site.projectId, accessGroupId }))
    expect(error).toMatchObject({ code: 'server', retryable: true })
    expect(sentCount('delete_access_group_info')).toBe(1)
  })

  it('honours Retry-After on a 429, for reads and for writes', async () => {
    h.sandbox.faults.enqueue(
      { kind: 'rate_limit', retryAfterSeconds: 1, match: 'manager-commands/get_staff_access_list' },
      { kind: 'rate_limit', retryAfterSeconds: 1, match: 'manager-commands/create_staff_access_info' },
    )
    const group = site.groups[0] as StateGroup
    // The transport and its rate limiter run on a clock that moves only when they wait, so the
    // gap between two sends is the wait the client chose.
    const throttled = h.makeClient({ clock: new VirtualClock() })
    const page = await throttled.client.getStaffAccessList({ projectId: site.projectId, pageSize: 5, pageIndex: 1 })
    // A throttled write also waits in the command runner, on a timer: faked, and run once the
    // runner says how long it waits.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    try {
      const creating = throttled.client.createStaffAccess({ projectId: site.projectId, staffAccessName: 'Throttled', accessGroupIds: [group.id] })
      await until(() => throttled.lines.some((l) => l.includes('akuvox write throttled, waiting')))
      const { delayMs } = JSON.parse(throttled.lines.find((l) => l.includes('akuvox write throttled, waiting')) ?? '{}') as { delayMs: number }
      expect(delayMs).toBeGreaterThanOrEqual(1000)
      vi.advanceTimersByTime(delayMs)
      vi.useRealTimers()
      const created = await creating
      expect((await staffNamed('Throttled')).map((s) => s.id)).toEqual([created.staffAccessId])
    } finally {
      vi.useRealTimers()
    }
    expect(page.items.length).toBeGreaterThan(0)
    for (const command of ['get_staff_access_list', 'create_staff_access_info']) {
      const times = throttled.sent.filter((s) => s.command === command).map((s) => s.at)
      expect(times).toHaveLength(2)
      expect((times[1] ?? 0) - (times[0] ?? 0)).toBeGreaterThanOrEqual(1000)
    }
  })

  it('reports a 429 that outlasts the retries as rate_limited with the wait', async () => {
    h.sandbox.faults.enqueue(...Array.from({ length: 3 }, () => ({ kind: 'rate_limit' as const, retryAfterSeconds: 0, match: 'get_project_list' })))
    const error = await failureOf(c.client.getProjectList({ pageSize: 1, pageIndex: 1 }))
    expect(error).toMatchObject({ code: 'rate_limited', retryable: true, vendor: { code: 'rate_limited' } })
  })

  it('cancels through an AbortSignal', async () => {
    h.sandbox.faults.update({ latencyMs: 300 })
    const controller = new AbortController()
    const pending = failureOf(c.client.getProjectInfo({ projectId: site.projectId }, { signal: controller.signal }))
    setTimeout(() => controller.abort(), 20)
    expect((await pending).code).toBe('cancelled')
  })

  it('times out a call the server does not answer in time', async () => {
    h.sandbox.faults.update({ latencyMs: 200 })
    const client = createAkuvoxClient({
      baseUrl: h.info.baseUrl,
      credentials: { clientId: h.info.clientId, clientSecret: h.info.clientSecret, grant: 'client_credentials' },
      transport: new HttpTransport({
        fetch: (url, init) => fetch(url, init),
        logger: silentLogger,
        defaultTimeoutMs: 50,
        retry: { maxAttempts: 1, baseDelayMs: 1, maxDelayMs: 1 },
      }),
      logger: silentLogger,
    })
    expect((await failureOf(client.getProjectInfo({ projectId: site.projectId }))).code).toBe('timeout')
  })
})

describe('bad input never crashes the sandbox or the client', () => {
  const answers: [string, string | object, string, string][] = [
    ['malformed JSON', '{"command": "get_project_list", "id": ', 'invalid_request', 'body is not valid JSON (38 bytes)'],
    ['a JSON array body', '[1, 2]', 'invalid_request', 'body must be a JSON object {command, id, param}'],
    ['a missing command', { id: 'c1', param: {} }, 'invalid_request', 'command is required (String)'],
    ['an empty id', { command: 'get_project_list', id: '', param: {} }, 'invalid_request', 'id is required (non-empty String)'],
    ['param as an array', { command: 'get_project_list', id: 'c1', param: [] }, 'invalid_request', 'param is required (Object)'],
    ['an unknown command', { command: 'get_device_list', id: 'c1', param: {} }, 'unknown_command', 'unknown command get_device_list'],
    ['a missing param', { command: 'get_project_list', id: 'c1', param: { page_size: 10 } }, 'invalid_param', 'param.page_index is required'],
    [
      'a wrong type',
      { command: 'get_project_list', id: 'c1', param: { page_size: 10, page_index: '1' } },
      'invalid_param',
      'param.page_index must be an Integer',
    ],
    [
      'a fractional page',
      { command: 'get_project_list', id: 'c1', param: { page_size: 1.5, page_index: 1 } },
      'invalid_param',
      'param.page_size must be an Integer',
    ],
    [
      'an oversized page',
      { command: 'get_project_list', id: 'c1', param: { page_size: 10_000, page_index: 1 } },
      'invalid_param',
      'param.page_size must be at most 500',
    ],
    [
      'a nested wrong type',
      { command: 'batch_delete_staff_access_info', id: 'c1', param: { project_id: 'p1', staff_accesses: [{ staff_access_id: 7 }] } },
      'invalid_param',
      'param.staff_accesses[0].staff_access_id must be a String',
    ],
    [
      'a bad enum',
      { command: 'get_import_result', id: 'c1', param: { project_id: 'p1', import_type: 'everything', task_id: 't1' } },
      'invalid_param',
      'param.import_type must be one of user_info, user_pin_code_and_rf_card_access_info, user_face_access_info, staff_access_info',
    ],
  ]

  it.each(answers)('%s gets a clear failure with HTTP 200', async (_, body, code, message) => {
    const answer = await h.raw(body)
    expect(answer.status).toBe(200)
    expect(answer.json).toMatchObject({ success: false, result: { code, message } })
    expect(typeof answer.json.timestamp).toBe('number')
  })

  it('refuses a non-JSON content type, and still serves afterwards', async () => {
    const answer = await h.raw({ command: 'get_project_list', id: 'c1', param: { page_size: 1, page_index: 1 } }, { contentType: 'text/plain' })
    expect(answer.json).toMatchObject({ success: false, result: { code: 'invalid_request' } })
    await expect(c.client.getProjectList({ pageSize: 1, pageIndex: 1 })).resolves.toBeTruthy()
  })

  it('turns a non-API answer into a clear client error', async () => {
    const html = (): Promise<Response> => Promise.resolve(new Response('<html>captive portal</html>', { status: 200 }))
    const tokenAnswer = JSON.stringify({ success: true, timestamp: 1, result: { access_token: 'a-token-value', expires_in: 3600 } })
    const fakeFetch = (url: string): Promise<Response> => (url.endsWith('/oauth2/token') ? Promise.resolve(new Response(tokenAnswer)) : html())
    const client = createAkuvoxClient({
      baseUrl: 'https://api.ecloud.akubela.com',
      credentials: { clientId: 'c', clientSecret: 's', grant: 'client_credentials' },
      transport: new HttpTransport({ fetch: fakeFetch, logger: silentLogger }),
      logger: silentLogger,
    })
    const error = await failureOf(client.getProjectList({ pageSize: 1, pageIndex: 1 }))
    expect(error).toMatchObject({ code: 'not_a_cloud', messageKey: 'errors.akuvox.wrongServer' })
  })

  it('turns a result of the wrong shape into a clear client error', async () => {
    const odd = JSON.stringify({ success: true, timestamp: 1, result: [{ project_name: 'no id' }] })
    const tokenAnswer = JSON.stringify({ access_token: 'a-token-value', expires_in: 3600 })
    const client = createAkuvoxClient({
      baseUrl: 'https://api.ecloud.akubela.com',
      credentials: { clientId: 'c', clientSecret: 's', grant: 'client_credentials' },
      transport: new HttpTransport({ fetch: (url) => Promise.resolve(new Response(url.endsWith('/oauth2/token') ? tokenAnswer : odd)), logger: silentLogger }),
      logger: silentLogger,
    })
    const error = await failureOf(client.getProjectList({ pageSize: 1, pageIndex: 1 }))
    expect(error).toMatchObject({ code: 'server', messageKey: 'errors.akuvox.invalidResponse' })
    expect(error.detail).toContain('0.project_id')
  })

  it('names the place of a wrong item in a long list, which is checked a slice at a time', async () => {
    const projects = Array.from({ length: 450 }, (_, i) => (i === 437 ? { project_name: 'no id' } : { project_id: `p${i}`, project_name: `Site ${i}` }))
    const answer = (body: unknown): string => JSON.stringify({ success: true, timestamp: 1, result: body })
    const tokenAnswer = JSON.stringify({ access_token: 'a-token-value', expires_in: 3600 })
    const clientAnswering = (result: unknown) =>
      createAkuvoxClient({
        baseUrl: 'https://api.ecloud.akubela.com',
        credentials: { clientId: 'c', clientSecret: 's', grant: 'client_credentials' },
        transport: new HttpTransport({
          fetch: (url) => Promise.resolve(new Response(url.endsWith('/oauth2/token') ? tokenAnswer : answer(result))),
          logger: silentLogger,
        }),
        logger: silentLogger,
      })
    const error = await failureOf(clientAnswering(projects).getProjectList({ pageSize: 500, pageIndex: 1 }))
    expect(error).toMatchObject({ code: 'server', messageKey: 'errors.akuvox.invalidResponse' })
    expect(error.detail).toContain('437.project_id')
    const whole = projects.map((p, i) => (i === 437 ? { ...p, project_id: 'p437' } : p))
    const page = await clientAnswering({ list: whole, total: 450 }).getProjectList({ pageSize: 500, pageIndex: 1 })
    expect(page.items.map((p) => p.projectId)).toEqual(whole.map((p) => p.project_id))
    expect(page.total).toBe(450)
  })
})

describe('list shapes', () => {
  it('reads {list, total} pages as well as bare arrays, with bounded concurrency', async () => {
    const bare = []
    for await (const g of c.client.iterateAccessGroups(site.projectId, { pageSize: 2 })) bare.push(g.accessGroupId)
    await h.admin('POST', 'list-shape', { shape: 'object' })
    try {
      const sent = sentCount('get_access_group_list')
      const wrapped = []
      for await (const g of c.client.iterateAccessGroups(site.projectId, { pageSize: 2, concurrency: 3 })) wrapped.push(g.accessGroupId)
      expect(wrapped).toEqual(bare)
      // With a total, exactly the pages needed are fetched.
      expect(sentCount('get_access_group_list') - sent).toBe(Math.ceil(bare.length / 2))
      expect(await c.client.getAccessGroupDeviceList({ projectId: site.projectId })).toHaveLength(site.devices.length)
    } finally {
      await h.admin('POST', 'list-shape', { shape: 'array' })
    }
  })
})
