import { afterAll, beforeAll, expect, it, vi } from 'vitest'
import { type RunningSandboxes, startSandboxes } from '@fieldkey/sandbox'
import type { FetchLike } from '../../../src/main/clouds/http'
import { silentLogger } from '../../../src/main/log/logger'
import { SendsService } from '../../../src/main/services/sends'
import { OutboxService } from '../../../src/main/services/outbox/outbox-service'
import { outboxOperations } from '../../../src/main/services/outbox-operations'
import type { SqlDatabase } from '../../../src/main/store/driver'
import type { SendProgress } from '../../../src/shared/sends/types'
import { previewChannel } from '../../../src/shared/sends/preview'
import { isSettled } from '../../../src/shared/sends/task-state'
import { SendsRepo } from '../../../src/main/store/cache/sends-repo'
import { adminSend } from '../access-groups/harness'
import { TUYA_CONNECTION, openTestStore, sessionsFor, syncService } from '../sync/harness'

/** A site of about 400 channels: a send to 300 of them starts more tasks than the newest few pages of the task list hold. */
let sandboxes: RunningSandboxes
let db: SqlDatabase
let service: SendsService
let scope: { connectionId: string; projectId: string }
const progress: SendProgress[] = []
/** The task-record reads the tracker made. */
let recordReads = 0

beforeAll(async () => {
  sandboxes = await startSandboxes({ seed: 9, scale: 300 })
  await adminSend(sandboxes, 'POST', '/tuya/sends', { failureRate: 0 })
  db = openTestStore(sandboxes.info)
  scope = { connectionId: TUYA_CONNECTION, projectId: sandboxes.info.tuya.projectId }
  await syncService(db, sandboxes.info).syncProject(scope.connectionId, scope.projectId)
  const counting: FetchLike = (url, init) => {
    if (url.includes('/access-auth-task/records')) recordReads++
    return fetch(url, init)
  }
  const session = sessionsFor(sandboxes.info, counting)
  service = new SendsService({
    db,
    session,
    outbox: new OutboxService({ db, session, now: Date.now, operations: outboxOperations(db), logger: silentLogger, onChange: () => undefined }),
    isOnline: () => true,
    checked: () => undefined,
    emit: (p) => progress.push(p),
    now: Date.now,
    logger: silentLogger,
    // Waiting is moving the sandbox clock: tasks progress over seconds of it, never of ours.
    sleep: (ms) => adminSend(sandboxes, 'POST', '/tuya/clock/advance', { ms }),
  })
}, 60_000)

afterAll(async () => {
  service.close()
  await sandboxes.close()
  db.close()
})

it('a send to 300 channels is followed to its end, and each task’s records are read once, when it has settled', async () => {
  const channelIds = service
    .channels(scope)
    .channels.slice(0, 300)
    .map((c) => c.channelId)
  expect(channelIds).toHaveLength(300)
  // The preview (also what the activity log's entry is worded from) reads the permissions of all 300 at once.
  const reads = vi.spyOn(db, 'all')
  const draft = { channelIds, kind: 'full', certificates: 'card' } as const
  const preview = service.preview(scope, draft)
  expect(reads.mock.calls.length).toBeLessThan(10)
  reads.mockRestore()
  // The same persons as each channel's own permissions give.
  const repo = new SendsRepo(db)
  expect(preview.channels.map((c) => c.channelId)).toEqual(channelIds)
  for (const c of preview.channels)
    expect(c.persons).toEqual(previewChannel(draft, { ...c, runningTaskId: null }, repo.auths(scope, { channelId: c.channelId })).persons)
  expect(preview.personCount).toBeGreaterThan(300)
  const started = await service.start(scope, draft)
  if (started.outcome !== 'sent') throw new Error(`the send was ${started.outcome}`)
  expect(started.taskIds).toHaveLength(300)
  const key = [...started.taskIds].sort().join(',')
  const ended = (): SendProgress | undefined => progress.find((p) => p.state !== 'running' && [...p.taskIds].sort().join(',') === key)
  await expect.poll(ended, { timeout: 60_000, interval: 50 }).toBeDefined()
  const final = ended()
  expect(final?.state).toBe('finished')
  expect(final?.tasks).toHaveLength(300)
  expect(final?.tasks.every((t) => isSettled(t.task) && t.done === t.task.authNum)).toBe(true)
  expect(recordReads).toBe(300)
}, 90_000)
