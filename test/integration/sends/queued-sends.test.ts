import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { RunningSandboxes } from '@fieldkey/sandbox'
import type { OutboxEntry, TuyaPermissionSend } from '../../../src/shared/domain/outbox'
import type { SendChecked, SendDraft, SendProgress } from '../../../src/shared/sends/types'
import { silentLogger } from '../../../src/main/log/logger'
import { OutboxService } from '../../../src/main/services/outbox/outbox-service'
import { outboxOperations } from '../../../src/main/services/outbox-operations'
import { SendsService } from '../../../src/main/services/sends'
import type { ActivityChange } from '../../../src/main/services/activity/activity-log'
import type { SqlDatabase } from '../../../src/main/store/driver'
import { adminGet, adminSend } from '../access-groups/harness'
import { sessionsFor } from '../sync/harness'
import { syncedTuyaSite } from './harness'

/**
 * Permission sends without the cloud, against the Tuya sandbox: offline they wait in the outbox;
 * when the answer of a send that went out is lost, the cloud's task list decides once it answers
 * again (adopted and followed, or queued for replay), and nothing is ever sent twice.
 */
let sandboxes: RunningSandboxes
let db: SqlDatabase
let outbox: OutboxService
let service: SendsService
let online = true
let scope: { connectionId: string; projectId: string }
let draft: SendDraft
const progress: SendProgress[] = []
const checked: SendChecked[] = []
/** What the activity log was told, in order. */
const logged: ActivityChange[] = []
const results = () => logged.map((c) => c.result)

interface SandboxTask {
  readonly authTaskId: string
  readonly channelId: string
}
const sandboxTasks = async (): Promise<SandboxTask[]> => (await adminGet<{ tasks: SandboxTask[] }>(sandboxes, '/tuya/state')).tasks
const faults = (body: unknown) => adminSend(sandboxes, 'POST', '/faults/tuya', body)
const noFaults = () => adminSend(sandboxes, 'DELETE', '/faults/tuya')
const sendOf = (entry: OutboxEntry | undefined): TuyaPermissionSend => {
  if (entry?.operation.kind !== 'tuya.permissions.send') throw new Error(`not a send: ${JSON.stringify(entry?.operation)}`)
  return entry.operation
}

beforeEach(async () => {
  ;({ sandboxes, db, scope } = await syncedTuyaSite())
  const session = sessionsFor(sandboxes.info)
  online = true
  progress.length = 0
  checked.length = 0
  logged.length = 0
  outbox = new OutboxService({
    db,
    session,
    now: Date.now,
    operations: outboxOperations(db, { landed: (s, send, result) => service.landed(s, send, result) }),
    logger: silentLogger,
    onChange: () => undefined,
    activity: { record: (change) => logged.push(change) },
  })
  service = new SendsService({
    db,
    session,
    outbox,
    isOnline: () => online,
    emit: (p) => progress.push(p),
    checked: (c) => checked.push(c),
    now: Date.now,
    logger: silentLogger,
    sleep: (ms) => adminSend(sandboxes, 'POST', '/tuya/clock/advance', { ms }),
    // Between checks the wait only ends when woken (the network is back): the test decides when.
    checkSleep: (_ms, signal) => new Promise((resolve) => signal.addEventListener('abort', () => resolve())),
  })
  const channel = service.channels(scope).channels.find((c) => c.online && c.permissions.card > 0)
  if (!channel) throw new Error('the site needs an online channel with pending cards')
  draft = { channelIds: [channel.channelId], kind: 'increment', certificates: 'card' }
})
afterEach(async () => {
  service.close()
  await sandboxes.close()
  db.close()
})

const followed = (taskIds: readonly string[]) => progress.some((p) => taskIds.every((id) => p.taskIds.includes(id)))

describe('Tuya sends without the cloud', () => {
  it('offline: the send waits in the outbox with its channels and credentials, nothing is sent; replayed, the cloud holds one task and it is followed', async () => {
    const before = await sandboxTasks()
    online = false
    const started = await service.start(scope, draft)
    expect(started).toMatchObject({ outcome: 'queued', unconfirmed: false })
    const [entry] = outbox.list(scope)
    const preview = service.preview(scope, draft)
    expect(sendOf(entry)).toMatchObject({
      sendKind: 'increment',
      certificates: 'card',
      channels: [{ channelId: draft.channelIds[0], name: preview.channels[0]?.name }],
      credentials: preview.personCount,
      check: { state: 'none' },
    })
    expect(await sandboxTasks()).toHaveLength(before.length)

    online = true
    expect(await outbox.replay([entry?.id ?? -1])).toEqual([{ kind: 'applied', id: entry?.id }])
    const added = (await sandboxTasks()).slice(before.length)
    expect(added.map((t) => t.channelId)).toEqual(draft.channelIds)
    await expect.poll(() => followed(added.map((t) => t.authTaskId))).toBe(true)
    expect(outbox.list(scope)).toEqual([])
    expect(results()).toEqual(['queued', 'done'])
  })

  it('the call fails before it was sent (no token for lack of network): it waits in the outbox, not as unconfirmed', async () => {
    await faults({ dropRate: 1 })
    const started = await service.start(scope, draft)
    await noFaults()
    expect(started).toMatchObject({ outcome: 'queued', unconfirmed: false })
    expect(sendOf(outbox.list(scope)[0]).check).toEqual({ state: 'none' })
  })

  it('network cut after signing in: waits as unconfirmed; back online, the task list shows it never landed, so it waits for replay, which sends it once', async () => {
    await service.refreshTasks(scope)
    const before = await sandboxTasks()
    await faults({ dropRate: 1 })
    const started = await service.start(scope, draft)
    expect(started).toMatchObject({ outcome: 'queued', unconfirmed: true })
    const [entry] = outbox.list(scope)
    expect(sendOf(entry).check.state).toBe('unconfirmed')
    // Still cut: a replay does not send it blindly.
    expect((await outbox.replay([entry?.id ?? -1]))[0]).toMatchObject({ kind: 'failed', error: { messageKey: 'sends.errors.unconfirmed' } })

    await noFaults()
    await service.checkUnconfirmed()
    expect(checked).toMatchObject([{ outcome: 'notFound', kind: 'increment', taskIds: [] }])
    expect(sendOf(outbox.list(scope)[0]).check.state).toBe('notFound')
    expect(await sandboxTasks()).toHaveLength(before.length)

    expect((await outbox.replay([entry?.id ?? -1]))[0]).toMatchObject({ kind: 'applied' })
    const added = (await sandboxTasks()).slice(before.length)
    expect(added.map((t) => t.channelId)).toEqual(draft.channelIds)
  })

  it('the answer is dropped after the send landed and the task list cannot be read: back online, its task is adopted and followed, never sent twice', async () => {
    await service.refreshTasks(scope)
    const before = await sandboxTasks()
    const unreadable = Array.from({ length: 8 }, () => ({ kind: 'drop', match: 'access-auth-task' }))
    await faults({ script: [{ kind: 'drop', when: 'after', match: 'access-auth-issue' }, ...unreadable] })
    const started = await service.start(scope, draft)
    await noFaults()
    expect(started).toMatchObject({ outcome: 'queued', unconfirmed: true })
    const landed = (await sandboxTasks()).slice(before.length)
    expect(landed.map((t) => t.channelId)).toEqual(draft.channelIds)

    await service.checkUnconfirmed()
    const ids = landed.map((t) => t.authTaskId)
    expect(checked).toMatchObject([{ outcome: 'adopted', taskIds: ids }])
    expect(outbox.list(scope)).toEqual([])
    // Found in the task list: it landed, so the log says done, not discarded.
    expect(results()).toEqual(['queued', 'done'])
    await expect.poll(() => followed(ids)).toBe(true)
    expect(await sandboxTasks()).toHaveLength(before.length + 1)
  })

  it('a replay whose answer is lost again is not replayed blindly: the next check finds its task and adopts it', async () => {
    online = false
    await service.start(scope, draft)
    online = true
    await service.refreshTasks(scope)
    const before = await sandboxTasks()
    const [entry] = outbox.list(scope)
    const unreadable = Array.from({ length: 8 }, () => ({ kind: 'drop', match: 'access-auth-task' }))
    await faults({ script: [{ kind: 'drop', when: 'after', match: 'access-auth-issue' }, ...unreadable] })
    expect((await outbox.replay([entry?.id ?? -1]))[0]).toMatchObject({ kind: 'failed', error: { messageKey: 'errors.tuya.outcomeUnknown' } })
    await noFaults()
    const landed = (await sandboxTasks()).slice(before.length)
    expect(landed.map((t) => t.channelId)).toEqual(draft.channelIds)

    await service.checkUnconfirmed()
    expect(checked).toMatchObject([{ outcome: 'adopted', taskIds: landed.map((t) => t.authTaskId) }])
    expect(outbox.list(scope)).toEqual([])
    expect(await sandboxTasks()).toHaveLength(before.length + 1)
  })
})
