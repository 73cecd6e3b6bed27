import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { RunningSandboxes } from '@fieldkey/sandbox'
import type { TuyaAccessAuth } from '../../../src/shared/domain/tuya'
import type { SendProgress } from '../../../src/shared/sends/types'
import type { FetchLike } from '../../../src/main/clouds/http'
import { silentLogger } from '../../../src/main/log/logger'
import { OutboxService } from '../../../src/main/services/outbox/outbox-service'
import { outboxOperations } from '../../../src/main/services/outbox-operations'
import { PersonCredentialsService } from '../../../src/main/services/people/person-credentials'
import { PersonsService } from '../../../src/main/services/people/persons-service'
import { SendsService } from '../../../src/main/services/sends'
import { SendsRepo } from '../../../src/main/store/cache/sends-repo'
import { PeopleQueryRepo } from '../../../src/main/store/cache/people-query-repo'
import type { SqlDatabase } from '../../../src/main/store/driver'
import { adminSend } from '../access-groups/harness'
import { sessionsFor } from '../sync/harness'
import { syncedTuyaSite } from '../sends/harness'

/**
 * A Tuya person's face, biometrics and doors against the sandbox: the picture read through the
 * transport from the cloud's origin, the doors from access-auth filtered to the person, each with
 * what the latest send did with the person's credentials.
 */
let sandboxes: RunningSandboxes
let db: SqlDatabase
let scope: { connectionId: string; projectId: string }
let online = true
let refuse: RegExp | null = null
let seen: string[] = []
let bodies: string[] = []
/** When set, answers every access-auth list itself: a cloud that ignores the person filter. */
let endless: Record<string, unknown>[] | null = null

const fetchLike: FetchLike = async (url, init) => {
  seen.push(url)
  if (typeof init.body === 'string') bodies.push(init.body)
  if (refuse?.test(url)) throw new TypeError('fetch failed')
  if (endless && new URL(url).pathname.endsWith('/access-auth')) {
    return new Response(JSON.stringify({ success: true, t: Date.now(), result: { total: 1_000_000, has_more: true, list: endless } }), {
      headers: { 'content-type': 'application/json' },
    })
  }
  return fetch(url, init)
}

function services() {
  const session = sessionsFor(sandboxes.info, fetchLike)
  const outbox = new OutboxService({ db, session, now: Date.now, operations: outboxOperations(db), logger: silentLogger, onChange: () => undefined })
  const common = { db, session, outbox, isOnline: () => online, logger: silentLogger }
  const persons = new PersonsService({ ...common, sync: async () => undefined, onChange: () => undefined })
  const credentials = new PersonCredentialsService({ ...common, now: Date.now, person: (s, id) => persons.detail(s, id) })
  const progress: SendProgress[] = []
  const sends = new SendsService({
    ...common,
    checked: () => undefined,
    emit: (p) => progress.push(p),
    now: Date.now,
    sleep: (ms) => adminSend(sandboxes, 'POST', '/tuya/clock/advance', { ms }),
  })
  return { persons, credentials, sends, progress }
}

beforeEach(async () => {
  ;({ sandboxes, db, scope } = await syncedTuyaSite())
  online = true
  refuse = null
  endless = null
  seen = []
  bodies = []
})
afterEach(async () => {
  await sandboxes.close()
  db.close()
})

const cachedPersons = () => new PeopleQueryRepo(db).persons(scope, {}, null, { offset: 0, limit: 500 }).items
const cachedAuths = (): TuyaAccessAuth[] => new SendsRepo(db).auths(scope)

describe('a person’s face and biometrics', () => {
  it('reads the picture from the cloud’s origin through the transport and hands over a PNG data: URL, with the rating and verdict', async () => {
    const { credentials } = services()
    const person = cachedPersons().find((p) => p.imagePath !== '')
    if (!person) throw new Error('the site needs a person with a face')
    const read = await credentials.biometrics(scope, person.personId)
    expect(read.face).toMatchObject({ kind: 'enrolled', verdict: 'passed' })
    expect(read.biometrics.kinds).toContain('face')
    expect(read.picture.kind).toBe('shown')
    const dataUrl = read.picture.kind === 'shown' ? read.picture.dataUrl : ''
    expect(dataUrl.startsWith('data:image/png;base64,')).toBe(true)
    expect(
      Buffer.from(dataUrl.split(',')[1] ?? '', 'base64')
        .subarray(1, 4)
        .toString('ascii'),
    ).toBe('PNG')
    const pictureCalls = seen.filter((u) => u.includes('/face-pictures/'))
    expect(pictureCalls).toHaveLength(1)
    expect(new URL(pictureCalls[0] ?? '').origin).toBe(new URL(sandboxes.info.tuya.baseUrl).origin)
  })

  it('a person without a face has no picture and no call is made for one', async () => {
    const { credentials } = services()
    const person = cachedPersons().find((p) => p.imagePath === '')
    if (!person) throw new Error('the site needs a person without a face')
    const read = await credentials.biometrics(scope, person.personId)
    expect(read).toMatchObject({ face: { kind: 'none' }, picture: { kind: 'none' } })
    expect(seen.some((u) => u.includes('/face-pictures/'))).toBe(false)
  })

  it('offline, the face status comes from the cache and the picture says it needs the network', async () => {
    const { credentials } = services()
    const person = cachedPersons().find((p) => p.imagePath !== '')
    if (!person) throw new Error('the site needs a person with a face')
    online = false
    const read = await credentials.biometrics(scope, person.personId)
    expect(read.face.kind).toBe('enrolled')
    expect(read.picture).toMatchObject({ kind: 'unavailable', error: { code: 'network', messageKey: 'errors.facePicture.offline' } })
    expect(seen).toEqual([])
  })
})

describe('a person’s doors', () => {
  it('lists exactly the person’s permissions as the cloud has them, asked by work number, as of now', async () => {
    const { credentials } = services()
    const person = cachedPersons().find((p) => cachedAuths().filter((a) => a.personId === p.personId).length >= 2)
    if (!person) throw new Error('the site needs a person with two doors')
    const expected = cachedAuths()
      .filter((a) => a.personId === person.personId)
      .map((a) => a.accessControlChannelId)
      .sort()
    const before = Date.now()
    const doors = await credentials.doors(scope, person.personId)
    expect(doors.doors.map((d) => d.channelId).sort()).toEqual(expected)
    expect(doors.readError).toBeNull()
    expect(doors.asOf).toBeGreaterThanOrEqual(before)
    expect(bodies.some((b) => (JSON.parse(b) as { personCode?: string }).personCode === person.personCode)).toBe(true)
  })

  it('shows the latest send per credential type: the card failed on the offline door, the password was not part of the send', async () => {
    const { credentials, sends, progress } = services()
    const person = cachedPersons().find((p) => cachedAuths().some((a) => a.personId === p.personId && a.authCardNum > 0))
    if (!person) throw new Error('the site needs a person with a card')
    const door = cachedAuths().find((a) => a.personId === person.personId && a.authCardNum > 0)
    const channel = sends.channels(scope).channels.find((c) => c.channelId === door?.accessControlChannelId)
    if (!channel) throw new Error('no channel')
    await adminSend(sandboxes, 'POST', `/tuya/devices/${channel.deviceId}/online`, { online: false })
    const started = await sends.start(scope, { channelIds: [channel.channelId], kind: 'full', certificates: 'cardFace' })
    if (started.outcome !== 'sent') throw new Error('the send was queued')
    await expect.poll(() => progress.some((p) => p.state === 'finished'), { timeout: 30_000, interval: 20 }).toBe(true)
    await sends.grid(scope, started.taskIds)

    const doors = await credentials.doors(scope, person.personId)
    const sent = doors.doors.find((d) => d.channelId === channel.channelId)
    expect(sent?.lastSend).toMatchObject({ taskId: started.taskIds[0], record: { known: true, value: 'failed' } })
    expect(sent?.lastSend?.cells.card).toBe('failed')
    expect(sent?.lastSend?.cells.password).toBe('notSent')
    expect(doors.doors.filter((d) => d.channelId !== channel.channelId).every((d) => d.lastSend === null)).toBe(true)
    sends.close()
  })

  it('a permission gone from the cloud leaves the tab; when the cloud cannot be read the cache is shown with the reason', async () => {
    const { credentials } = services()
    const person = cachedPersons().find((p) => cachedAuths().filter((a) => a.personId === p.personId).length >= 1)
    if (!person) throw new Error('no person with a door')
    const stale = { ...cachedAuths().find((a) => a.personId === person.personId), accessAuthId: 'gone-1', accessControlChannelId: 'gone-ch' } as TuyaAccessAuth
    new SendsRepo(db).putAuths(scope, [stale])
    const fresh = await credentials.doors(scope, person.personId)
    expect(fresh.doors.map((d) => d.accessAuthId)).not.toContain('gone-1')

    refuse = /access-auth/
    const cached = await credentials.doors(scope, person.personId)
    expect(cached.readError).toMatchObject({ code: 'network' })
    expect(cached.doors.map((d) => d.accessAuthId).sort()).toEqual(fresh.doors.map((d) => d.accessAuthId).sort())
  })

  it('a cloud that ignores the person filter is read for ten pages at most; nothing cached is dropped and the tab says the list may be longer', async () => {
    const { credentials } = services()
    const person = cachedPersons().find((p) => cachedAuths().some((a) => a.personId === p.personId))
    if (!person) throw new Error('no person with a door')
    const mine = cachedAuths().filter((a) => a.personId === person.personId)
    const others = cachedAuths().filter((a) => a.personId !== person.personId)
    endless = others.slice(0, 100).map((a) => ({ ...a, sex: 1, faceIssueStatus: 1, cardIssueStatus: 1, fingerprintIssueStatus: 1 }))
    const doors = await credentials.doors(scope, person.personId)
    expect(seen.filter((u) => new URL(u).pathname.endsWith('/access-auth'))).toHaveLength(10)
    expect(doors.more).toBe(true)
    expect(doors.doors.map((d) => d.accessAuthId).sort()).toEqual(mine.map((a) => a.accessAuthId).sort())
  })
})
