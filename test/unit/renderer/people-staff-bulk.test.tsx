import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { appError } from '@shared/errors'
import { jsonBytes } from '@shared/ipc/limits'
import { staffPageQuery } from '@shared/ipc/schemas/people'
import type { BulkDeleteProgress, StaffSelection } from '@shared/people/bulk-delete'
import { beforeEach, describe, expect, it } from 'vitest'
import { SCOPE, STAFF_LISTING, staffSummary, withViewport } from './people-fixtures'
import { type Answers, type Call, installApi, renderUi } from './render'

const calls: Call[] = []
withViewport()

const JOB = '6f1c1d34-2a0b-4e56-9a1e-2b3c4d5e6f70'
const RUN = '0b7e4a52-58f3-4d0e-9a55-1c7bb2a1f0e1'
/** 20,000 staff in the cache, filtered by name as main's search is. */
const ALL = Array.from({ length: 20_000 }, (_, i) => `Staff ${String(i).padStart(5, '0')}`)
const matching = (search: string) => (search ? ALL.filter((n) => n.toLowerCase().includes(search.toLowerCase())) : ALL)

/** What main would count for a selection, resolved the way the service does. */
function resolve(selection: StaffSelection): string[] {
  switch (selection.kind) {
    case 'ids':
      return selection.staffAccessIds.map((id) => id.slice(2))
    case 'matching':
      return matching(selection.search).filter((n) => !selection.except.includes(`s-${n}`))
    case 'importRun':
      return ALL.slice(500, 750)
  }
}

let startAnswer: Answers['staff:bulkDelete'] = () => ({ ok: true, value: progress({}) })
const progress = (over: Partial<BulkDeleteProgress>): BulkDeleteProgress => ({
  jobId: JOB,
  ...SCOPE,
  state: 'running',
  total: 20_000,
  done: 0,
  deleted: 0,
  queued: 0,
  failed: 0,
  failedNames: [],
  failure: null,
  skipped: 0,
  ...over,
})

const answers: Answers = {
  'staff:page': (input) => {
    const q = staffPageQuery.parse(input)
    const rows = matching(q.search ?? '')
    return { ok: true, value: { total: rows.length, offset: q.offset, items: rows.slice(q.offset, q.offset + q.limit).map(staffSummary) } }
  },
  'staff:listing': () => ({ ok: true, value: STAFF_LISTING }),
  'staff:selectionSummary': (input) => {
    calls.push({ channel: 'staff:selectionSummary', input })
    const names = resolve(input.selection)
    return { ok: true, value: { count: names.length, firstNames: names.slice(0, 3) } }
  },
  'staff:bulkDelete': (input) => {
    calls.push({ channel: 'staff:bulkDelete', input })
    return startAnswer?.(input) ?? { ok: true, value: progress({}) }
  },
  'staff:bulkDeleteCancel': (input) => {
    calls.push({ channel: 'staff:bulkDeleteCancel', input })
    return { ok: true, value: progress({ state: 'cancelling', done: 100, deleted: 100 }) }
  },
  'staff:importRuns': (input) => {
    calls.push({ channel: 'staff:importRuns', input })
    return {
      ok: true,
      value: {
        total: 1,
        offset: 0,
        items: [{ runId: RUN, fileName: 'night-shift.csv', startedAt: Date.UTC(2026, 11, 1, 9, 30), created: 250, remaining: 250 }],
      },
    }
  },
}
const bus = installApi(answers)

const { StaffList } = await import('../../../src/renderer/src/features/people/staff/StaffList')

const callsTo = (channel: string) => calls.filter((c) => c.channel === channel)
const selectionSent = (channel: string) => (callsTo(channel).at(-1)?.input as { selection: StaffSelection } | undefined)?.selection

beforeEach(() => {
  calls.length = 0
  startAnswer = () => ({ ok: true, value: progress({}) })
})

async function renderList() {
  await renderUi(<StaffList scope={SCOPE} />)
  await screen.findByRole('checkbox', { name: 'Select Staff 00000' })
}

describe('selecting staff in bulk', () => {
  it('Select all ticks the rows shown, then offers all 20,000; the delete names the count and the first names, and sends a filter, not 20,000 ids', async () => {
    await renderList()
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select all' }))
    expect(screen.getByRole('checkbox', { name: 'Select Staff 00001' })).toBeChecked()
    expect(screen.getByTestId('selection-count')).toHaveTextContent('200 selected')
    await userEvent.click(screen.getByRole('button', { name: 'Select all 20,000 staff' }))
    expect(screen.getByTestId('selection-count')).toHaveTextContent('All 20,000 staff selected')

    await userEvent.click(screen.getByRole('button', { name: 'Delete selected (20,000)' }))
    const dialog = await screen.findByTestId('bulk-delete')
    expect(await within(dialog).findByTestId('bulk-delete-summary')).toHaveTextContent(
      'Delete 20,000 staff: Staff 00000, Staff 00001, Staff 00002 and 19,997 more',
    )
    expect(selectionSent('staff:selectionSummary')).toEqual({ kind: 'matching', search: '', except: [] })

    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete 20,000 staff' }))
    await waitFor(() => expect(callsTo('staff:bulkDelete')).toHaveLength(1))
    expect(selectionSent('staff:bulkDelete')).toEqual({ kind: 'matching', search: '', except: [] })
    expect(jsonBytes(callsTo('staff:bulkDelete')[0])).toBeLessThan(300)

    act(() => bus.emit('staff:bulkDeleteProgress', progress({ done: 100, deleted: 100 })))
    expect(await within(dialog).findByTestId('bulk-delete-progress')).toHaveTextContent('Deleting… 100 of 20,000')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Stop deleting' }))
    expect(callsTo('staff:bulkDeleteCancel')[0]?.input).toEqual({ jobId: JOB })
    const refusal = appError('forbidden', { messageKey: 'errors.forbidden' })
    act(() =>
      bus.emit(
        'staff:bulkDeleteProgress',
        progress({ state: 'cancelled', done: 20_000, deleted: 192, failed: 8, failedNames: ['Staff 00007', 'Staff 00042'], failure: refusal, skipped: 19_800 }),
      ),
    )
    expect(within(dialog).getByTestId('bulk-delete-progress')).toHaveTextContent('Stopped: deleted 192 of 20,000 staff.')
    const failed = within(dialog).getByTestId('bulk-delete-failed')
    expect(failed).toHaveTextContent('8 staff could not be deleted: Staff 00007, Staff 00042 and 6 more.')
    expect(failed).not.toHaveTextContent('forbidden')
    expect(dialog).toHaveTextContent('19,800 staff were left as they were.')
  })

  it('Space on a focused row ticks it; Shift-click ticks the range; the delete sends those ids', async () => {
    await renderList()
    const row = screen.getByText('Staff 00002').closest('button') as HTMLButtonElement
    row.focus()
    await userEvent.keyboard(' ')
    expect(screen.getByRole('checkbox', { name: 'Select Staff 00002' })).toBeChecked()
    expect(screen.queryByRole('heading', { name: /Staff access: / })).toBeNull()
    const user = userEvent.setup()
    await user.keyboard('{Shift>}')
    await user.click(screen.getByRole('checkbox', { name: 'Select Staff 00005' }))
    await user.keyboard('{/Shift}')
    for (const n of [2, 3, 4, 5]) expect(screen.getByRole('checkbox', { name: `Select Staff 0000${n}` })).toBeChecked()
    expect(screen.getByRole('checkbox', { name: 'Select Staff 00006' })).not.toBeChecked()
    expect(screen.getByTestId('selection-count')).toHaveTextContent('4 selected')

    await userEvent.click(screen.getByRole('button', { name: 'Delete selected (4)' }))
    const dialog = await screen.findByTestId('bulk-delete')
    expect(await within(dialog).findByTestId('bulk-delete-summary')).toHaveTextContent('Delete 4 staff: Staff 00002, Staff 00003, Staff 00004 and 1 more')
    expect(selectionSent('staff:selectionSummary')).toEqual({
      kind: 'ids',
      staffAccessIds: ['s-Staff 00002', 's-Staff 00003', 's-Staff 00004', 's-Staff 00005'],
    })
  })

  it('all matching a search, minus a row unticked: main is sent the search and the exception', async () => {
    await renderList()
    await userEvent.type(screen.getByTestId('staff-search'), '1')
    await waitFor(() => expect(screen.queryByRole('checkbox', { name: 'Select Staff 00000' })).toBeNull())
    await screen.findByRole('checkbox', { name: 'Select Staff 00001' })
    const total = matching('1').length
    // The rows already held narrow at once; the offer to select all that match waits for main's count.
    await screen.findByText(`Matching: ${total.toLocaleString('en')}`)
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select all' }))
    await userEvent.click(screen.getByRole('button', { name: `Select all ${total.toLocaleString('en')} staff matching the search` }))
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select Staff 00001' }))
    expect(screen.getByTestId('selection-count')).toHaveTextContent(`${(total - 1).toLocaleString('en')} selected`)
    await userEvent.click(screen.getByRole('button', { name: `Delete selected (${(total - 1).toLocaleString('en')})` }))
    await screen.findByTestId('bulk-delete-summary')
    expect(selectionSent('staff:selectionSummary')).toEqual({ kind: 'matching', search: '1', except: ['s-Staff 00001'] })
  })

  it('a new search starts a new selection', async () => {
    await renderList()
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select Staff 00000' }))
    expect(screen.getByRole('button', { name: 'Delete selected (1)' })).toBeEnabled()
    await userEvent.type(screen.getByTestId('staff-search'), '0000')
    await waitFor(() => expect(screen.getByRole('button', { name: 'Delete selected (0)' })).toBeDisabled())
  })

  it('a refused start is shown in the dialog, in words', async () => {
    startAnswer = () => ({ ok: false, error: appError('auth', { messageKey: 'errors.auth' }) })
    await renderList()
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select Staff 00000' }))
    await userEvent.click(screen.getByRole('button', { name: 'Delete selected (1)' }))
    const dialog = await screen.findByTestId('bulk-delete')
    await within(dialog).findByTestId('bulk-delete-summary')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete 1 staff' }))
    const error = await within(dialog).findByTestId('form-error')
    expect(error.textContent).not.toMatch(/\bauth\b|errors\./)
    expect(error.textContent?.length).toBeGreaterThan(10)
  })
})

describe('undoing an import', () => {
  it('lists the import with its file and counts; Undo confirms with the names of what it created and deletes that run', async () => {
    await renderList()
    await userEvent.click(screen.getByRole('button', { name: 'Import history' }))
    const runs = await screen.findByTestId('import-runs')
    const run = await within(runs).findByTestId('import-run')
    expect(run).toHaveTextContent('night-shift.csv')
    expect(run).toHaveTextContent('250')
    await userEvent.click(within(run).getByRole('button', { name: 'Undo the import of night-shift.csv' }))
    const dialog = await screen.findByTestId('bulk-delete')
    expect(screen.getByRole('dialog', { name: 'Undo the import of night-shift.csv' })).toBeInTheDocument()
    expect(await within(dialog).findByTestId('bulk-delete-summary')).toHaveTextContent('Delete 250 staff: Staff 00500, Staff 00501, Staff 00502 and 247 more')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete 250 staff' }))
    await waitFor(() => expect(selectionSent('staff:bulkDelete')).toEqual({ kind: 'importRun', runId: RUN }))
    act(() => bus.emit('staff:bulkDeleteProgress', progress({ state: 'finished', total: 250, done: 250, deleted: 150, queued: 100 })))
    expect(await within(dialog).findByTestId('bulk-delete-queued')).toHaveTextContent('100 deletes wait in the outbox')
    expect(within(dialog).getByTestId('bulk-delete-progress')).toHaveTextContent('Deleted 150 of 250 staff.')
  })
})
