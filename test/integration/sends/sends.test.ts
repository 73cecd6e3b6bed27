import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { silentLogger } from '../../../src/main/log/logger'
import type { RunningSandboxes } from '@fieldkey/sandbox'
import { SendsService } from '../../../src/main/services/sends'
import { OutboxService } from '../../../src/main/services/outbox/outbox-service'
import { outboxOperations } from '../../../src/main/services/outbox-operations'
import type { ActivityChange } from '../../../src/main/services/activity/activity-log'
import type { SqlDatabase } from '../../../src/main/store/driver'
import type { ChannelRow, SendDraft, SendProgress, StartedSend } from '../../../src/shared/sends/types'
import { adminGet, adminSend } from '../access-groups/harness'
import { sessionsFor } from '../sync/harness'
import { syncedTuyaSite } from './harness'

interface SandboxTask {
  readonly authTaskId: string
  readonly channelId: string
  readonly kind: number
  readonly certificate: number
  readonly records: readonly { readonly personId: string; readonly status: string }[]
}

let sandboxes: RunningSandboxes
let db: SqlDatabase
let service: SendsService
const progress: SendProgress[] = []
/** What the activity log was told, in order. */
const logged: ActivityChange[] = []
let scope: { connectionId: string; projectId: string }

const newService = (): SendsService =>
  new SendsService({
    db,
    session: sessionsFor(sandboxes.info),
    outbox: new OutboxService({
      db,
      session: sessionsFor(sandboxes.info),
      now: Date.now,
      operations: outboxOperations(db),
      logger: silentLogger,
      onChange: () => undefined,
      activity: { record: (change) => logged.push(change) },
    }),
    isOnline: () => true,
    checked: () => undefined,
    emit: (p) => progress.push(p),
    now: Date.now,
    logger: silentLogger,
    // Waiting is moving the sandbox clock: tasks progress over seconds of it, never of ours.
    sleep: (ms) => adminSend(sandboxes, 'POST', '/tuya/clock/advance', { ms }),
  })

/** Two online channels on different devices, each with pending card permissions. */
function pickChannels(): { offline: ChannelRow; online: ChannelRow } {
  const { channels } = service.channels(scope)
  const candidates = channels.filter((c) => c.online && c.permissions.total >= 2 && c.permissions.card > 0)
  const [a, b] = candidates.filter((c, i, all) => all.findIndex((x) => x.deviceId === c.deviceId) === i)
  if (!a || !b) throw new Error('the site needs two online channels on different devices with pending permissions')
  return { offline: a, online: b }
}

let offline: ChannelRow
let online: ChannelRow

// Each test gets its own site, synced, with one of the two chosen devices offline in the cloud.
beforeEach(async () => {
  ;({ sandboxes, db, scope } = await syncedTuyaSite())
  progress.length = 0
  service = newService()
  ;({ offline, online } = pickChannels())
  await adminSend(sandboxes, 'POST', `/tuya/devices/${offline.deviceId}/online`, { online: false })
})
afterEach(async () => {
  service.close()
  await sandboxes.close()
  db.close()
})

const sandboxTasks = async (ids: readonly string[]): Promise<SandboxTask[]> =>
  (await adminGet<{ tasks: SandboxTask[] }>(sandboxes, '/tuya/state')).tasks.filter((t) => ids.includes(t.authTaskId))

/** Sends, then waits for the tracker's "finished" event of that batch. */
async function sendAndFinish(
  draft: SendDraft,
  send: () => Promise<StartedSend> = async () => {
    const started = await service.start(scope, draft)
    if (started.outcome !== 'sent') throw new Error(`the send was queued: ${JSON.stringify(started)}`)
    return started
  },
): Promise<{ started: StartedSend; final: SendProgress }> {
  const started = await send()
  const key = [...started.taskIds].sort().join(',')
  await expect.poll(() => progress.some((p) => p.state === 'finished' && [...p.taskIds].sort().join(',') === key), { timeout: 30_000, interval: 20 }).toBe(true)
  const final = progress.filter((p) => [...p.taskIds].sort().join(',') === key).at(-1)
  if (!final) throw new Error('no progress')
  return { started, final }
}

/**
 * The incremental send to both channels, cards only (code 1), so "retry failures" can be told
 * apart from a card + face resend; the offline channel fails its persons.
 */
async function incrementalSend() {
  const draft: SendDraft = { channelIds: [offline.channelId, online.channelId], kind: 'increment', certificates: 'card' }
  const preview = service.preview(scope, draft)
  const { started, final } = await sendAndFinish(draft)
  const cloud = await sandboxTasks(started.taskIds)
  const failedInCloud =
    cloud
      .find((t) => t.channelId === offline.channelId)
      ?.records.filter((r) => r.status === 'failed')
      .map((r) => r.personId)
      .sort() ?? []
  return { preview, started, final, cloud, failedInCloud }
}

describe('permission sends against the Tuya sandbox', () => {
  it('lists channels with permission counts: two online devices with pending cards', () => {
    const picked = pickChannels()
    expect(picked.offline.deviceId).not.toBe(picked.online.deviceId)
    for (const channel of [picked.offline, picked.online]) expect(channel.permissions.card).toBeGreaterThan(0)
  })

  it('incremental: each channel gets exactly its pending persons; the offline one fails them all, the grid shows exactly those', async () => {
    logged.length = 0
    const { preview, started, final, cloud, failedInCloud } = await incrementalSend()
    expect(started).toMatchObject({ kind: 'increment', recovered: false })
    // One line in the activity log: the send, done, naming its doors.
    expect(logged).toMatchObject([{ ...scope, result: 'done', operation: { kind: 'tuya.permissions.send', sendKind: 'increment', certificates: 'card' } }])
    expect(final.tasks.map((t) => t.channelId).sort()).toEqual([offline.channelId, online.channelId].sort())
    for (const channel of [offline, online]) {
      const expected = preview.channels
        .find((c) => c.channelId === channel.channelId)
        ?.persons.map((p) => p.personId)
        .sort()
      const task = cloud.find((t) => t.channelId === channel.channelId)
      expect(task?.records.map((r) => r.personId).sort()).toEqual(expected)
    }
    expect(failedInCloud.length).toBeGreaterThan(0)

    const grid = await service.grid(scope, started.taskIds)
    expect(grid.partial).toBe(false)
    const offlineGrid = grid.channels.find((g) => g.channelId === offline.channelId)
    const onlineGrid = grid.channels.find((g) => g.channelId === online.channelId)
    expect(
      offlineGrid?.rows
        .filter((r) => Object.values(r.cells).includes('failed'))
        .map((r) => r.personId)
        .sort(),
    ).toEqual(failedInCloud)
    expect(offlineGrid?.failedRows).toBe(failedInCloud.length)
    expect(onlineGrid?.failedRows).toBe(0)
    expect(onlineGrid?.rows.every((r) => !Object.values(r.cells).includes('failed'))).toBe(true)

    // Records and issue info, from the cache and the cloud.
    const view = await service.task(scope, offlineGrid?.taskId ?? '')
    expect(view.records.every((r) => r.issueStatus.known && r.issueStatus.value === 'failed')).toBe(true)
    expect(view.detail?.certificates).toMatchObject({ known: true, value: 'card', code: 1 })
    const info = await service.issueInfo(scope, view.records[0]?.authTaskRecordId ?? '')
    expect(info.person.failIssueNum).toBe(1)
    expect(info.card.successIssueNum + info.face.successIssueNum).toBe(0)
  })

  it('full: every permission of the channel is in the task; still only the offline channel fails', async () => {
    const draft: SendDraft = { channelIds: [offline.channelId, online.channelId], kind: 'full', certificates: 'cardFace' }
    const preview = service.preview(scope, draft)
    const { started } = await sendAndFinish(draft)
    const cloud = await sandboxTasks(started.taskIds)
    for (const channel of [offline, online]) {
      const p = preview.channels.find((c) => c.channelId === channel.channelId)
      const persons = [
        ...(p?.persons.map((x) => x.personId) ?? []),
        ...(p?.problems.flatMap((x) => (x.kind === 'noCredential' ? [x.personId] : [])) ?? []),
      ].sort()
      expect(
        cloud
          .find((t) => t.channelId === channel.channelId)
          ?.records.map((r) => r.personId)
          .sort(),
      ).toEqual(persons)
      expect(persons).toEqual(
        service
          .permissions(scope, { channelId: channel.channelId }, 0, 500)
          .items.map((a) => a.personId)
          .sort(),
      )
    }
    const grid = await service.grid(scope, started.taskIds)
    const failed = cloud
      .find((t) => t.channelId === offline.channelId)
      ?.records.map((r) => r.personId)
      .sort()
    expect(
      grid.channels
        .find((g) => g.channelId === offline.channelId)
        ?.rows.filter((r) => r.record.known && r.record.value === 'failed')
        .map((r) => r.personId)
        .sort(),
    ).toEqual(failed)
    expect(grid.channels.find((g) => g.channelId === online.channelId)?.failedRows).toBe(0)
    // The tracker re-read the permissions: the online channel has nothing of the policy pending now.
    const after = service.channels(scope).channels.find((c) => c.channelId === online.channelId)
    expect(after?.permissions.card).toBe(0)
    expect(after?.lastSend?.task.authTaskId).toBe(grid.channels.find((g) => g.channelId === online.channelId)?.taskId)
  })

  it("retry failures: an incremental send to exactly the channels with failed records, with the original task's policy", async () => {
    const { started: increment, failedInCloud } = await incrementalSend()
    const incrementTasks = increment.taskIds
    const incrementFailed = failedInCloud.length
    const plan = await service.retryPlan(scope, incrementTasks)
    expect(plan.channelIds).toEqual([offline.channelId])
    expect(plan.batches).toEqual([{ certificates: 'card', channelIds: [offline.channelId], channelNames: [offline.name], failedPersons: incrementFailed }])
    expect(plan.left).toEqual([])
    // A service that did not send those tasks (after a restart) reads the policy from the task detail.
    const restarted = newService()
    try {
      expect((await restarted.retryPlan(scope, incrementTasks)).batches).toEqual(plan.batches)
      await adminSend(sandboxes, 'POST', `/tuya/devices/${offline.deviceId}/online`, { online: true })
      const { started, final } = await sendAndFinish({ channelIds: plan.channelIds, kind: 'increment', certificates: 'card' }, () =>
        restarted.retryFailures(scope, incrementTasks),
      )
      const cloud = await sandboxTasks(started.taskIds)
      expect(cloud).toHaveLength(1)
      expect(cloud[0]).toMatchObject({ channelId: offline.channelId, kind: 2, certificate: 1 })
      expect(cloud[0]?.records.every((r) => r.status === 'succeeded')).toBe(true)
      expect(final.tasks[0]?.failed).toBe(0)
    } finally {
      restarted.close()
    }
  })

  it('retry failures of a full card + face send resends card + face', async () => {
    await adminSend(sandboxes, 'POST', `/tuya/devices/${offline.deviceId}/online`, { online: false })
    const { started } = await sendAndFinish({ channelIds: [offline.channelId, online.channelId], kind: 'full', certificates: 'cardFace' })
    const plan = await service.retryPlan(scope, started.taskIds)
    expect(plan.batches.map((b) => [b.certificates, b.channelIds])).toEqual([['cardFace', [offline.channelId]]])
    await adminSend(sandboxes, 'POST', `/tuya/devices/${offline.deviceId}/online`, { online: true })
    const retried = await sendAndFinish({ channelIds: [offline.channelId], kind: 'increment', certificates: 'cardFace' }, () =>
      service.retryFailures(scope, started.taskIds),
    )
    const cloud = await sandboxTasks(retried.started.taskIds)
    expect(cloud).toHaveLength(1)
    expect(cloud[0]).toMatchObject({ channelId: offline.channelId, kind: 2, certificate: 2 })
    expect(retried.final.tasks[0]?.failed).toBe(0)
  })

  it('the report lists offline devices first, each group in the order people count (Door controller 2 before 10)', () => {
    const devices = service.report(scope, 'Tester').devices
    expect(devices.length).toBeGreaterThan(10)
    const firstOnline = devices.findIndex((d) => d.online)
    expect(devices.slice(firstOnline).every((d) => d.online)).toBe(true)
    const numbers = (list: typeof devices) => list.map((d) => Number(/(\d+)$/.exec(d.name)?.[1] ?? Number.NaN))
    for (const group of [devices.slice(0, firstOnline), devices.slice(firstOnline)]) {
      const n = numbers(group)
      expect(n).toEqual([...n].sort((a, b) => a - b))
    }
  })

  it('tracked tasks and records stay readable from the cache with the cloud gone', async () => {
    const incrementTasks = (await incrementalSend()).started.taskIds
    const before = service.tasks(scope, { state: 'finished' }, 0, 100)
    await sandboxes.close()
    const after = service.tasks(scope, { state: 'finished' }, 0, 100)
    expect(after.total).toBe(before.total)
    expect(after.total).toBeGreaterThanOrEqual(incrementTasks.length)
    const grid = await service.grid(scope, incrementTasks)
    expect(grid.channels.find((g) => g.channelId === offline.channelId)?.failedRows).toBeGreaterThan(0)
  })

  it('after a restart with the cloud gone, the grid keeps its per-credential results and each record its issue info', async () => {
    const incrementTasks = (await incrementalSend()).started.taskIds
    // The installer looked at the grid while the cloud answered, then the cloud went away.
    const online = await service.grid(scope, incrementTasks)
    await sandboxes.close()
    const restarted = newService()
    try {
      const offlineGrid = await restarted.grid(scope, incrementTasks)
      // Every settled record's issue info was kept: the grid is whole, cell for cell, without the cloud.
      expect(offlineGrid.partial).toBe(false)
      expect(offlineGrid.channels).toEqual(online.channels)
      const views = await Promise.all(incrementTasks.map((id) => restarted.task(scope, id)))
      const recordId = views.find((v) => v.tracked.channelId === offline.channelId)?.records[0]?.authTaskRecordId ?? ''
      expect(recordId).not.toBe('')
      expect((await restarted.issueInfo(scope, recordId)).authTaskRecordId).toBe(recordId)
      // A record never read has nothing to fall back on: the network error says so.
      await expect(restarted.issueInfo(scope, 'never-read')).rejects.toThrow()
    } finally {
      restarted.close()
    }
  })
})
