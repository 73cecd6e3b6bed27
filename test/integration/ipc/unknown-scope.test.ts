import type { ConnectionSummary } from '@shared/domain/connection'
import { INVOKE_CHANNELS, type InvokeChannel, invokeChannels } from '@shared/ipc'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { z } from 'zod'
import type { Core } from '../../../src/main/core/core'
import { testCore } from '../../helpers/core'

const UNKNOWN_CONNECTION = '0b7e9a52-3f1d-4c8e-9a6b-5d4c3b2a1f00'
const UNKNOWN_PROJECT = 'no-such-project'

type Scope = { readonly connectionId: string; readonly projectId: string }

const staffDraft = { name: 'Ana', pinCodes: [], rfCards: [], faceUrls: [], accessGroupIds: ['g1'], floorAccesses: [] }
const groupDraft = {
  name: 'Gym',
  schedule: { repeatMode: 'daily', availableDays: [], startTime: '08:00:00', finishTime: '18:00:00' },
  doors: [{ deviceId: 'd1', relayIds: ['r1'], securityRelayIds: [] }],
}
const personDraft = {
  name: 'Ana',
  structureId: 's1',
  enabled: true,
  sex: 'female',
  mobileCountry: '+86',
  mobile: '13800138000',
  email: '',
  certType: 'id',
  certNo: '1',
  personCode: 'P1',
}

/**
 * A well-formed input for every channel that names a connection or a project, the scope filled
 * in by the test. The test below checks this list against the contract, so a new scoped channel
 * without an entry here fails it.
 */
const WELL_FORMED: Readonly<Partial<Record<InvokeChannel, (s: Scope) => unknown>>> = {
  'connections:edit': (s) => ({ id: s.connectionId, label: 'Renamed' }),
  'connections:test': (s) => ({ id: s.connectionId }),
  'connections:signOut': (s) => ({ id: s.connectionId }),
  'connections:remove': (s) => ({ id: s.connectionId }),
  'connections:requestRate': (s) => ({ id: s.connectionId }),
  'connections:setMaxRate': (s) => ({ id: s.connectionId, maxPerSecond: 10 }),
  'projects:list': (s) => ({ id: s.connectionId }),
  'projects:choose': (s) => ({ id: s.connectionId, projectId: s.projectId }),
  'project:open': (s) => s,
  'project:overview': (s) => s,
  'project:siteZone': (s) => s,
  'activity:page': (s) => s,
  'project:setSiteZone': (s) => ({ ...s, zone: 'Asia/Shanghai' }),
  'project:settleClockChange': (s) => ({ ...s, changeAt: 0 }),
  'sync:start': (s) => s,
  'sync:cancel': (s) => s,
  'devices:list': (s) => s,
  'devices:detail': (s) => ({ ...s, deviceId: 'd1' }),
  'devices:buildings': (s) => s,
  'devices:channels': (s) => s,
  'health:check': (s) => s,
  'outbox:list': (s) => s,
  'accessGroups:list': (s) => s,
  'accessGroups:refresh': (s) => s,
  'accessGroups:detail': (s) => ({ ...s, accessGroupId: 'g1' }),
  'accessGroups:siteTree': (s) => s,
  'accessGroups:residents': (s) => s,
  'accessGroups:members': (s) => ({ ...s, accessGroupId: 'g1' }),
  'accessGroups:create': (s) => ({ ...s, draft: groupDraft }),
  'accessGroups:update': (s) => ({ ...s, accessGroupId: 'g1', draft: groupDraft }),
  'accessGroups:delete': (s) => ({ ...s, accessGroupIds: ['g1'] }),
  'accessGroups:addResidents': (s) => ({ ...s, accessGroupId: 'g1', residents: [{ accountId: 'a', residenceId: 'r', buildingId: 'b' }] }),
  'accessGroups:removeResidents': (s) => ({ ...s, accessGroupId: 'g1', residents: [{ accountId: 'a', residenceId: 'r', buildingId: 'b' }] }),
  'staff:listing': (s) => s,
  'staff:page': (s) => s,
  'staff:detail': (s) => ({ ...s, staffAccessId: 's1' }),
  'staff:context': (s) => s,
  'staff:create': (s) => ({ ...s, draft: staffDraft }),
  'staff:update': (s) => ({ ...s, staffAccessId: 's1', edit: { ...staffDraft, removeFaceUrls: [] } }),
  'staff:delete': (s) => ({ ...s, staffAccessIds: ['s1'] }),
  'staff:refresh': (s) => s,
  'staff:selectionSummary': (s) => ({ ...s, selection: { kind: 'matching', search: '', except: [] } }),
  'staff:bulkDelete': (s) => ({ ...s, selection: { kind: 'ids', staffAccessIds: ['s1'] } }),
  'staff:importRuns': (s) => s,
  'staff:importBegin': (s) => ({ ...s, total: 1 }),
  'staff:credentials': (s) => s,
  'staff:urlImportStart': (s) => ({ ...s, fileName: 'staff.csv', fileUrl: 'https://example.com/staff.csv' }),
  'staff:urlImportStatus': (s) => ({ ...s, taskId: 't1' }),
  'persons:listing': (s) => s,
  'persons:page': (s) => s,
  'persons:detail': (s) => ({ ...s, personId: 'p1' }),
  'persons:biometrics': (s) => ({ ...s, personId: 'p1' }),
  'persons:doors': (s) => ({ ...s, personId: 'p1' }),
  'persons:organisations': (s) => s,
  'persons:add': (s) => ({ ...s, draft: personDraft }),
  'persons:edit': (s) => ({ ...s, personId: 'p1', draft: personDraft }),
  'persons:disable': (s) => ({ ...s, personIds: ['p1'] }),
  'persons:delete': (s) => ({ ...s, personIds: ['p1'] }),
  'persons:selectionSummary': (s) => ({ ...s, selection: { kind: 'matching', filter: {}, except: [] } }),
  'persons:bulkDelete': (s) => ({ ...s, selection: { kind: 'ids', personIds: ['p1'] } }),
  'persons:recyclePage': (s) => s,
  'persons:recycledDetail': (s) => ({ ...s, personId: 'p1' }),
  'persons:recover': (s) => ({ ...s, personIds: ['p1'] }),
  'persons:refresh': (s) => s,
  'sends:channels': (s) => s,
  'sends:permissions': (s) => s,
  'sends:permission': (s) => ({ ...s, accessAuthId: 'a1' }),
  'sends:preview': (s) => ({ ...s, draft: { channelIds: ['c1'], kind: 'full', certificates: 'card' } }),
  'sends:start': (s) => ({ ...s, draft: { channelIds: ['c1'], kind: 'full', certificates: 'card' } }),
  'sends:tasks': (s) => s,
  'sends:refreshTasks': (s) => s,
  'sends:task': (s) => ({ ...s, taskId: 't1' }),
  'sends:issueInfo': (s) => ({ ...s, recordId: 'r1' }),
  'sends:grid': (s) => ({ ...s, taskIds: ['t1'] }),
  'sends:retryPlan': (s) => ({ ...s, taskIds: ['t1'] }),
  'sends:retryFailures': (s) => ({ ...s, taskIds: ['t1'] }),
  'sends:track': (s) => ({ ...s, taskIds: ['t1'] }),
  'sends:report': (s) => ({ ...s, preparedBy: 'Ana' }),
  'checklist:doors': (s) => s,
  'checklist:record': (s) => ({ ...s, doorKey: 'channel/c1', result: 'passed', method: 'card' }),
  'checklist:summary': (s) => s,
  'report:people': (s) => s,
}

/** Channels whose input names a connection (`connectionId`, or `id` on connections:/projects:) or a project. */
function scopedChannels(): InvokeChannel[] {
  return INVOKE_CHANNELS.filter((channel) => {
    const shape = (invokeChannels[channel].input as z.ZodType & { shape?: Record<string, unknown> }).shape ?? {}
    const byId = channel.startsWith('connections:') || channel.startsWith('projects:')
    return 'connectionId' in shape || 'projectId' in shape || (byId && 'id' in shape)
  })
}

const takesProject = (channel: InvokeChannel): boolean =>
  'projectId' in ((invokeChannels[channel].input as z.ZodType & { shape?: Record<string, unknown> }).shape ?? {})

let core: Core
let known: Scope

beforeAll(async () => {
  core = testCore()
  const demo = await core.router.dispatch('connections:openDemo', { vendor: 'tuya' }, { origin: 'headless' })
  if (!demo.ok) throw new Error(JSON.stringify(demo.error))
  const connection = demo.value as ConnectionSummary
  known = { connectionId: connection.id, projectId: connection.defaultProjectId ?? '' }
})
afterAll(() => core.close())

const call = (channel: InvokeChannel, input: unknown) => core.router.dispatch(channel, input, { origin: 'headless' })

describe('an unknown connection or project is not_found on every channel', () => {
  it('every channel that names a connection or a project has a well-formed example here', () => {
    expect(Object.keys(WELL_FORMED).sort()).toEqual(scopedChannels().sort())
  })

  it.each(scopedChannels())('%s: an unknown connection is not_found, saying it is the connection', async (channel) => {
    const input = WELL_FORMED[channel]!({ connectionId: UNKNOWN_CONNECTION, projectId: known.projectId })
    expect(invokeChannels[channel].input.safeParse(input).success).toBe(true)
    const result = await call(channel, input)
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found', messageKey: 'errors.connections.notFound' } })
  })

  it.each(scopedChannels().filter(takesProject))('%s: an unknown project of a known connection is not_found, saying it is the project', async (channel) => {
    const result = await call(channel, WELL_FORMED[channel]!({ connectionId: known.connectionId, projectId: UNKNOWN_PROJECT }))
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found', messageKey: 'errors.connections.unknownProject', params: { field: 'projectId' } } })
  })

  it('the known project still answers', async () => {
    expect((await call('project:overview', known)).ok).toBe(true)
    expect((await call('health:check', known)).ok).toBe(true)
  })
})
