import { AppErrorException, appError } from '@shared/errors'
import { INVOKE_CHANNELS, type InvokeChannel } from '@shared/ipc'
import { describe, expect, it } from 'vitest'
import { type Handlers, createRouter } from '../../../../src/main/ipc/router'
import { createLogger, memorySink } from '../../../../src/main/log/logger'
import { Redactor } from '../../../../src/main/log/redact'

const context = { origin: 'headless' } as const

const unused = (): never => {
  throw new Error('not needed')
}

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  const all = Object.fromEntries(INVOKE_CHANNELS.map((c) => [c, unused])) as unknown as Handlers
  return {
    ...all,
    'app:ping': ({ message }) => ({ message, receivedAt: 1, runtime: 'headless' }),
    'network:status': () => ({ online: true, since: 1 }),
    ...overrides,
  }
}

const ID = '6f1c1d34-2a0b-4e56-9a1e-2b3c4d5e6f70'
const akuvoxAdd = {
  vendor: 'akuvox',
  label: 'Site A',
  server: { kind: 'region', region: 'eu' },
  credentials: { clientId: 'c1', clientSecret: 's1', username: 'u', password: 'p' },
}

/**
 * Malformed inputs per channel. Typed over every channel, so adding a channel without saying how
 * it rejects bad input does not compile.
 */
const MALFORMED: Readonly<Record<InvokeChannel, readonly unknown[]>> = {
  'app:info': [{}, 'x', 0, null],
  'app:ping': [undefined, {}, { message: 3 }, { message: 'x'.repeat(201) }, { message: 'ok', extra: 1 }, 'ping'],
  'network:status': [{ online: true }, 1, null],
  'app:setLanguage': [undefined, {}, { language: 'fr' }, { language: 'zh' }, { language: 'en', extra: 1 }, 'en'],
  'app:installer': [{}, 'me', 0],
  'app:setInstaller': [undefined, {}, { name: '   ' }, { name: 'x'.repeat(81) }, { name: 'Wei', extra: 1 }],
  'activity:page': [
    'all',
    { limit: 501 },
    { offset: -1 },
    { result: 'lost' },
    { search: 'x'.repeat(101) },
    { connectionId: 'not-a-uuid' },
    { projectId: 'p' },
    { from: -5 },
    { extra: 1 },
  ],
  'connections:list': [{}, 'all'],
  'connections:add': [
    undefined,
    { ...akuvoxAdd, vendor: 'hikvision' },
    { ...akuvoxAdd, label: '   ' },
    { ...akuvoxAdd, credentials: { clientId: 'c1' } },
    { ...akuvoxAdd, server: { kind: 'custom' } },
    { ...akuvoxAdd, vendor: 'tuya' },
    { ...akuvoxAdd, token: 'x' },
  ],
  'connections:edit': [{}, { id: 'not-a-uuid' }, { id: ID, label: '' }, { id: ID, credentials: { vendor: 'akuvox', password: '' } }],
  'connections:test': [{}, { id: 5 }, { id: '../../etc' }],
  'connections:signOut': [undefined, { id: ID, all: true }],
  'connections:remove': [null, { id: '' }],
  'connections:openDemo': [{}, { vendor: 'hikvision' }],
  'connections:requestRate': [{ id: 'not-a-uuid' }],
  'connections:setMaxRate': [{ id: ID }, { id: ID, maxPerSecond: 0 }, { id: ID, maxPerSecond: 1001 }, { id: ID, maxPerSecond: '5' }],
  'projects:list': [{ connectionId: ID }],
  'projects:choose': [{ id: ID }, { connectionId: ID, projectId: '' }, { connectionId: ID, projectId: 'x'.repeat(101) }],
  'project:open': [{ connectionId: ID }, { projectId: 'p' }, { id: ID, projectId: 'p' }, { connectionId: ID, projectId: 'p', extra: 1 }],
  'project:overview': [undefined, { connectionId: 'x', projectId: 'p' }],
  'project:siteZone': [undefined, { connectionId: ID }],
  'project:setSiteZone': [
    { connectionId: ID, projectId: 'p' },
    { connectionId: ID, projectId: 'p', zone: 'Mars/Olympus' },
    { connectionId: ID, projectId: 'p', zone: '+08:00' },
    { connectionId: ID, projectId: 'p', zone: 'Asia/Shanghai', extra: 1 },
  ],
  'project:settleClockChange': [
    { connectionId: ID, projectId: 'p' },
    { connectionId: ID, projectId: 'p', changeAt: -1 },
    { connectionId: ID, projectId: 'p', changeAt: 'x' },
  ],
  'sync:start': [{ connectionId: ID, projectId: '  ' }],
  'sync:cancel': [{ connectionId: ID, projectId: 5 }],
  'devices:list': [
    { connectionId: ID, projectId: 'p', limit: 0 },
    { connectionId: ID, projectId: 'p', limit: 10_000 },
    { connectionId: ID, projectId: 'p', offset: -1 },
    { connectionId: ID, projectId: 'p', deviceType: 'Toaster' },
    { connectionId: ID, projectId: 'p', online: 'yes' },
    { connectionId: ID, projectId: 'p', search: 'x'.repeat(101) },
  ],
  'devices:detail': [
    { connectionId: ID, projectId: 'p' },
    { connectionId: ID, projectId: 'p', deviceId: '' },
  ],
  'devices:buildings': [{ connectionId: ID }],
  'devices:channels': [{}],
  'health:check': [null],
  'outbox:list': [{ connectionId: 'not-a-uuid' }, 'all'],
  'outbox:discard': [{}, { entryId: 0 }, { entryId: 1.5 }, { entryId: '3' }],
  'outbox:review': [{ entryId: -1 }],
  'outbox:resolve': [{ entryId: 1 }, { entryId: 1, resolution: { kind: 'theirs' } }, { entryId: 1, resolution: { kind: 'merge' } }],
  'outbox:replay': [{ entryIds: [] }, { entryIds: [0] }, { entryIds: 'all' }],
  'accessGroups:list': [{ connectionId: ID }],
  'accessGroups:refresh': [{ connectionId: ID, projectId: '' }],
  'accessGroups:detail': [{ connectionId: ID, projectId: 'p' }],
  'accessGroups:siteTree': [{ connectionId: 'x', projectId: 'p' }],
  'accessGroups:residents': [{}],
  'accessGroups:members': [
    { connectionId: ID, projectId: 'p' },
    { connectionId: ID, projectId: 'p', accessGroupId: 'g', limit: 501 },
    { connectionId: ID, projectId: 'p', accessGroupId: 'g', accountIds: Array.from({ length: 501 }, (_, i) => `a${i}`) },
  ],
  'accessGroups:create': [
    { connectionId: ID, projectId: 'p' },
    { connectionId: ID, projectId: 'p', draft: {} },
  ],
  'accessGroups:update': [{ connectionId: ID, projectId: 'p', draft: {} }],
  'accessGroups:delete': [
    { connectionId: ID, projectId: 'p', accessGroupIds: [] },
    { connectionId: ID, projectId: 'p', accessGroupIds: Array(101).fill('g') },
  ],
  'accessGroups:addResidents': [{ connectionId: ID, projectId: 'p', accessGroupId: 'g', residents: [] }],
  'accessGroups:removeResidents': [{ connectionId: ID, projectId: 'p', accessGroupId: 'g', residents: [{ accountId: 'a' }] }],
  'staff:listing': [{ connectionId: ID }],
  'staff:page': [
    { connectionId: ID, projectId: 'p', limit: 501 },
    { connectionId: ID, projectId: 'p', offset: -1 },
  ],
  'staff:detail': [{ connectionId: ID, projectId: 'p' }],
  'staff:context': [{ connectionId: 'x', projectId: 'p' }],
  'staff:credentials': [{ connectionId: ID, projectId: 'p', limit: 501 }],
  'staff:create': [
    { connectionId: ID, projectId: 'p', draft: {} },
    { connectionId: ID, projectId: 'p', draft: { name: 'A', pinCodes: ['12'], rfCards: [], faceUrls: [], accessGroupIds: ['g'], floorAccesses: [] } },
  ],
  'staff:update': [{ connectionId: ID, projectId: 'p', staffAccessId: 's', edit: {} }],
  'staff:delete': [{ connectionId: ID, projectId: 'p', staffAccessIds: [] }],
  'staff:refresh': [{}],
  'staff:selectionSummary': [
    { connectionId: ID, projectId: 'p' },
    { connectionId: ID, projectId: 'p', selection: { kind: 'ids', staffAccessIds: [] } },
    { connectionId: ID, projectId: 'p', selection: { kind: 'ids', staffAccessIds: Array.from({ length: 501 }, (_, i) => `s${i}`) } },
    { connectionId: ID, projectId: 'p', selection: { kind: 'matching', search: 'x'.repeat(101), except: [] } },
    { connectionId: ID, projectId: 'p', selection: { kind: 'importRun', runId: 'not-a-uuid' } },
    { connectionId: ID, projectId: 'p', selection: { kind: 'everything' } },
  ],
  'staff:bulkDelete': [
    { connectionId: ID, projectId: 'p', selection: { kind: 'matching', search: '', except: Array.from({ length: 501 }, (_, i) => `s${i}`) } },
    { connectionId: ID, projectId: 'p', selection: { kind: 'ids', staffAccessIds: ['s1'], extra: 1 } },
  ],
  'staff:bulkDeleteCancel': [{}, { jobId: 'x' }],
  'staff:importRuns': [
    { connectionId: ID, projectId: 'p', limit: 501 },
    { connectionId: ID, projectId: 'p', offset: -1 },
  ],
  'staff:importBegin': [
    { connectionId: ID, projectId: 'p', total: 0 },
    { connectionId: ID, projectId: 'p', total: 50_001 },
  ],
  'staff:importAppend': [
    { jobId: ID, rows: [] },
    {
      jobId: ID,
      rows: Array.from({ length: 1_001 }, (_, i) => ({
        line: i + 2,
        draft: { name: 'A', pinCodes: [], rfCards: [], faceUrls: [], accessGroupIds: ['g'], floorAccesses: [] },
      })),
    },
  ],
  'staff:importRun': [{ jobId: 'x' }],
  'staff:importCancel': [{ jobId: 'x' }],
  'staff:importJob': [{}],
  'staff:importResults': [
    { jobId: ID, limit: 501 },
    { jobId: ID, filter: 'created' },
  ],
  'staff:urlImportStart': [{ connectionId: ID, projectId: 'p', fileName: 'f', fileUrl: 'file:///etc/passwd' }],
  'staff:urlImportStatus': [{ connectionId: ID, projectId: 'p' }],
  'persons:listing': [{ projectId: 'p' }],
  'persons:page': [{ connectionId: ID, projectId: 'p', filter: { sex: 'x' } }],
  'persons:detail': [{ connectionId: ID, projectId: 'p' }],
  'persons:organisations': [{ connectionId: ID }],
  'persons:add': [{ connectionId: ID, projectId: 'p', draft: { name: '' } }],
  'persons:edit': [{ connectionId: ID, projectId: 'p', draft: {} }],
  'persons:disable': [{ connectionId: ID, projectId: 'p', personIds: [] }],
  'persons:delete': [
    { connectionId: ID, projectId: 'p', personIds: Array(501).fill('x') },
    { connectionId: ID, projectId: 'p', personIds: Array(101).fill('x') },
  ],
  'persons:selectionSummary': [
    { connectionId: ID, projectId: 'p', selection: { kind: 'ids', personIds: [] } },
    { connectionId: ID, projectId: 'p', selection: { kind: 'matching', filter: { colour: 'red' }, except: [] } },
    { connectionId: ID, projectId: 'p', selection: { kind: 'importRun', runId: ID } },
  ],
  'persons:bulkDelete': [{ connectionId: ID, projectId: 'p', selection: { kind: 'matching', filter: {}, except: Array(501).fill('x') } }],
  'persons:bulkDeleteCancel': [{ jobId: 'x' }],
  'persons:recyclePage': [{ connectionId: ID, projectId: 'p', limit: 0 }],
  'persons:recycledDetail': [{ connectionId: ID, projectId: 'p', personId: '' }],
  'persons:recover': [{ connectionId: ID, projectId: 'p' }],
  'sends:channels': [{ connectionId: ID }],
  'sends:permissions': [{ connectionId: 'x', projectId: 'p' }],
  'sends:permission': [{ connectionId: ID, projectId: 'p' }],
  'sends:preview': [
    { connectionId: ID, projectId: 'p' },
    { connectionId: ID, projectId: 'p', channelIds: [] },
  ],
  'sends:start': [{ connectionId: ID, projectId: 'p', mode: 'everything' }],
  'sends:tasks': [{ projectId: 'p' }],
  'sends:refreshTasks': [{ connectionId: ID, projectId: 7 }],
  'sends:task': [{ connectionId: ID, projectId: 'p' }],
  'sends:issueInfo': [{ connectionId: ID, projectId: 'p' }],
  'sends:grid': [{ connectionId: ID, projectId: 'p' }],
  'sends:retryPlan': [{ connectionId: ID }],
  'sends:retryFailures': [{ connectionId: ID, projectId: 'p' }],
  'sends:track': [null],
  'sends:report': ['report'],
  'report:people': [
    { connectionId: ID, projectId: 'p', limit: 501 },
    { connectionId: ID, offset: 0 },
  ],
  'report:savePdf': [{ fileName: '' }, { fileName: 'x'.repeat(201) }, { fileName: 'a.pdf', path: '/etc' }],
  'persons:refresh': [{ connectionId: ID, projectId: 5 }],
  'persons:biometrics': [
    { connectionId: ID, projectId: 'p' },
    { connectionId: ID, projectId: 'p', personId: '' },
  ],
  'persons:doors': [
    { connectionId: ID, projectId: 'p', personId: 'x'.repeat(500) },
    { connectionId: ID, projectId: 'p', personId: 'a', extra: 1 },
  ],
  'checklist:doors': [
    { connectionId: ID, projectId: 'p', state: 'broken' },
    { connectionId: ID, projectId: 'p', limit: 501 },
    { connectionId: ID, projectId: 'p', buildingKey: 'x'.repeat(101) },
  ],
  'checklist:record': [
    { connectionId: ID, projectId: 'p', doorKey: 'relay/d/r', result: 'passed' },
    { connectionId: ID, projectId: 'p', doorKey: 'relay/d/r', result: 'maybe', method: 'card' },
    { connectionId: ID, projectId: 'p', doorKey: 'relay/d/r', result: 'fault', method: 'card', note: 'x'.repeat(501) },
    { connectionId: ID, projectId: 'p', doorKey: '', result: 'passed', method: 'card' },
  ],
  'checklist:summary': [undefined, { connectionId: ID }, { connectionId: ID, projectId: 'p', extra: 1 }],
}

describe('IPC router', () => {
  const sink = memorySink()
  const router = createRouter(handlers(), createLogger(sink, new Redactor()))

  it.each(INVOKE_CHANNELS.flatMap((channel) => MALFORMED[channel].map((input) => [channel, input] as const)))(
    '%s rejects malformed input %j with invalid_input naming the field',
    async (channel, input) => {
      const result = await router.dispatch(channel, input, context)
      expect(result.ok).toBe(false)
      if (result.ok) return
      expect(result.error.code).toBe('invalid_input')
      expect(result.error.params?.field).toBeTypeOf('string')
    },
  )

  it('names the offending field', async () => {
    const result = await router.dispatch('app:ping', { message: 42 }, context)
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', params: { field: 'message' } } })
  })

  it('passes valid input to the handler and wraps the value', async () => {
    const result = await router.dispatch('app:ping', { message: 'hello' }, context)
    expect(result).toEqual({ ok: true, value: { message: 'hello', receivedAt: 1, runtime: 'headless' } })
  })

  it('refuses channels outside the contract', async () => {
    for (const channel of ['fs:read', '__proto__', 'constructor', 42, null]) {
      const result = await router.dispatch(channel, undefined, context)
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', messageKey: 'errors.unknownChannel' } })
    }
  })

  it('turns an AppErrorException into its error and anything else into internal, never a rejection', async () => {
    const failing = createRouter(
      handlers({
        'network:status': () => {
          throw new AppErrorException(appError('network', { detail: 'down' }))
        },
        'app:ping': async () => {
          throw new TypeError('boom')
        },
      }),
      createLogger(sink, new Redactor()),
    )
    await expect(failing.dispatch('network:status', undefined, context)).resolves.toMatchObject({
      ok: false,
      error: { code: 'network', retryable: true, detail: 'down' },
    })
    await expect(failing.dispatch('app:ping', { message: 'x' }, context)).resolves.toMatchObject({
      ok: false,
      error: { code: 'internal', retryable: false },
    })
    expect(sink.lines.some((l) => l.includes('boom'))).toBe(true)
  })

  it('results survive structured cloning and JSON unchanged', async () => {
    const result = await router.dispatch('app:ping', { message: 'x' }, context)
    expect(structuredClone(result)).toEqual(result)
    expect(JSON.parse(JSON.stringify(result))).toEqual(result)
  })
})
