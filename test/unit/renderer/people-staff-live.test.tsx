import type { ResultOf } from '@shared/ipc'
import { act, fireEvent, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { staffPageQuery } from '@shared/ipc/schemas/people'
import { beforeEach, describe, expect, it } from 'vitest'
import { STAFF_LISTING, SCOPE, staffSummary, withViewport } from './people-fixtures'
import { installApi, renderUi } from './render'

withViewport()

const FIRST = ['Ben', 'Julia', 'Chen', 'Hana', 'Emil']
/** 150 staff, a fifth of them Julias: the whole list is one page the window holds. */
const ALL = Array.from({ length: 150 }, (_, i) => `${FIRST[i % FIRST.length]} ${String(i).padStart(3, '0')}`)

// Main's answers to searches: held until the test gives them, as a busy main would.
const searches = new Map<string, (answer: ResultOf<'staff:page'>) => void>()
installApi({
  'staff:listing': () => ({ ok: true, value: { ...STAFF_LISTING, total: ALL.length } }),
  // Every staff's credentials: a read of minutes on a large project, here one that never ends.
  'staff:context': () => new Promise(() => undefined),
  'staff:page': (input) => {
    const q = staffPageQuery.parse(input)
    if (!q.search) return { ok: true, value: { total: ALL.length, offset: q.offset, items: ALL.slice(q.offset, q.offset + q.limit).map(staffSummary) } }
    return new Promise((resolve) => searches.set(q.search ?? '', resolve))
  },
})
const { StaffList } = await import('../../../src/renderer/src/features/people/staff/StaffList')
const { StaffView } = await import('../../../src/renderer/src/features/people/staff/StaffView')
const { usePeopleStore, INITIAL } = await import('../../../src/renderer/src/stores/people/store')

const names = () => screen.queryAllByTestId('staff-row').map((r) => r.textContent?.split(/\s\d{3}/)[0])

beforeEach(() => {
  searches.clear()
  usePeopleStore.setState({ ...INITIAL, scope: SCOPE, screen: { kind: 'staffList' } })
})

describe('the staff list as it is typed into', () => {
  it('narrows to the rows it holds with each key, before main answers; main’s answer then replaces them', async () => {
    await renderUi(<StaffList scope={SCOPE} />)
    await screen.findByText('Matching: 150')
    await userEvent.type(screen.getByTestId('staff-search'), 'jul')
    // Main has not answered (nor even been asked, inside the debounce): the held Julias show.
    expect(names().length).toBeGreaterThan(5)
    expect(new Set(names())).toEqual(new Set(['Julia']))
    expect(screen.getByText('Loading…')).toBeInTheDocument()
    await expect.poll(() => searches.has('jul')).toBe(true)
    act(() => searches.get('jul')?.({ ok: true, value: { total: 1, offset: 0, items: [staffSummary('Julian Far')] } }))
    await screen.findByText('Matching: 1')
    expect(screen.getAllByTestId('staff-row').map((r) => r.textContent)).toEqual([expect.stringContaining('Julian Far')])
  })
})

describe('selecting while typing', () => {
  it('keeps a tick given to the narrowed rows before main has answered the search', async () => {
    await renderUi(<StaffList scope={SCOPE} />)
    await screen.findByText('Matching: 150')
    // The whole word at once (as a paste), and the tick inside the search's debounce.
    fireEvent.change(screen.getByTestId('staff-search'), { target: { value: 'jul' } })
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select all' }))
    expect(searches.has('jul')).toBe(false)
    const ticked = screen.getByTestId('selection-count').textContent
    expect(ticked).toMatch(/^\d+ selected$/)
    // The debounce ends and main is asked: the selection the installer made stays.
    await expect.poll(() => searches.has('jul')).toBe(true)
    expect(screen.getByRole('checkbox', { name: 'Select all' })).toBeChecked()
    expect(screen.getByTestId('selection-count')).toHaveTextContent(ticked ?? '')
  })
})

describe('the staff section', () => {
  it('shows the list while every staff’s credentials are still being read', async () => {
    await renderUi(<StaffView scope={SCOPE} />)
    await screen.findByText('Matching: 150')
    expect(screen.getAllByTestId('staff-row').length).toBeGreaterThan(5)
  })
})
