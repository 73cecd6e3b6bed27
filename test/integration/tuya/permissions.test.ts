import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { camelDeep } from '../../../src/main/clouds/tuya/case'
import type { TuyaAccessAuth, TuyaChannel } from '../../../src/shared/domain/tuya'
import { type TuyaHarness, collect, rawCall, rawToken, startTuyaHarness } from '../../helpers/tuya'
import { failure } from '../../helpers/tuya-failure'

/** Long enough for every task of a send to finish (1 s start delay + 4 s run span). */
const TASK_DONE_MS = 10_000

let h: TuyaHarness
let channels: TuyaChannel[]
/** Online channels on distinct devices, each with at least two permissions. */
let usable: TuyaChannel[]

beforeAll(async () => {
  h = await startTuyaHarness()
  channels = await collect(h.client.iterateChannels({}, { pageSize: 10 }))
  const auths = await collect(h.client.iterateAccessAuth({}, { pageSize: 100 }))
  const perChannel = new Map<string, number>()
  for (const a of auths) perChannel.set(a.accessControlChannelId, (perChannel.get(a.accessControlChannelId) ?? 0) + 1)
  const devices = new Set<string>()
  usable = channels.filter((c) => {
    if (!c.online || (perChannel.get(c.channelId) ?? 0) < 2 || devices.has(c.deviceId)) return false
    devices.add(c.deviceId)
    return true
  })
  // Pin these devices online so the site's flapping cannot interfere with the expectations.
  for (const c of usable) h.sandbox.control.setDeviceOnline(c.deviceId, true)
})
afterAll(() => h.close())

function channel(i: number): TuyaChannel {
  const c = usable[i]
  if (!c) throw new Error(`need at least ${i + 1} usable channels`)
  return c
}

async function authsOn(channelId: string): Promise<TuyaAccessAuth[]> {
  return collect(h.client.iterateAccessAuth({ channelIds: [channelId] }, { pageSize: 50 }))
}

/** For each task: its channel name → person ids by record status. */
async function outcomeByChannel(taskIds: readonly string[]): Promise<Map<string, { failed: string[]; succeeded: string[]; recordIds: Map<string, string> }>> {
  const out = new Map<string, { failed: string[]; succeeded: string[]; recordIds: Map<string, string> }>()
  for (const taskId of taskIds) {
    const detail = await h.client.getAuthTask(taskId)
    const records = await collect(h.client.iterateAuthTaskRecords(taskId, {}, { pageSize: 3 }))
    out.set(detail.accessControlChannelName, {
      failed: records
        .filter((r) => r.issueStatus.known && r.issueStatus.value === 'failed')
        .map((r) => r.personId)
        .sort(),
      succeeded: records
        .filter((r) => r.issueStatus.known && r.issueStatus.value === 'succeeded')
        .map((r) => r.personId)
        .sort(),
      recordIds: new Map(records.map((r) => [r.personId, r.authTaskRecordId])),
    })
  }
  return out
}

describe('Tuya channels and organisations', () => {
  it('lists entrances/exits with device and online state, filters by status; another project is refused', async () => {
    expect(channels.length).toBe(h.sandbox.control.snapshot().counts.channels)
    expect(channels[0]).toMatchObject({
      channelId: expect.any(String),
      channelName: expect.any(String),
      deviceId: expect.any(String),
      online: expect.any(Boolean),
    })
    const offline = await collect(h.client.iterateChannels({ online: false }))
    expect(offline.every((c) => !c.online)).toBe(true)
    const byName = await h.client.listChannels({ accessControlChannelName: channel(0).channelName })
    expect(byName.items.map((c) => c.channelId)).toContain(channel(0).channelId)
    expect(await failure(h.newClient({ projectId: '999' }).listChannels())).toEqual({ code: 'forbidden', vendorCode: '1106' })
  })

  it('reports device state changing over the sandbox clock and by admin switch', async () => {
    const target = channel(0)
    expect(await h.sandbox.handleAdmin('POST', ['devices', target.deviceId, 'online'], { online: false })).toMatchObject({ status: 200 })
    expect((await h.client.listChannels({ accessControlChannelName: target.channelName })).items.find((c) => c.channelId === target.channelId)?.online).toBe(
      false,
    )
    // Flapping devices follow the clock (pins released for this): eight hours of 10-minute slots show some change state.
    for (const c of usable) h.sandbox.control.setDeviceOnline(c.deviceId, null)
    const before = await collect(h.client.iterateChannels({}, { pageSize: 100 }))
    const seen = new Set<string>()
    for (let slot = 0; slot < 48; slot++) {
      h.sandbox.control.advance(10 * 60_000)
      const now = await collect(h.client.iterateChannels({}, { pageSize: 100 }))
      now.forEach((c, i) => {
        if (c.online !== before[i]?.online) seen.add(c.deviceId)
      })
    }
    expect(seen.size).toBeGreaterThan(0)
    for (const c of usable) h.sandbox.control.setDeviceOnline(c.deviceId, true)
  })

  it('walks the organisation tree from the project down; an unknown organisation is not_found', async () => {
    const [root] = await h.client.getOrganisationChildren(h.sandbox.info.projectId)
    expect(root).toMatchObject({ structureName: 'Root Organization', level: 1, projectId: h.sandbox.info.projectId })
    const buildings = await h.client.getOrganisationChildren(root?.structureId ?? '')
    expect(buildings.length).toBeGreaterThan(0)
    expect(buildings.every((b) => b.parentStructureId === root?.structureId && b.level === 2)).toBe(true)
    const departments = await h.client.getOrganisationChildren(buildings[0]?.structureId ?? '')
    expect(departments.length).toBeGreaterThan(0)
    expect(await failure(h.client.getOrganisationChildren('1599999999999999999'))).toEqual({ code: 'not_found', vendorCode: '1000' })
  })
})

describe('Tuya person permissions (seed 004)', () => {
  it('lists permissions with filters and reads one in detail; unknown id not_found, other project forbidden', async () => {
    const page = await h.client.listAccessAuth({ pageSize: 5 })
    expect(page.items).toHaveLength(5)
    const first = page.items[0]
    if (!first) throw new Error('no permission')
    expect(first).toMatchObject({ accessAuthId: expect.any(String), personId: expect.any(String), accessControlChannelId: expect.any(String) })
    const expired = await collect(h.client.iterateAccessAuth({ validity: 'expired' }, { pageSize: 100 }))
    expect(expired.length).toBeGreaterThan(0)
    expect(expired.every((a) => a.authEndTime < h.sandbox.control.now())).toBe(true)
    const permanent = await h.client.listAccessAuth({ validity: 'permanent', pageSize: 100 })
    expect(permanent.items.every((a) => a.authEndTime === 2556115199000)).toBe(true)
    const pendingCards = await h.client.listAccessAuth({ cardIssueStatus: 'pending', pageSize: 100 })
    expect(pendingCards.items.every((a) => a.cardIssueStatus === 'pending')).toBe(true)
    const detail = await h.client.getAccessAuth(first.accessAuthId)
    expect(detail).toMatchObject({
      personId: first.personId,
      name: first.name,
      accessControlChannelName: first.accessControlChannelName,
      authStartTime: first.authStartTime,
    })
    expect(await failure(h.client.getAccessAuth('1599999999999999999'))).toEqual({ code: 'not_found', vendorCode: '1000' })
    expect(await failure(h.newClient({ projectId: '999' }).listAccessAuth())).toEqual({ code: 'forbidden', vendorCode: '1106' })
  })

  it('send failures: unknown channel (1109), no channel (client-side), other project (1106)', async () => {
    expect(await failure(h.client.sendAllPermissions({ channelIds: ['1599999999999999999'], certificates: 'card' }))).toEqual({
      code: 'invalid_input',
      vendorCode: '1109',
    })
    expect(await failure(h.client.sendAllPermissions({ channelIds: [], certificates: 'card' }))).toMatchObject({ code: 'invalid_input' })
    expect(await failure(h.newClient({ projectId: '999' }).sendAdditionalPermissions({ channelIds: [channel(0).channelId], certificates: 'card' }))).toEqual({
      code: 'forbidden',
      vendorCode: '1106',
    })
  })

  it('task reads refuse unknown ids and other projects', async () => {
    expect(await failure(h.client.getAuthTask('1599999999999999999'))).toEqual({ code: 'not_found', vendorCode: '1000' })
    expect(await failure(h.client.listAuthTaskRecords('1599999999999999999'))).toEqual({ code: 'not_found', vendorCode: '1000' })
    expect(await failure(h.client.getIssueInfo('1599999999999999999'))).toEqual({ code: 'not_found', vendorCode: '1000' })
    expect(await failure(h.newClient({ projectId: '999' }).listAuthTasks())).toEqual({ code: 'forbidden', vendorCode: '1106' })
  })

  it('full send with one offline device: records and issue info show exactly which persons failed where', async () => {
    const [a, b] = [channel(0), channel(1)]
    const onA = (await authsOn(a.channelId)).map((x) => x.personId).sort()
    const onB = await authsOn(b.channelId)
    h.sandbox.control.setDeviceOnline(b.deviceId, false)

    const sent = await h.client.sendAllPermissions({ channelIds: [a.channelId, b.channelId], certificates: 'cardFace' })
    expect(sent).toMatchObject({ kind: 'full', recovered: false })
    expect(sent.taskIds).toHaveLength(2)
    const running = await h.client.listAuthTasks({ inProgress: true })
    expect(running.items.map((t) => t.authTaskId).sort()).toEqual([...sent.taskIds].sort())
    expect(running.items.every((t) => t.outcome.known && t.outcome.value === 'notStarted' && t.taskFinishTime === null)).toBe(true)

    h.sandbox.control.advance(TASK_DONE_MS)
    const byChannel = await outcomeByChannel(sent.taskIds)
    expect(byChannel.get(a.channelName)).toMatchObject({ failed: [], succeeded: onA })
    expect(byChannel.get(b.channelName)).toMatchObject({ failed: onB.map((x) => x.personId).sort(), succeeded: [] })

    const tasks = await h.client.listAuthTasks({ kind: 'full', progress: 'completed' })
    const taskFor = (name: string) => tasks.items.find((t) => t.accessControlChannelName === name)
    expect(taskFor(a.channelName)).toMatchObject({
      authNum: onA.length,
      successNum: onA.length,
      outcome: { known: true, value: 'succeeded' },
      progress: { known: true, value: 'completed' },
    })
    expect(taskFor(b.channelName)).toMatchObject({ authNum: onB.length, successNum: 0, outcome: { known: true, value: 'failed' } })
    expect((await h.client.listAuthTasks({ outcome: 'failed' })).items.map((t) => t.accessControlChannelName)).toContain(b.channelName)

    // Issue info for a failed person on B: every credential the send carried failed.
    const failedAuth = onB.find((x) => x.totalCardNum > 0) ?? onB[0]
    if (!failedAuth) throw new Error('no permission on B')
    const info = await h.client.getIssueInfo(byChannel.get(b.channelName)?.recordIds.get(failedAuth.personId) ?? '')
    expect(info.person).toEqual({ successIssueNum: 0, failIssueNum: 1, successIssueDelNum: 0, failIssueDelNum: 0 })
    expect(info.card.failIssueNum).toBe(failedAuth.totalCardNum)
    expect(info.face.failIssueNum).toBe(failedAuth.totalFaceNum)
    const okRecord = byChannel.get(a.channelName)?.recordIds.values().next().value ?? ''
    expect((await h.client.getIssueInfo(okRecord)).person.successIssueNum).toBe(1)

    // The permissions now reflect it: A's cards and faces sent, B's to be sent.
    for (const x of await authsOn(a.channelId)) {
      if (x.totalCardNum > 0) expect(x.cardIssueStatus).toBe('sent')
      if (x.totalFaceNum > 0) expect(x.faceIssueStatus).toBe('sent')
    }
    for (const x of await authsOn(b.channelId)) if (x.totalCardNum > 0) expect(x.cardIssueStatus).toBe('pending')

    // Records filter by status (result enum 3 = failed).
    const failedOnly = await h.client.listAuthTaskRecords(sent.taskIds[1] ?? '', { issueStatus: 'failed' })
    expect(failedOnly.totalNum).toBe(onB.length)
    expect(failedOnly.successNum).toBe(0)
    expect(failedOnly.records.total).toBe(onB.length)
  })

  it('incremental send covers only pending permissions; with one offline device those persons fail there', async () => {
    const pendingOn = async (channelId: string): Promise<string[]> =>
      (await authsOn(channelId))
        .filter((x) => (x.totalCardNum > 0 && x.cardIssueStatus === 'pending') || (x.totalFaceNum > 0 && x.faceIssueStatus === 'pending'))
        .map((x) => x.personId)
        .sort()
    const [a, b] = [channel(0), channel(1)]
    // C: an untouched channel with something still to be sent, so its failures are visible.
    let c: TuyaChannel | undefined
    for (const candidate of usable.slice(2)) if (!c && (await pendingOn(candidate.channelId)).length > 0) c = candidate
    if (!c) throw new Error('no third channel with pending permissions')
    h.sandbox.control.setDeviceOnline(b.deviceId, true)
    h.sandbox.control.setDeviceOnline(c.deviceId, false)
    const [pendA, pendB, pendC] = [await pendingOn(a.channelId), await pendingOn(b.channelId), await pendingOn(c.channelId)]
    expect(pendA).toEqual([])
    expect(pendB.length).toBeGreaterThan(0)
    expect(pendC.length).toBeGreaterThan(0)

    const sent = await h.client.sendAdditionalPermissions({ channelIds: [a.channelId, b.channelId, c.channelId], certificates: 'cardFace' })
    expect(sent.taskIds).toHaveLength(3)
    h.sandbox.control.advance(TASK_DONE_MS)
    const byChannel = await outcomeByChannel(sent.taskIds)
    expect(byChannel.get(a.channelName)).toMatchObject({ failed: [], succeeded: [] })
    expect(byChannel.get(b.channelName)).toMatchObject({ failed: [], succeeded: pendB })
    expect(byChannel.get(c.channelName)).toMatchObject({ failed: pendC, succeeded: [] })
    const tasks = await h.client.listAuthTasks({ kind: 'increment' })
    expect(tasks.items.find((t) => t.accessControlChannelName === a.channelName)).toMatchObject({ authNum: 0, outcome: { value: 'succeeded' } })
    expect(tasks.items.find((t) => t.accessControlChannelName === b.channelName)).toMatchObject({ authNum: pendB.length, successNum: pendB.length })
    expect((await h.client.listAuthTasks({ authNum: 'none' })).items.map((t) => t.accessControlChannelName)).toContain(a.channelName)
    expect(await pendingOn(b.channelId)).toEqual([])
    expect(await pendingOn(c.channelId)).toEqual(pendC)
  })

  it('task detail decodes authIssueCertificate by the task enum and keeps the server text', async () => {
    const sent = await h.client.sendAllPermissions({ channelIds: [channel(0).channelId], certificates: 'cardPassword' })
    const detail = await h.client.getAuthTask(sent.taskIds[0] ?? '')
    // Send code 3 is "card + password"; the task enum reads 3 as "card + fingerprint".
    expect(detail.certificates).toEqual({ known: true, value: 'cardFingerprint', code: 3 })
    expect(detail.authIssueCertificateStr).toBe('Card + password')
    expect(detail.taskFinishTime).toBeNull()
    expect((await h.client.listAuthTasks({ certificates: 'cardFingerprint' })).items.map((t) => t.authTaskId)).toContain(sent.taskIds[0])
    const four = await h.client.sendAllPermissions({ channelIds: [channel(0).channelId], certificates: 'cardPasswordFace' })
    expect((await h.client.getAuthTask(four.taskIds[0] ?? '')).certificates).toEqual({ known: false, code: 4 })
    const initial = (await h.client.listAuthTasks({ progress: 'initialised' })).items.map((t) => t.authTaskId)
    expect(initial).toContain(four.taskIds[0])
    h.sandbox.control.advance(2_000)
    expect((await h.client.listAuthTasks({ progress: 'running' })).items.map((t) => t.authTaskId)).toContain(four.taskIds[0])
    h.sandbox.control.advance(TASK_DONE_MS)
    expect((await h.client.getAuthTask(four.taskIds[0] ?? '')).taskFinishTime).toEqual(expect.any(Number))
  })
})

/** The result fields seed 004 describes, operation by operation. */
const FIELDS = {
  accessAuth: [
    'accessAuthId',
    'personId',
    'name',
    'sex',
    'mobileCountry',
    'mobile',
    'personCode',
    'structureIds',
    'accessAuthTimeRangeId',
    'accessAuthTimeRangeStr',
    'businessDeviceName',
    'accessControlChannelId',
    'authStartTime',
    'authEndTime',
    'accessControlChannelName',
    'accessControlChannelNo',
    'accessChannelRoomId',
    'accessChannelPositionPath',
    'totalCardNum',
    'authCardNum',
    'totalFaceNum',
    'authFaceNum',
    'totalFingerprintNum',
    'authFingerprintNum',
    'faceIssueStatus',
    'cardIssueStatus',
    'fingerprintIssueStatus',
  ],
  accessAuthDetail: [
    'personId',
    'name',
    'imageUrl',
    'sex',
    'sexStr',
    'mobileCountry',
    'mobile',
    'personCode',
    'structureNames',
    'accessControlChannelName',
    'accessControlChannelNo',
    'accessChannelRoomId',
    'accessChannelPositionPath',
    'businessDeviceName',
    'authStartTime',
    'authEndTime',
    'authCreateTime',
    'authSource',
    'authSourceStr',
    'totalCardNum',
    'authCardNum',
    'totalFaceNum',
    'authFaceNum',
    'totalFingerprintNum',
    'authFingerprintNum',
    'faceIssueStatus',
    'cardIssueStatus',
    'fingerprintIssueStatus',
  ],
  task: [
    'authTaskId',
    'taskStartTime',
    'accessControlChannelName',
    'accessControlChannelNo',
    'accessChannelPositionPath',
    'businessDeviceName',
    'authNum',
    'authIssueType',
    'successNum',
    'authTaskProgress',
    'authTaskStatus',
    'taskFinishTime',
  ],
  taskDetail: [
    'taskStartTime',
    'taskFinishTime',
    'authIssueCertificate',
    'authIssueCertificateStr',
    'accessControlChannelName',
    'accessControlChannelNo',
    'accessChannelPositionPath',
    'businessDeviceName',
  ],
  record: [
    'projectId',
    'authTaskRecordId',
    'personId',
    'name',
    'mobileCountry',
    'mobile',
    'structureName',
    'accessAuthTimeRangeId',
    'accessAuthTimeRangeStr',
    'authIssueTime',
    'issueStatus',
  ],
  issueInfo: ['projectId', 'authTaskRecordId', 'personIssueResult', 'cardIssueResult', 'cardPwdIssueResult', 'faceIssueResult', 'fingerprintIssueResult'],
  counts: ['successIssueNum', 'failIssueNum', 'successIssueDelNum', 'failIssueDelNum'],
}

describe('Tuya seed 004 on the wire', () => {
  it('every result field seed 004 describes is present', async () => {
    const { accessToken } = await rawToken(h.sandbox)
    const projectId = h.sandbox.info.projectId
    const base = '/v1.0/iot-02/building'
    const call = async (method: 'GET' | 'POST', path: string, params: Record<string, unknown>): Promise<Record<string, unknown>> => {
      const answer =
        method === 'GET'
          ? await rawCall(h.sandbox, {
              method,
              path: `${base}${path}`,
              query: Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])),
              accessToken,
            })
          : await rawCall(h.sandbox, { method, path: `${base}${path}`, body: JSON.stringify(params), accessToken })
      expect(answer.json.success).toBe(true)
      return camelDeep(answer.json.result) as Record<string, unknown>
    }
    const auths = await call('POST', '/access-auth', { projectId, pageSize: 2 })
    expect(Object.keys(auths)).toEqual(expect.arrayContaining(['total', 'list', 'hasMore']))
    const auth = (auths.list as Record<string, unknown>[])[0] ?? {}
    expect(Object.keys(auth)).toEqual(expect.arrayContaining(FIELDS.accessAuth))
    expect(Object.keys(await call('GET', '/access-auth/detail', { project_id: projectId, access_auth_id: auth.accessAuthId }))).toEqual(
      expect.arrayContaining(FIELDS.accessAuthDetail),
    )
    const taskIds = String(
      await call('POST', '/access-auth-issue/actions/full', { projectId, authIssueCertificate: 1, channelIds: [auth.accessControlChannelId] }),
    )
    expect(taskIds).toMatch(/^\d{19}$/)
    h.sandbox.control.advance(TASK_DONE_MS)
    const tasks = await call('POST', '/access-auth-task', { projectId })
    expect(Object.keys(tasks)).toEqual(expect.arrayContaining(['total', 'list', 'hasMore']))
    expect(Object.keys((tasks.list as object[])[0] ?? {})).toEqual(expect.arrayContaining(FIELDS.task))
    expect(Object.keys(await call('GET', `/access-auth-task/${taskIds}`, { project_id: projectId }))).toEqual(expect.arrayContaining(FIELDS.taskDetail))
    const records = await call('POST', '/access-auth-task/records', { projectId, authTaskId: taskIds })
    expect(Object.keys(records)).toEqual(expect.arrayContaining(['totalNum', 'successNum', 'recordListVOList']))
    const page = records.recordListVOList as { list: Record<string, unknown>[] }
    expect(Object.keys(page)).toEqual(expect.arrayContaining(['total', 'list', 'hasMore']))
    const record = page.list[0] ?? {}
    expect(Object.keys(record)).toEqual(expect.arrayContaining(FIELDS.record))
    const info = await call('GET', '/access-auth-task/actions/issue-info', { project_id: projectId, auth_task_record_id: record.authTaskRecordId })
    expect(Object.keys(info)).toEqual(expect.arrayContaining(FIELDS.issueInfo))
    for (const key of FIELDS.issueInfo.slice(2)) expect(Object.keys(info[key] as object)).toEqual(expect.arrayContaining(FIELDS.counts))
    // The increment endpoint takes the same body.
    expect(
      String(await call('POST', '/access-auth-issue/actions/increment', { projectId, authIssueCertificate: 4, channelIds: [auth.accessControlChannelId] })),
    ).toMatch(/^\d{19}$/)
  })
})
