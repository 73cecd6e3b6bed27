import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { TuyaOutcomeUnknown } from '../../../src/main/clouds/tuya'
import type { TuyaTokens } from '../../../src/shared/domain/tuya'
import { AppErrorException } from '../../../src/shared/errors'
import { type TuyaHarness, rawCall, startTuyaHarness } from '../../helpers/tuya'
import { failure } from '../../helpers/tuya-failure'

const PERSONS = '/v1.0/iot-02/building/personnel'
const FULL = '/v1.0/iot-02/building/access-auth-issue/actions/full'

let h: TuyaHarness

beforeEach(async () => {
  h = await startTuyaHarness()
})
afterEach(() => h.close())

/** Codes the sandbox answered on `path` since the journal mark, in order. */
function codes(path: string, since = 0): (number | null)[] {
  return h.sandbox.control
    .journal()
    .slice(since)
    .filter((e) => e.path === path)
    .map((e) => e.code)
}

function tokenCalls(since = 0): string[] {
  return h.sandbox.control
    .journal()
    .slice(since)
    .filter((e) => e.path.startsWith('/v1.0/token'))
    .map((e) => (e.path === '/v1.0/token' ? 'new' : 'refresh'))
}

async function firstChannel(): Promise<string> {
  const channel = (await h.client.listChannels({ pageSize: 1 })).items[0]
  if (!channel) throw new Error('no channel')
  return channel.channelId
}

describe('Tuya tokens', () => {
  it('concurrent first calls share one token fetch', async () => {
    await Promise.all([1, 2, 3, 4, 5].map(() => h.client.listPersons({ pageSize: 1 })))
    expect(tokenCalls()).toEqual(['new'])
  })

  it('survives a token that expires mid-run: one refresh, one retry', async () => {
    const seen: (TuyaTokens | null)[] = []
    const client = h.newClient({ onTokens: (t) => seen.push(t) })
    await client.listPersons({ pageSize: 1 })
    const mark = h.sandbox.control.journal().length
    h.sandbox.control.expireTokens()
    const page = await client.listPersons({ pageSize: 1 })
    expect(page.items).toHaveLength(1)
    expect(codes(PERSONS, mark)).toEqual([1010, 0])
    expect(tokenCalls(mark)).toEqual(['refresh'])
    expect(seen).toHaveLength(2)
    expect(seen[1]?.accessToken).not.toBe(seen[0]?.accessToken)
  })

  it('uses a refresh token only once: the old one is refused afterwards, and a refused refresh falls back to a new token', async () => {
    await h.client.listPersons({ pageSize: 1 })
    const before = h.client.tokens()
    h.sandbox.control.expireTokens()
    await h.client.listPersons({ pageSize: 1 })
    const reused = await rawCall(h.sandbox, { method: 'GET', path: `/v1.0/token/${before?.refreshToken}` })
    expect(reused.json).toMatchObject({ success: false, code: 1012 })
    // A client still holding that used refresh token (e.g. restored from an old vault copy).
    const mark = h.sandbox.control.journal().length
    const stale = h.newClient({ tokens: before ?? undefined })
    expect((await stale.listPersons({ pageSize: 1 })).items).toHaveLength(1)
    expect(codes(PERSONS, mark)).toEqual([1012, 0])
    expect(tokenCalls(mark)).toEqual(['new'])
  })

  it('refreshes early, before the server would refuse, using the expiry from the server clock', async () => {
    let shift = 0
    const client = h.newClient({ now: () => Date.now() + shift })
    await client.listPersons({ pageSize: 1 })
    const issued = client.tokens()
    expect(issued && issued.expiresAt - issued.issuedAt).toBe(7_200_000)
    const mark = h.sandbox.control.journal().length
    shift = 6_000_000
    h.sandbox.control.advance(6_000_000)
    await client.listPersons({ pageSize: 1 })
    expect(tokenCalls(mark)).toEqual(['refresh'])
    expect(codes(PERSONS, mark)).toEqual([0])
  })

  it('signs out by forgetting the tokens', async () => {
    const seen: (TuyaTokens | null)[] = []
    const client = h.newClient({ onTokens: (t) => seen.push(t) })
    await client.listPersons({ pageSize: 1 })
    client.signOut()
    expect(client.tokens()).toBeNull()
    expect(seen.at(-1)).toBeNull()
  })

  it('maps a rejected secret to an auth error with the Tuya code and tid', async () => {
    const client = h.newClient({ credentials: { accessId: h.sandbox.info.accessId, accessSecret: 'wrong-secret-0000000000000000000' } })
    const error = await client.listPersons().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AppErrorException)
    expect((error as AppErrorException).error).toMatchObject({
      code: 'auth',
      messageKey: 'errors.tuya.1004',
      retryable: false,
      vendor: { vendor: 'tuya', code: '1004', requestId: expect.stringMatching(/^[0-9a-f]{32}$/) },
    })
  })
})

describe('Tuya clock', () => {
  it.each([
    ['behind', -30 * 60_000],
    ['ahead', 30 * 60_000],
  ])('a client clock 30 minutes %s still gets answers (learns the offset from t)', async (_, skew) => {
    const client = h.newClient({ now: () => Date.now() + skew })
    expect((await client.listPersons({ pageSize: 2 })).items).toHaveLength(2)
    expect(codes('/v1.0/token')).toEqual([1013, 0])
    const mark = h.sandbox.control.journal().length
    await client.listAccessAuth({ pageSize: 1 })
    await client.listChannels({ pageSize: 1 })
    expect(
      h.sandbox.control
        .journal()
        .slice(mark)
        .map((e) => e.code),
    ).toEqual([0, 0])
  })
})

describe('Tuya throttling and transient failures', () => {
  it('backs off and retries reads on 1110, each attempt re-signed', async () => {
    await h.client.listPersons({ pageSize: 1 })
    const mark = h.sandbox.control.journal().length
    h.sandbox.faults.enqueue({ kind: 'rate_limit', match: 'personnel' }, { kind: 'rate_limit', match: 'personnel' })
    expect((await h.client.listPersons({ pageSize: 1 })).items).toHaveLength(1)
    expect(codes(PERSONS, mark)).toEqual([1110, 1110, 0])
    expect(h.logLines.filter((l) => l.includes('retrying tuya call') && l.includes('throttled'))).toHaveLength(2)
    const nonces = h.logLines
      .filter((l) => l.includes('"cloud call"') && l.includes('GET personnel'))
      .map((l) => (JSON.parse(l) as { correlationId: string }).correlationId)
    expect(new Set(nonces).size).toBe(nonces.length)
  })

  it('gives up after the retry budget with rate_limited', async () => {
    await h.client.listPersons({ pageSize: 1 })
    h.sandbox.faults.enqueue(...[1, 2, 3, 4].map(() => ({ kind: 'rate_limit' as const, match: 'personnel' })))
    expect(await failure(h.client.listPersons())).toEqual({ code: 'rate_limited', vendorCode: '1110' })
  })

  it('retries reads after HTTP 500 and a dropped connection', async () => {
    await h.client.listPersons({ pageSize: 1 })
    h.sandbox.faults.enqueue({ kind: 'server_error', match: 'personnel' }, { kind: 'drop', match: 'personnel' })
    expect((await h.client.listPersons({ pageSize: 1 })).items).toHaveLength(1)
  })

  it('does not retry a throttled write: rate_limited, sent once', async () => {
    await h.client.listPersons({ pageSize: 1 })
    const mark = h.sandbox.control.journal().length
    h.sandbox.faults.enqueue({ kind: 'rate_limit', match: 'personnel' })
    expect(await failure(h.client.addPerson({ name: 'Throttled' }))).toEqual({ code: 'rate_limited', vendorCode: '1110' })
    expect(codes(PERSONS, mark)).toEqual([1110])
  })

  it('surfaces a person add whose answer was lost as outcome unknown, never adding twice', async () => {
    await h.client.listPersons({ pageSize: 1 })
    h.sandbox.faults.enqueue({ kind: 'server_error', when: 'after', match: 'personnel' })
    const error = await h.client.addPerson({ name: 'Once Only', personCode: 'ONCE' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TuyaOutcomeUnknown)
    expect((error as TuyaOutcomeUnknown).error).toMatchObject({ messageKey: 'errors.tuya.outcomeUnknown', retryable: false })
    expect((await h.client.listPersons({ personCode: 'ONCE' })).total).toBe(1)
  })

  it('cancels through the signal', async () => {
    const controller = new AbortController()
    controller.abort()
    expect(await failure(h.client.listPersons({}, { signal: controller.signal }))).toMatchObject({ code: 'cancelled' })
  })

  it('never logs the secret, the sign or a token', async () => {
    await h.client.listPersons({ pageSize: 1 })
    h.sandbox.control.expireTokens()
    await h.client.listPersons({ pageSize: 1 })
    const tokens = h.client.tokens()
    const text = h.logLines.join('\n')
    expect(h.logLines.length).toBeGreaterThan(0)
    for (const secret of [h.sandbox.info.accessSecret, tokens?.accessToken, tokens?.refreshToken]) expect(text).not.toContain(secret)
    expect(text).not.toMatch(/"sign"/)
  })
})

describe('Tuya sends are never duplicated', () => {
  const tasksNow = (): number => h.sandbox.control.snapshot().counts.tasks

  it.each([
    ['HTTP 500 after applying', { kind: 'server_error' as const, when: 'after' as const }],
    ['a dropped connection after applying', { kind: 'drop' as const, when: 'after' as const }],
    ['1110 after applying', { kind: 'rate_limit' as const, when: 'after' as const }],
  ])('%s: finds the task in the task list instead of sending again', async (_, fault) => {
    const channelId = await firstChannel()
    const mark = h.sandbox.control.journal().length
    const before = tasksNow()
    h.sandbox.faults.enqueue({ ...fault, match: 'access-auth-issue' })
    const result = await h.client.sendAllPermissions({ channelIds: [channelId], certificates: 'card' })
    expect(result.recovered).toBe(true)
    expect(result.taskIds).toHaveLength(1)
    expect(tasksNow()).toBe(before + 1)
    expect(h.sandbox.control.snapshot().tasks.at(-1)?.authTaskId).toBe(result.taskIds[0])
    expect(codes(FULL, mark).length).toBeLessThanOrEqual(1)
  })

  it('HTTP 500 before applying: the task list is empty, so it is sent exactly once more', async () => {
    const channelId = await firstChannel()
    const mark = h.sandbox.control.journal().length
    const before = tasksNow()
    h.sandbox.faults.enqueue({ kind: 'server_error', match: 'access-auth-issue' })
    const result = await h.client.sendAdditionalPermissions({ channelIds: [channelId], certificates: 'card' })
    expect(result).toMatchObject({ kind: 'increment', recovered: false })
    expect(tasksNow()).toBe(before + 1)
    expect(codes('/v1.0/iot-02/building/access-auth-issue/actions/increment', mark)).toEqual([null, 0])
  })

  it('throttled before applying: surfaced as rate_limited, nothing started', async () => {
    const channelId = await firstChannel()
    const before = tasksNow()
    h.sandbox.faults.enqueue({ kind: 'rate_limit', match: 'access-auth-issue' })
    expect(await failure(h.client.sendAllPermissions({ channelIds: [channelId], certificates: 'card' }))).toEqual({ code: 'rate_limited', vendorCode: '1110' })
    expect(tasksNow()).toBe(before)
  })

  it('when the task list cannot be read either, the error is surfaced and nothing is resent', async () => {
    const channelId = await firstChannel()
    const mark = h.sandbox.control.journal().length
    const before = tasksNow()
    h.sandbox.faults.enqueue(
      { kind: 'server_error', when: 'after', match: 'access-auth-issue' },
      ...[1, 2, 3, 4].map(() => ({ kind: 'server_error' as const, match: 'access-auth-task' })),
    )
    const error = await h.client.sendAllPermissions({ channelIds: [channelId], certificates: 'card' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TuyaOutcomeUnknown)
    expect(tasksNow()).toBe(before + 1)
    expect(codes(FULL, mark)).toEqual([null])
  })

  it('under a steady share of server errors, quick successive sends never start a task twice nor claim the task of another send', async () => {
    const channelId = await firstChannel()
    const before = tasksNow()
    h.sandbox.faults.update({ serverErrorRate: 0.3 })
    const returned: string[] = []
    let errors = 0
    for (let i = 0; i < 8; i++) {
      try {
        returned.push(...(await h.client.sendAllPermissions({ channelIds: [channelId], certificates: 'card' })).taskIds)
      } catch (error) {
        if (!(error instanceof AppErrorException)) throw error
        errors++
      }
    }
    h.sandbox.faults.reset()
    const created = tasksNow() - before
    expect(new Set(returned).size).toBe(returned.length)
    expect(created).toBeGreaterThanOrEqual(returned.length)
    // At most one task per send: a failed send may have started its task, none started two.
    expect(created).toBeLessThanOrEqual(returned.length + errors)
  })
})
