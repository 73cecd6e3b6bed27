import { fireEvent, screen, waitFor } from '@testing-library/react'
import { appError } from '@shared/errors'
import { FIELD_LIMITS } from '@shared/field-limits'
import { staffPageQuery } from '@shared/ipc/schemas/people'
import { beforeEach, describe, expect, it } from 'vitest'
import { STAFF_LISTING, SCOPE, staffSummary, withViewport } from './people-fixtures'
import { type Answers, installApi, recorder, renderUi } from './render'

withViewport()

const ALL = Array.from({ length: 300 }, (_, i) => `Staff ${String(i).padStart(5, '0')}`)

/** Searches that reached "main", and answers held back until a test lets them go. */
const searches: (string | undefined)[] = []
const held = new Map<string, () => void>()
let holdSearch: string | null = null
let refuseEverything = false

const answers: Answers = {
  'staff:page': async (input) => {
    searches.push((input as { search?: string }).search)
    if (refuseEverything)
      return { ok: false, error: appError('invalid_input', { issues: [{ path: ['search'], kind: 'tooLong', limit: FIELD_LIMITS.search }] }) }
    // Main's own validation: anything past the schema comes back refused, as it would.
    const parsed = staffPageQuery.safeParse(input)
    if (!parsed.success) return { ok: false, error: appError('invalid_input', { issues: [{ path: ['search'], kind: 'tooLong', limit: FIELD_LIMITS.search }] }) }
    const q = parsed.data
    if (q.search !== undefined && q.search === holdSearch) await new Promise<void>((release) => held.set(q.search as string, release))
    const matching = q.search ? ALL.filter((n) => n.toLowerCase().includes(q.search?.toLowerCase() ?? '')) : ALL
    return { ok: true, value: { total: matching.length, offset: q.offset, items: matching.slice(q.offset, q.offset + q.limit).map(staffSummary) } }
  },
  'staff:listing': recorder([])('staff:listing', STAFF_LISTING),
}
installApi(answers)

const { StaffList } = await import('../../../src/renderer/src/features/people/staff/StaffList')
const { usePeopleStore, INITIAL } = await import('../../../src/renderer/src/stores/people/store')

beforeEach(() => {
  searches.length = 0
  held.clear()
  holdSearch = null
  refuseEverything = false
  usePeopleStore.setState({ ...INITIAL, scope: SCOPE, screen: { kind: 'staffList' } })
})

const search = () => screen.getByRole('textbox', { name: 'Search by name, card, PIN, group or floor' }) as HTMLInputElement

describe('a bounded staff search', () => {
  it('a pasted 10,000 characters are cut to the limit, never sent whole, and answer "0", not "Loading…"', async () => {
    await renderUi(<StaffList scope={SCOPE} />)
    await screen.findByText('Matching: 300')
    fireEvent.change(search(), { target: { value: 'x'.repeat(10_000) } })
    expect(search().value).toHaveLength(FIELD_LIMITS.search)
    await screen.findByText('Matching: 0')
    expect(searches.every((s) => s === undefined || s.length <= FIELD_LIMITS.search)).toBe(true)
  })

  it('a read that main refuses says why in words instead of "Loading…" for ever', async () => {
    refuseEverything = true
    await renderUi(<StaffList scope={SCOPE} />)
    await screen.findByText('Search: at most 100 characters. Correct it and try again.')
    expect(screen.queryByText('Loading…')).toBeNull()
  })

  it('an older answer arriving last never replaces the newer one', async () => {
    await renderUi(<StaffList scope={SCOPE} />)
    await screen.findByText('Matching: 300')
    holdSearch = 'Staff 001'
    fireEvent.change(search(), { target: { value: 'Staff 001' } })
    await waitFor(() => expect(held.has('Staff 001')).toBe(true))
    fireEvent.change(search(), { target: { value: 'Staff 00042' } })
    await screen.findByText('Matching: 1')
    held.get('Staff 001')?.()
    // The held answer (100 matches) has arrived by the time main has answered once more.
    await new Promise((resolve) => setTimeout(resolve, 0))
    await waitFor(() => expect(screen.getByText('Matching: 1')).toBeInTheDocument())
    expect(screen.queryByText('Matching: 100')).toBeNull()
  })
})
