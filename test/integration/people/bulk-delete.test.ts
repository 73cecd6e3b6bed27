import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningSandboxes, startSandboxes } from '@fieldkey/sandbox'
import type { FetchLike } from '../../../src/main/clouds/http'
import type { BulkDeleteProgress } from '../../../src/shared/people/bulk-delete'
import type { BulkRow } from '../../../src/shared/people/staff'
import { AppErrorException } from '../../../src/shared/errors'
import { akuvoxClient } from '../../../src/main/services/people/cloud'
import { type PeopleHarness, adminGet, peopleHarness, secondClients, startImport, until } from './harness'

interface SandboxStaff {
  readonly project_id: string
  readonly id: string
  readonly name: string
}

/** Real fetch that counts every Akuvox command by name (what the sandbox was asked, in all). */
const sent: string[] = []
const counting: FetchLike = async (url, init) => {
  const body = typeof init?.body === 'string' ? init.body : ''
  const command = /"command":"([a-z_]+)"/.exec(body)?.[1]
  if (command) sent.push(command)
  return fetch(url, init)
}
const calls = (command: string) => sent.filter((c) => c === command).length

let sandboxes: RunningSandboxes
let h: PeopleHarness
let groupId: string

const staffOf = async (): Promise<SandboxStaff[]> =>
  (await adminGet<SandboxStaff[]>(sandboxes, '/akuvox/state/staff')).filter((s) => s.project_id === h.akuvox.projectId)
const namedLike = async (prefix: string) => (await staffOf()).filter((s) => s.name.startsWith(prefix))

const rows = (count: number, prefix: string, firstPin: number): BulkRow[] =>
  Array.from({ length: count }, (_, i) => ({
    line: i + 2,
    draft: {
      name: `${prefix} ${String(i).padStart(3, '0')}`,
      pinCodes: [String(firstPin + i)],
      rfCards: [],
      faceUrls: [],
      accessGroupIds: [groupId],
      floorAccesses: [],
    },
  }))

async function imported(count: number, prefix: string, firstPin: number, fileName: string): Promise<string> {
  const { jobId } = await startImport(h.bulk, h.akuvox, rows(count, prefix, firstPin), 8, fileName)
  await until(() => (['finished', 'cancelled'].includes(h.bulk.get(jobId).state) ? true : undefined), 'the import to end', 2_000)
  expect(h.bulk.get(jobId)).toMatchObject({ state: 'finished', created: count })
  return jobId
}

const ended = (jobId: string) =>
  until(() => h.deleteProgress.find((p) => p.jobId === jobId && (p.state === 'finished' || p.state === 'cancelled')), 'the delete to end', 2_000)

beforeAll(async () => {
  sandboxes = await startSandboxes({ seed: 23 })
  const state = await adminGet<{ projects: { project_id: string }[] }>(sandboxes, '/akuvox/state')
  h = peopleHarness(sandboxes, state.projects[0]?.project_id ?? '', counting)
  await h.staff.refresh(h.akuvox)
  groupId = h.staff.context(h.akuvox).accessGroups.find((g) => !g.system)?.id ?? ''
})
afterAll(async () => {
  await sandboxes.close()
})

describe('the sandbox holds batch deletes to the cloud limit', () => {
  it('refuses 101 staff in one batch_delete_staff_access_info', async () => {
    const client = await akuvoxClient(secondClients(sandboxes), h.akuvox)
    const ids = Array.from({ length: 101 }, (_, i) => `s${String(i).padStart(32, '0')}`)
    const refused = await client.batchDeleteStaffAccesses({ projectId: h.akuvox.projectId, staffAccessIds: ids }).catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(AppErrorException)
    expect((refused as AppErrorException).error.code).toBe('invalid_input')
  })
})

describe('undo an import', () => {
  it('lists the run with its file name and count, names its first staff, and deletes its 250 staff in 3 calls', async () => {
    const untouched = (await staffOf()).length
    const runId = await imported(250, 'Night Shift', 3_000_000, 'night-shift.csv')
    const [run] = h.bulk.importRuns(h.akuvox, 0, 20).items
    expect(run).toMatchObject({ runId, fileName: 'night-shift.csv', created: 250, remaining: 250 })

    const selection = { kind: 'importRun', runId } as const
    expect(h.bulkDelete.summary(h.akuvox, selection)).toEqual({ count: 250, firstNames: ['Night Shift 000', 'Night Shift 001', 'Night Shift 002'] })

    sent.length = 0
    const started = await h.bulkDelete.start(h.akuvox, selection)
    expect(started).toMatchObject({ state: 'running', total: 250 })
    const end = await ended(started.jobId)
    expect(end).toMatchObject({ state: 'finished', total: 250, done: 250, deleted: 250, failed: 0, queued: 0, skipped: 0 })
    expect(calls('batch_delete_staff_access_info')).toBe(3)
    expect(calls('delete_staff_access_info')).toBe(0)
    // Progress after each batch: 100, 200, 250.
    expect(h.deleteProgress.filter((p) => p.jobId === started.jobId && p.state === 'running').map((p) => p.done)).toEqual([100, 200, 250])

    expect(await namedLike('Night Shift')).toEqual([])
    expect((await staffOf()).length).toBe(untouched)
    expect(h.bulk.importRuns(h.akuvox, 0, 20).items[0]).toMatchObject({ runId, created: 250, remaining: 0 })
    expect(h.bulkDelete.summary(h.akuvox, selection).count).toBe(0)
  })

  it('deletes only what that import created: staff it found already there stay', async () => {
    const first = await imported(3, 'Early', 3_100_000, 'early.csv')
    // The same three rows and two new ones: the three exist, only two are created by the second run.
    const { jobId: second } = await startImport(h.bulk, h.akuvox, rows(5, 'Early', 3_100_000), 4, 'early-again.csv')
    await until(() => (h.bulk.get(second).state === 'finished' ? true : undefined), 'the second import', 2_000)
    expect(h.bulk.get(second)).toMatchObject({ created: 2, existing: 3 })

    const started = await h.bulkDelete.start(h.akuvox, { kind: 'importRun', runId: second })
    expect(await ended(started.jobId)).toMatchObject({ deleted: 2 })
    expect((await namedLike('Early')).map((s) => s.name).sort()).toEqual(['Early 000', 'Early 001', 'Early 002'])
    expect(h.bulk.importRuns(h.akuvox, 0, 20).items.find((r) => r.runId === first)).toMatchObject({ remaining: 3 })
  })
})

describe('delete everything a search finds', () => {
  it('resolves the filter in main, leaves out the rows unticked, and reports after each batch', async () => {
    await imported(120, 'Contractor', 3_200_000, 'contractors.csv')
    const keep = h.staff.page(h.akuvox, 'Contractor', 0, 2).items.map((s) => s.staffAccessId)
    const selection = { kind: 'matching', search: 'contractor', except: keep } as const
    expect(h.bulkDelete.summary(h.akuvox, selection)).toEqual({ count: 118, firstNames: ['Contractor 002', 'Contractor 003', 'Contractor 004'] })
    sent.length = 0
    const started = await h.bulkDelete.start(h.akuvox, selection)
    expect(await ended(started.jobId)).toMatchObject({ deleted: 118, failed: 0 })
    expect(calls('batch_delete_staff_access_info')).toBe(2)
    expect((await namedLike('Contractor')).map((s) => s.name)).toEqual(['Contractor 000', 'Contractor 001'])
    expect(h.staff.page(h.akuvox, 'Contractor', 0, 10).total).toBe(2)
  })

  it('selects what the list shows for a search by credential, not by name: a PIN finds its holder', async () => {
    await imported(3, 'Locksmith', 3_900_000, 'locksmiths.csv')
    const shown = h.staff.page(h.akuvox, '3900001', 0, 10)
    expect(shown.items.map((s) => s.staffAccessName)).toEqual(['Locksmith 001'])
    const selection = { kind: 'matching', search: '3900001', except: [] } as const
    expect(h.bulkDelete.summary(h.akuvox, selection)).toEqual({ count: 1, firstNames: ['Locksmith 001'] })
    const started = await h.bulkDelete.start(h.akuvox, selection)
    expect(await ended(started.jobId)).toMatchObject({ deleted: 1, failed: 0 })
    expect((await namedLike('Locksmith')).map((s) => s.name)).toEqual(['Locksmith 000', 'Locksmith 002'])
  })

  it('a staff someone else deleted meanwhile fails the whole batch in the cloud; one at a time, the rest go and it counts as gone', async () => {
    await imported(4, 'Visitor', 3_300_000, 'visitors.csv')
    const [gone] = await namedLike('Visitor')
    const client = await akuvoxClient(secondClients(sandboxes), h.akuvox)
    await client.deleteStaffAccess({ projectId: h.akuvox.projectId, staffAccessId: gone?.id ?? '' })
    expect(await namedLike('Visitor')).toHaveLength(3)

    sent.length = 0
    const started = await h.bulkDelete.start(h.akuvox, { kind: 'matching', search: 'Visitor', except: [] })
    expect(await ended(started.jobId)).toMatchObject({ total: 4, deleted: 4, failed: 0, failedNames: [] })
    expect(calls('batch_delete_staff_access_info')).toBe(1)
    expect(calls('delete_staff_access_info')).toBe(4)
    expect(await namedLike('Visitor')).toEqual([])
  })

  it('cancelled, it finishes the batch already sent and leaves the rest', async () => {
    await imported(250, 'Temp', 3_400_000, 'temps.csv')
    const started = await h.bulkDelete.start(h.akuvox, { kind: 'matching', search: 'Temp', except: [] })
    expect(h.bulkDelete.cancel(started.jobId).state).toBe('cancelling')
    expect(await ended(started.jobId)).toMatchObject({ state: 'cancelled', deleted: 100, skipped: 150, done: 250 })
    expect(await namedLike('Temp')).toHaveLength(150)
  })
})

describe('offline', () => {
  it('queues the batches in the outbox; replayed, they delete', async () => {
    const runId = await imported(150, 'Offline', 3_500_000, 'offline.csv')
    h.online = false
    try {
      const started = await h.bulkDelete.start(h.akuvox, { kind: 'importRun', runId })
      const end = (await ended(started.jobId)) as BulkDeleteProgress
      expect(end).toMatchObject({ state: 'finished', queued: 150, deleted: 0 })
    } finally {
      h.online = true
    }
    const entries = h.outbox.list(h.akuvox).filter((e) => e.operation.kind === 'akuvox.staff.delete')
    expect(entries.map((e) => (e.operation.kind === 'akuvox.staff.delete' ? e.operation.staffAccessIds.length : 0))).toEqual([100, 50])
    expect(await namedLike('Offline')).toHaveLength(150)
    const outcomes = await h.outbox.replay(entries.map((e) => e.id))
    expect(outcomes.map((o) => o.kind)).toEqual(['applied', 'applied'])
    expect(await namedLike('Offline')).toEqual([])
  })
})
