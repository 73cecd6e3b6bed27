import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { jsonBytes } from '@shared/ipc/limits'
import { IMPORT_CHUNK_BYTES, IMPORT_CHUNK_ROWS, MAX_RESULTS_PAGE } from '@shared/ipc/schemas/people'
import { MAX_FRAME_BYTES } from '@shared/ipc/wire'
import type { RowCheck } from '@shared/people/import-check'
import type { RawStaffRow } from '@shared/people/import-row'
import type { BulkProgress, BulkRow, BulkRowResult } from '@shared/people/staff'
import { beforeEach, describe, expect, it } from 'vitest'
import { SCOPE, STAFF_CONTEXT, STAFF_LISTING, withViewport } from './people-fixtures'
import { type Answers, installApi, renderUi } from './render'

withViewport()

/** Every invoke the view makes, as the transport carries it. */
const calls: { channel: string; input: unknown }[] = []
const JOB = '6f1c1d34-2a0b-4e56-9a1e-2b3c4d5e6f70'
const ROWS = 12_500
let received: BulkRow[] = []
let holdAppend: Promise<void> = Promise.resolve()
const progress = (over: Partial<BulkProgress>): BulkProgress => ({
  jobId: JOB,
  ...SCOPE,
  state: 'receiving',
  total: ROWS,
  received: received.length,
  done: 0,
  created: 0,
  existing: 0,
  queued: 0,
  failed: 0,
  ...over,
})
const results = (): BulkRowResult[] => received.map((r) => ({ line: r.line, kind: 'created', staffAccessId: `s-${r.line}` }))

const answer: Partial<Record<string, (input: never) => unknown>> = {
  'staff:importBegin': () => progress({}),
  'staff:importAppend': async (input: { rows: BulkRow[] }) => {
    await holdAppend
    received.push(...input.rows)
    return progress({})
  },
  'staff:importRun': () => progress({ state: 'running' }),
  'staff:importCancel': () => progress({ state: 'cancelled' }),
  'staff:importResults': (input: { offset: number; limit: number }) => ({
    jobId: JOB,
    filter: 'all',
    total: received.length,
    offset: input.offset,
    items: results().slice(input.offset, input.offset + input.limit),
  }),
  'staff:listing': () => STAFF_LISTING,
  'staff:context': () => ({ accessGroups: STAFF_CONTEXT.accessGroups, buildings: STAFF_CONTEXT.buildings, staffTotal: STAFF_CONTEXT.staff.length }),
  'staff:credentials': () => ({ total: STAFF_CONTEXT.staff.length, offset: 0, items: STAFF_CONTEXT.staff }),
}
/** Records every channel the view calls, answered or not (an unknown channel then fails the call). */
const answers = new Proxy({} as Answers, {
  get: (_, channel: string) => (input: unknown) => {
    calls.push({ channel, input })
    const handler = answer[channel] as ((input: unknown) => unknown) | undefined
    if (!handler) throw new Error(`no answer for ${channel}`)
    return Promise.resolve(handler(input)).then((value) => ({ ok: true, value }))
  },
})
const bus = installApi(answers)

const { RunStep } = await import('../../../src/renderer/src/features/people/import/RunStep')

const draft = { name: '', pinCodes: [], rfCards: [], faceUrls: [], accessGroupIds: ['g-gym'], floorAccesses: [] }
const checks: RowCheck[] = Array.from({ length: ROWS }, (_, i) => ({
  line: i + 2,
  kind: 'ok',
  draft: { ...draft, name: `Staff ${i}`, pinCodes: [String(10_000_000 + i)] },
}))
const rows: RawStaffRow[] = checks.map((c) => ({
  line: c.line,
  cells: { name: `Staff ${c.line - 2}`, accessGroups: 'Gym', pinCodes: '', rfCards: '', faceUrls: '', floorAccesses: '' },
  cellCount: 6,
  headerCount: 6,
}))

beforeEach(() => {
  calls.length = 0
  received = []
  holdAppend = Promise.resolve()
})

describe('the import run step', () => {
  it(`sends ${ROWS.toLocaleString('en')} rows in chunks (never one message with every row), then runs them and reads the results in pages`, async () => {
    await renderUi(<RunStep scope={SCOPE} checks={checks} rows={rows} keepDuplicates={false} fileName="staff.csv" />)
    await waitFor(() => expect(calls.some((c) => c.channel === 'staff:importRun')).toBe(true), { timeout: 10_000 })
    // The file's name goes with the import, so the run can be found and undone by it later.
    expect(calls.find((c) => c.channel === 'staff:importBegin')?.input).toMatchObject({ fileName: 'staff.csv', total: ROWS })

    const largest = Math.max(...calls.map((c) => jsonBytes(c)))
    expect(largest).toBeLessThanOrEqual(IMPORT_CHUNK_BYTES + 1024)
    expect(largest).toBeLessThan(MAX_FRAME_BYTES / 4)
    const appends = calls.filter((c) => c.channel === 'staff:importAppend').map((c) => (c.input as { rows: BulkRow[] }).rows)
    expect(appends.length).toBeGreaterThanOrEqual(Math.ceil(ROWS / IMPORT_CHUNK_ROWS))
    for (const chunk of appends) expect(chunk.length).toBeLessThanOrEqual(IMPORT_CHUNK_ROWS)
    expect(received.map((r) => r.line)).toEqual(checks.map((c) => c.line))

    bus.emit('staff:importProgress', progress({ state: 'finished', done: ROWS, created: ROWS }))
    await screen.findByTestId('import-finished')
    await waitFor(() => expect(calls.some((c) => c.channel === 'staff:importResults')).toBe(true))
    for (const c of calls.filter((c) => c.channel === 'staff:importResults')) expect((c.input as { limit: number }).limit).toBeLessThanOrEqual(MAX_RESULTS_PAGE)
    expect(await screen.findByText('Staff 0')).toBeInTheDocument()
  })

  it('cancel while sending drops the import: nothing runs, and the installer is told nothing was created', async () => {
    let release = () => undefined as void
    holdAppend = new Promise((resolve) => (release = resolve))
    await renderUi(<RunStep scope={SCOPE} checks={checks} rows={rows} keepDuplicates={false} fileName="staff.csv" />)
    await waitFor(() => expect(calls.some((c) => c.channel === 'staff:importAppend')).toBe(true))
    expect(screen.getByTestId('import-sending')).toHaveTextContent(`Sending rows to Fieldkey… 0 / ${ROWS.toLocaleString('en')}`)
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }))
    release()
    await screen.findByTestId('import-send-cancelled')
    expect(calls.filter((c) => c.channel === 'staff:importAppend')).toHaveLength(1)
    expect(calls.map((c) => c.channel)).toContain('staff:importCancel')
    expect(calls.map((c) => c.channel)).not.toContain('staff:importRun')
  })
})
