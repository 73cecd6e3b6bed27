import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Core } from '../../../src/main/core/core'
import type { ConnectionSummary, ProjectSummary } from '../../../src/shared/domain/connection'
import { jsonBytes } from '../../../src/shared/ipc/limits'
import { IMPORT_CHUNK_BYTES, MAX_BULK_ROWS } from '../../../src/shared/ipc/schemas/people'
import { MAX_FRAME_BYTES } from '../../../src/shared/ipc/wire'
import { importChunks } from '../../../src/shared/people/import-chunks'
import type { BulkProgress, BulkResultsPage, BulkRow, StaffContextHead, StaffCredentialsPage, StaffListing } from '../../../src/shared/people/staff'
import { testCore } from '../../helpers/core'
import { until } from './harness'

/** A file-sized import through the router (the path both transports take), against the demo Akuvox cloud. */
let core: Core
let akuvox: { connectionId: string; projectId: string }
let groupId: string
/** The largest invoke frame any call of this file produced, in bytes. */
let largestFrame = 0

async function dispatch(channel: string, input: unknown) {
  largestFrame = Math.max(largestFrame, jsonBytes({ type: 'invoke', id: Number.MAX_SAFE_INTEGER, channel, input }))
  const result = await core.router.dispatch(channel, input, { origin: 'headless' })
  largestFrame = Math.max(largestFrame, jsonBytes({ type: 'result', id: Number.MAX_SAFE_INTEGER, result }))
  return result
}

async function call<T>(channel: string, input: unknown): Promise<T> {
  const result = await dispatch(channel, input)
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`)
  return result.value as T
}

const rows = (count: number, prefix: string, firstPin: number): BulkRow[] =>
  Array.from({ length: count }, (_, i) => ({
    line: i + 2,
    draft: { name: `${prefix} ${i}`, pinCodes: [String(firstPin + i)], rfCards: [], faceUrls: [], accessGroupIds: [groupId], floorAccesses: [] },
  }))

async function send(rs: readonly BulkRow[], concurrency = 8): Promise<string> {
  const begun = await call<BulkProgress>('staff:importBegin', { ...akuvox, total: rs.length, concurrency })
  for (const chunk of importChunks(rs)) await call('staff:importAppend', { jobId: begun.jobId, rows: chunk })
  return begun.jobId
}

const ended = (jobId: string) =>
  until(
    async () => {
      const p = await call<BulkProgress>('staff:importJob', { jobId })
      return p.state === 'finished' || p.state === 'cancelled' ? p : undefined
    },
    'the import to end',
    100_000,
  )

const staffTotal = async () => (await call<StaffListing>('staff:refresh', akuvox)).total

beforeAll(async () => {
  core = testCore()
  const demo = await call<ConnectionSummary>('connections:openDemo', { vendor: 'akuvox' })
  const [project] = await call<ProjectSummary[]>('projects:list', { id: demo.id })
  akuvox = { connectionId: demo.id, projectId: project?.id ?? '' }
  await call('staff:refresh', akuvox)
  const ctx = await call<StaffContextHead>('staff:context', akuvox)
  groupId = ctx.accessGroups.find((g) => !g.system)?.id ?? ''
})
afterAll(() => core.close())

/** Rows the suite creates end to end; `BULK_RUN_ROWS=50000` measures the whole file by hand. */
const RUN_ROWS = Number(process.env.BULK_RUN_ROWS ?? 2_000)

describe('a 50,000-row import in chunks', () => {
  it(`sends ${MAX_BULK_ROWS.toLocaleString('en')} rows in chunks far under the frame limit; cancelled while receiving, nothing is created`, async () => {
    const before = await staffTotal()
    const file = rows(MAX_BULK_ROWS, 'Fifty', 10_000_000)
    largestFrame = 0
    const jobId = await send(file)
    expect(largestFrame).toBeLessThanOrEqual(IMPORT_CHUNK_BYTES + 1024)
    expect(largestFrame).toBeLessThan(MAX_FRAME_BYTES / 4)
    expect(await call<BulkProgress>('staff:importJob', { jobId })).toMatchObject({ state: 'receiving', total: MAX_BULK_ROWS, received: MAX_BULK_ROWS, done: 0 })

    expect(await call<BulkProgress>('staff:importCancel', { jobId })).toMatchObject({ state: 'cancelled', done: 0 })
    expect(await dispatch('staff:importRun', { jobId })).toMatchObject({ ok: false, error: { code: 'conflict' } })
    expect(await staffTotal()).toBe(before)
  })

  it(`runs ${RUN_ROWS.toLocaleString('en')} rows to the end: each is created once, the results come back in pages in file order`, async () => {
    const before = await staffTotal()
    const file = rows(RUN_ROWS, 'Run', 20_000_000)
    largestFrame = 0
    const jobId = await send(file)
    await call('staff:importRun', { jobId })
    const started = Date.now()
    expect(await ended(jobId)).toMatchObject({ state: 'finished', done: RUN_ROWS, created: RUN_ROWS, failed: 0 })
    const seconds = (Date.now() - started) / 1000
    expect(await staffTotal()).toBe(before + RUN_ROWS)

    const seen: number[] = []
    for (let offset = 0; offset < RUN_ROWS; offset += 500) {
      const page = await call<BulkResultsPage>('staff:importResults', { jobId, offset, limit: 500 })
      expect(page.total).toBe(RUN_ROWS)
      for (const r of page.items) if (r.kind === 'created') seen.push(r.line)
    }
    expect(seen).toEqual(file.map((r) => r.line))
    expect((await call<BulkResultsPage>('staff:importResults', { jobId, filter: 'failed' })).total).toBe(0)

    // What the next check runs against: the project's credentials, a page at a time too.
    const head = await call<StaffContextHead>('staff:context', akuvox)
    const credentials: string[] = []
    for (;;) {
      const page = await call<StaffCredentialsPage>('staff:credentials', { ...akuvox, offset: credentials.length })
      if (page.items.length === 0) break
      credentials.push(...page.items.map((s) => s.staffAccessId))
    }
    expect(new Set(credentials).size).toBe(head.staffTotal)
    expect(head.staffTotal).toBe(before + RUN_ROWS)
    expect(largestFrame).toBeLessThan(MAX_FRAME_BYTES / 4)
    console.log(
      `bulk import: ${RUN_ROWS} rows created in ${seconds.toFixed(1)} s, largest frame ${largestFrame} bytes, main RSS peak ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB`,
    )
  }, 900_000)
})
