import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ActivityEntry } from '../../../src/shared/domain/activity'
import type { ConnectionSummary, ProjectSummary } from '../../../src/shared/domain/connection'
import type { Page } from '../../../src/shared/page'
import type { BulkProgress, StaffContext, StaffSaveOutcome } from '../../../src/shared/people/staff'
import type { Core } from '../../../src/main/core/core'
import { testCore } from '../../helpers/core'
import { until } from '../people/harness'

/** The activity log through the real core and router, against the demo Akuvox site, on a data folder that outlives the core. */
const dataDir = mkdtempSync(join(tmpdir(), 'fk-activity-'))
const context = { origin: 'headless' } as const
let online = true
let core: Core
let akuvox: { connectionId: string; projectId: string }
let ctx: StaffContext

async function call<T>(channel: string, input: unknown): Promise<T> {
  const result = await core.router.dispatch(channel, input, context)
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`)
  return result.value as T
}

async function goOnline(value: boolean): Promise<void> {
  online = value
  await call('network:status', undefined)
}

const log = (query: Record<string, unknown> = {}) => call<Page<ActivityEntry>>('activity:page', query)

let pins = 864213
function draft(name: string, extra: Record<string, unknown> = {}) {
  const group = ctx.accessGroups.find((g) => !g.system)
  return { name, pinCodes: [String(pins++)], rfCards: [], faceUrls: [], accessGroupIds: [group?.id], floorAccesses: [], ...extra }
}

beforeAll(async () => {
  core = testCore({ dataDir, online: () => online })
  const demo = await call<ConnectionSummary>('connections:openDemo', { vendor: 'akuvox' })
  const [project] = await call<ProjectSummary[]>('projects:list', { id: demo.id })
  akuvox = { connectionId: demo.id, projectId: project?.id ?? '' }
  await call('staff:refresh', akuvox)
  ctx = await call<StaffContext>('staff:context', akuvox)
})
afterAll(() => core.close())

describe('the installer activity log', () => {
  it('has no installer until one is set; then each change carries the name', async () => {
    expect(await call('app:installer', undefined)).toEqual({ name: null })
    expect(await call('app:setInstaller', { name: '  Li Wei ' })).toEqual({ name: 'Li Wei' })
    expect(await call('app:installer', undefined)).toEqual({ name: 'Li Wei' })
  })

  it('a change made online is one row, done, with who, where and what by name; the PIN is not kept', async () => {
    const saved = await call<StaffSaveOutcome>('staff:create', { ...akuvox, draft: draft('Activity Online') })
    expect(saved.kind).toBe('saved')
    const page = await log({ search: 'Activity Online' })
    expect(page.total).toBe(1)
    const [row] = page.items
    expect(row).toMatchObject({
      installer: 'Li Wei',
      connectionId: akuvox.connectionId,
      projectId: akuvox.projectId,
      operation: { kind: 'akuvox.staff.create', target: 'Activity Online', params: { name: 'Activity Online' } },
      result: 'done',
      reason: null,
      outboxId: null,
    })
    expect(row?.connectionLabel).not.toBe('')
    expect(row?.projectName).not.toBe('')
    expect(row?.installId).toMatch(/^[0-9a-f-]{36}$/)
    expect(JSON.stringify(row)).not.toContain('864213')
  })

  it('a change made offline is queued, then done after the replay, both rows naming the same outbox entry', async () => {
    await goOnline(false)
    const queued = await call<StaffSaveOutcome>('staff:create', { ...akuvox, draft: draft('Activity Offline') })
    expect(queued.kind).toBe('queued')
    const outboxId = queued.kind === 'queued' ? queued.outboxId : -1
    expect((await log({ search: 'Activity Offline' })).items.map((e) => [e.result, e.outboxId])).toEqual([['queued', outboxId]])

    await goOnline(true)
    expect(await call('outbox:replay', { entryIds: [outboxId] })).toEqual([{ kind: 'applied', id: outboxId }])
    // Newest first: the landing, then the queueing.
    expect((await log({ search: 'Activity Offline' })).items.map((e) => [e.result, e.outboxId])).toEqual([
      ['done', outboxId],
      ['queued', outboxId],
    ])
    expect((await log({ search: 'Activity Offline', result: 'queued' })).total).toBe(1)
  })

  it("a change the cloud refuses is failed, with the refusal's reason and the cloud's request id when it gave one", async () => {
    const [b1] = ctx.buildings
    const result = await core.router.dispatch(
      'staff:create',
      { ...akuvox, draft: draft('Activity Refused', { floorAccesses: [{ buildingId: b1?.id ?? '', floors: ['99'] }] }) },
      context,
    )
    expect(result.ok).toBe(false)
    const error = result.ok ? null : result.error
    const [row] = (await log({ search: 'Activity Refused' })).items
    expect(row).toMatchObject({ result: 'failed', reason: { code: 'invalid_input', messageKey: 'errors.akuvox.refusedField' } })
    expect(row?.reason?.params?.reason).toContain('99')
    expect(row?.requestId).toBe(error?.vendor?.requestId ?? null)
  })

  it('a queued change the installer discards is queued, then discarded', async () => {
    await goOnline(false)
    const queued = await call<StaffSaveOutcome>('staff:create', { ...akuvox, draft: draft('Activity Dropped') })
    await goOnline(true)
    const outboxId = queued.kind === 'queued' ? queued.outboxId : -1
    expect(await call('outbox:discard', { entryId: outboxId })).toEqual({ discarded: true })
    expect((await log({ search: 'Activity Dropped' })).items.map((e) => [e.result, e.outboxId])).toEqual([
      ['discarded', outboxId],
      ['queued', outboxId],
    ])
  })

  it('a staff import is one line for the whole file, with what it created', async () => {
    const before = (await log()).total
    const rows = [
      { line: 2, draft: draft('Activity Import One') },
      { line: 3, draft: draft('Activity Import Two') },
    ]
    const begun = await call<BulkProgress>('staff:importBegin', { ...akuvox, total: 2, concurrency: 2, fileName: '员工名单.csv' })
    await call('staff:importAppend', { jobId: begun.jobId, rows })
    await call('staff:importRun', { jobId: begun.jobId })
    await until(async () => ((await call<BulkProgress>('staff:importJob', { jobId: begun.jobId })).state === 'finished' ? true : undefined), 'the import')
    const page = await log()
    expect(page.total).toBe(before + 1)
    expect(page.items[0]).toMatchObject({
      result: 'done',
      operation: { kind: 'akuvox.staff.import', target: '员工名单.csv', params: { name: '员工名单.csv', count: 2, created: 2, queued: 0, failed: 0 } },
    })
  })

  it('a delete, which the cloud knows by ids, is logged by the names the installer saw', async () => {
    const saved = await call<StaffSaveOutcome>('staff:create', { ...akuvox, draft: draft('Activity Deleted') })
    const id = saved.kind === 'saved' ? saved.staffAccessId : ''
    await call('staff:delete', { ...akuvox, staffAccessIds: [id] })
    const [row] = (await log({ result: 'done' })).items
    expect(row?.operation).toEqual({ kind: 'akuvox.staff.delete', params: { name: 'Activity Deleted', count: 1 }, target: 'Activity Deleted' })
    expect(JSON.stringify(row)).not.toContain(id)
  })

  it('a read is never logged', async () => {
    const before = (await log()).total
    await call('staff:page', { ...akuvox, search: 'Activity' })
    await call('staff:refresh', akuvox)
    expect((await log()).total).toBe(before)
  })

  it('filters by project and by date, newest first', async () => {
    const all = await log({ connectionId: akuvox.connectionId, projectId: akuvox.projectId })
    expect(all.total).toBe(9)
    const times = all.items.map((e) => e.at)
    expect([...times].sort((a, b) => b - a)).toEqual(times)
    expect((await log({ from: (times[0] ?? 0) + 1 })).total).toBe(0)
    expect((await log({ limit: 1, offset: 1 })).items).toEqual([all.items[1]])
  })

  it('survives a restart: the same rows read back from a new core on the same folder', async () => {
    const before = await log()
    await core.close()
    core = testCore({ dataDir, online: () => online })
    const after = await log()
    expect(after).toEqual(before)
    expect(after.items.map((e) => e.result)).toEqual(['done', 'done', 'done', 'discarded', 'queued', 'failed', 'done', 'queued', 'done'])
  })
})
