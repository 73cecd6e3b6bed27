import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { personsPageQuery } from '@shared/ipc/schemas/people'
import type { BulkDeleteProgress, PersonSelection } from '@shared/people/bulk-delete'
import { beforeEach, describe, expect, it } from 'vitest'
import { SCOPE, person, withViewport } from './people-fixtures'
import { type Answers, type Call, installApi, renderUi } from './render'

withViewport()

const JOB = '6f1c1d34-2a0b-4e56-9a1e-2b3c4d5e6f70'
/** 5,000 persons in the cache; the search box finds them by name, as main's search does for these. */
const ALL = Array.from({ length: 5_000 }, (_, i) => person({ personId: `p-${i}`, name: `Guest ${String(i).padStart(4, '0')}` }))
const matching = (name?: string) => (name ? ALL.filter((p) => p.name.toLowerCase().includes(name.toLowerCase())) : ALL)

const calls: Call[] = []
const answers: Answers = {
  'persons:listing': () => ({ ok: true, value: { total: ALL.length, recycled: 0, pending: [], syncedAt: 0 } }),
  'persons:organisations': () => ({ ok: true, value: [] }),
  'persons:page': (input) => {
    const q = personsPageQuery.parse(input)
    const rows = matching(q.filter.search)
    return { ok: true, value: { total: rows.length, offset: q.offset, items: rows.slice(q.offset, q.offset + q.limit) } }
  },
  'persons:selectionSummary': (input) => {
    calls.push({ channel: 'persons:selectionSummary', input })
    const s = input.selection
    const names =
      s.kind === 'ids'
        ? s.personIds.map((id) => ALL.find((p) => p.personId === id)?.name ?? '')
        : matching(s.filter.search)
            .filter((p) => !s.except.includes(p.personId))
            .map((p) => p.name)
    return { ok: true, value: { count: names.length, firstNames: names.slice(0, 3) } }
  },
  'persons:bulkDelete': (input) => {
    calls.push({ channel: 'persons:bulkDelete', input })
    return { ok: true, value: progress({ total: 4_999 }) }
  },
}
const bus = installApi(answers)
const progress = (over: Partial<BulkDeleteProgress>): BulkDeleteProgress => ({
  jobId: JOB,
  ...SCOPE,
  state: 'running',
  total: 0,
  done: 0,
  deleted: 0,
  queued: 0,
  failed: 0,
  failedNames: [],
  failure: null,
  skipped: 0,
  ...over,
})

const { PersonsList } = await import('../../../src/renderer/src/features/people/persons/PersonsList')
const selectionSent = (channel: string) => (calls.filter((c) => c.channel === channel).at(-1)?.input as { selection: PersonSelection } | undefined)?.selection

beforeEach(() => {
  calls.length = 0
})

describe('persons in bulk', () => {
  it('selects all 5,000 persons but one and moves them to the recycle bin as one filter, in words for persons', async () => {
    await renderUi(<PersonsList scope={SCOPE} />)
    await screen.findByRole('checkbox', { name: 'Select Guest 0000' })
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select all' }))
    await userEvent.click(screen.getByRole('button', { name: 'Select all 5,000 persons' }))
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select Guest 0003' }))
    expect(screen.getByTestId('selection-count')).toHaveTextContent('4,999 selected')
    // Disabling takes ids: not offered for "all".
    expect(screen.getByTestId('disable-selected')).toBeDisabled()

    await userEvent.click(screen.getByTestId('delete-selected'))
    const dialog = await screen.findByTestId('bulk-delete')
    expect(await within(dialog).findByTestId('bulk-delete-summary')).toHaveTextContent(
      'Delete 4,999 persons: Guest 0000, Guest 0001, Guest 0002 and 4,996 more',
    )
    expect(dialog).toHaveTextContent('They move to the recycle bin')
    expect(selectionSent('persons:selectionSummary')).toEqual({ kind: 'matching', filter: {}, except: ['p-3'] })
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete 4,999 persons' }))
    await waitFor(() => expect(selectionSent('persons:bulkDelete')).toEqual({ kind: 'matching', filter: {}, except: ['p-3'] }))
    act(() => bus.emit('persons:bulkDeleteProgress', progress({ state: 'finished', total: 4_999, done: 4_999, deleted: 4_999 })))
    expect(await within(dialog).findByTestId('bulk-delete-progress')).toHaveTextContent('Deleted 4,999 of 4,999 persons.')
  })

  it('Space on a focused person ticks it; the filter narrows "all" to what it finds', async () => {
    await renderUi(<PersonsList scope={SCOPE} />)
    await screen.findByRole('checkbox', { name: 'Select Guest 0000' })
    ;(screen.getByText('Guest 0001').closest('button') as HTMLButtonElement).focus()
    await userEvent.keyboard(' ')
    expect(screen.getByRole('checkbox', { name: 'Select Guest 0001' })).toBeChecked()
    expect(screen.getByTestId('disable-selected')).toBeEnabled()

    await userEvent.type(screen.getByTestId('person-search'), 'Guest 1')
    await waitFor(() => expect(screen.queryByRole('checkbox', { name: 'Select Guest 0001' })).toBeNull())
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select all' }))
    const found = matching('Guest 1').length
    await userEvent.click(screen.getByRole('button', { name: `Select all ${found.toLocaleString('en')} persons matching the search` }))
    await userEvent.click(screen.getByTestId('delete-selected'))
    await screen.findByTestId('bulk-delete-summary')
    expect(selectionSent('persons:selectionSummary')).toEqual({ kind: 'matching', filter: { search: 'Guest 1' }, except: [] })
  })
})
