import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { duplicateRefusal } from '@shared/duplicates/refusal'
import { staffPageQuery } from '@shared/ipc/schemas/people'
import { beforeEach, describe, expect, it } from 'vitest'
import { STAFF_CONTEXT, STAFF_LISTING, SCOPE, staffSummary, withViewport } from './people-fixtures'
import { type Answers, type Call, installApi, recorder, renderUi } from './render'

const calls: Call[] = []
const record = recorder(calls)
withViewport()

/** The cache's answer for a page of 20,000 staff, filtered by name like the SQL LIKE is. */
const ALL = Array.from({ length: 20_000 }, (_, i) => `Staff ${String(i).padStart(5, '0')}`)
const answers: Answers = {
  'staff:page': (input) => {
    // Defaults applied as main's validation applies them.
    const q = staffPageQuery.parse(input)
    calls.push({ channel: 'staff:page', input })
    const matching = q.search ? ALL.filter((n) => n.toLowerCase().includes(q.search?.toLowerCase() ?? '')) : ALL
    return { ok: true, value: { total: matching.length, offset: q.offset, items: matching.slice(q.offset, q.offset + q.limit).map(staffSummary) } }
  },
  'staff:listing': record('staff:listing', STAFF_LISTING),
  'staff:context': record('staff:context', {
    accessGroups: STAFF_CONTEXT.accessGroups,
    buildings: STAFF_CONTEXT.buildings,
    staffTotal: STAFF_CONTEXT.staff.length,
  }),
  'staff:credentials': record('staff:credentials', { total: STAFF_CONTEXT.staff.length, offset: 0, items: STAFF_CONTEXT.staff }),
  // Main knows a holder the window does not: a create waiting in the outbox holds PIN 60606.
  'staff:create': (input) => {
    calls.push({ channel: 'staff:create', input })
    const agreed = input.confirmedDuplicates?.some((d) => d.kind === 'pin' && d.value === '60606') === true
    if (input.draft.pinCodes.includes('60606') && !agreed) return { ok: false, error: duplicateRefusal({ kind: 'pin', value: '60606', holder: 'Offline Eva' }) }
    return { ok: true, value: { kind: 'saved', staffAccessId: 's-new' } }
  },
  'staff:detail': record('staff:detail', {
    staffAccessId: 's-new',
    staffAccessName: 'Ines Duarte',
    createdTime: '',
    faces: [],
    pinCodes: [{ pinCodeId: 'p', number: '4821' }],
    rfCards: [],
    accessGroups: [{ accessGroupId: 'g-gym', accessGroupName: 'Gym', accessGroupType: 'customized' }],
    floorAccesses: [],
  }),
}
installApi(answers)

const { StaffEditor } = await import('../../../src/renderer/src/features/people/staff/StaffEditor')
const { StaffList } = await import('../../../src/renderer/src/features/people/staff/StaffList')
const { usePeopleStore, INITIAL } = await import('../../../src/renderer/src/stores/people/store')

beforeEach(() => {
  calls.length = 0
  usePeopleStore.setState({
    ...INITIAL,
    scope: SCOPE,
    screen: { kind: 'staffEdit', staffAccessId: null },
  })
})

/** The editor of a new staff access, once it has read what it checks against (groups, others' credentials). */
async function renderEditor() {
  await renderUi(<StaffEditor scope={SCOPE} staffAccessId={null} />)
  await screen.findByTestId('save-staff')
}

const addTag = async (testId: string, value: string) => {
  await userEvent.type(screen.getByTestId(testId), `${value}{Enter}`)
}

/** A new staff access, Wang Wu in the Gym group, with one PIN or card typed in. */
async function newWangWu(input: 'pin-input' | 'card-input', value: string): Promise<void> {
  await renderUi(<StaffEditor scope={SCOPE} staffAccessId={null} />)
  await userEvent.type(await screen.findByRole('textbox', { name: /^Name/ }), 'Wang Wu')
  await addTag(input, value)
  await userEvent.click(screen.getByRole('combobox', { name: /^Access groups/ }))
  await userEvent.click(await screen.findByRole('option', { name: 'Gym', hidden: true }))
}

describe('staff editor', () => {
  it('names what is wrong with a PIN and keeps Save off until it is fixed', async () => {
    await renderEditor()
    await userEvent.type(screen.getByRole('textbox', { name: /^Name/ }), 'Ines Duarte')
    await addTag('pin-input', '12a4')
    await addTag('pin-input', '123')
    expect(screen.getByText('PIN 12a4 has characters other than digits. PIN 123 is shorter than 4 digits.')).toBeInTheDocument()
    expect(screen.getByTestId('save-staff')).toBeDisabled()
  })

  it('warns when a card is already on another staff, also when it is the same number in another format', async () => {
    await renderEditor()
    expect(screen.queryByTestId('duplicate-warning')).toBeNull()
    await addTag('card-input', 'd42c d005')
    const warning = await screen.findByTestId('duplicate-warning')
    expect(warning).toHaveTextContent('Card D42CD005 is already on Wei Nowak.')
    await addTag('card-input', '3559706629')
    expect(warning).toHaveTextContent('Card 3559706629 may be the same card Wei Nowak holds as D42CD005 (another format).')
    await addTag('pin-input', '597223')
    expect(warning).toHaveTextContent('PIN 597223 is already used by Wei Nowak.')
  })

  it('card helper: the printed number in decimal, hex and reversed byte order side by side; Use adds that one', async () => {
    await renderEditor()
    const helper = screen.getByTestId('card-helper')
    await userEvent.type(within(helper).getByLabelText('Number as printed (reader, card or supplier sheet)'), '3735928559')
    const rows = within(helper)
      .getAllByRole('row')
      .slice(1)
      .map((r) => [...r.querySelectorAll('td')].slice(0, 2).map((c) => c.textContent))
    expect(rows).toEqual([
      ['Decimal', '3735928559'],
      ['Hex', 'DEADBEEF'],
      ['Hex, bytes reversed', 'EFBEADDE'],
      ['Decimal, bytes reversed', '4022250974'],
    ])
    // The same text read as hex gives other numbers: the installer says how the reader prints it.
    await userEvent.click(within(helper).getByRole('radio', { name: 'Hex' }))
    expect(within(helper).getByRole('button', { name: 'Use 3735928559 (Hex)' })).toBeInTheDocument()
    await userEvent.click(within(helper).getByRole('radio', { name: 'Decimal' }))
    await userEvent.click(within(helper).getByRole('button', { name: 'Use EFBEADDE (Hex, bytes reversed)' }))
    expect(within(screen.getByTestId('card-input').closest('.mantine-TagsInput-root') as HTMLElement).getByText('EFBEADDE')).toBeInTheDocument()
  })

  it('card helper: a Wiegand card typed as facility,card gives the number its reader sends in every format', async () => {
    await renderEditor()
    const helper = screen.getByTestId('card-helper')
    const printed = within(helper).getByLabelText('Number as printed (reader, card or supplier sheet)')
    await userEvent.type(printed, '123,45678')
    expect(within(helper).getByTestId('wiegand-reading')).toHaveTextContent('Read as Wiegand 26: facility 123, card 45678')
    const rows = within(helper)
      .getAllByRole('row')
      .slice(1)
      .map((r) => [...r.querySelectorAll('td')].slice(0, 2).map((c) => c.textContent))
    expect(rows).toEqual([
      ['Decimal', '8106606'],
      ['Hex', '007BB26E'],
      ['Hex, bytes reversed', '6EB27B00'],
      ['Decimal, bytes reversed', '1857190656'],
    ])
    await userEvent.click(within(helper).getByRole('button', { name: 'Use 8106606 (Decimal)' }))
    expect(within(screen.getByTestId('card-input').closest('.mantine-TagsInput-root') as HTMLElement).getByText('8106606')).toBeInTheDocument()
    await userEvent.clear(printed)
    await userEvent.type(printed, '123,70000')
    expect(within(helper).getByRole('alert')).toHaveTextContent('Facility 123, card 70000 fits no Wiegand format')
  })

  it('asks before saving a card another staff holds, naming the holder: No sends nothing, Yes sends the confirmation', async () => {
    await newWangWu('card-input', 'd42c d005')
    expect(screen.getByTestId('duplicate-warning')).toHaveTextContent('Card D42CD005 is already on Wei Nowak.')

    await userEvent.click(screen.getByTestId('save-staff'))
    expect(await screen.findByTestId('confirm-duplicates')).toHaveTextContent('Card D42CD005 is already on Wei Nowak. Give card D42CD005 to Wang Wu too?')
    await userEvent.click(screen.getByRole('button', { name: 'No, go back and change it' }))
    expect(calls.some((c) => c.channel === 'staff:create')).toBe(false)

    await userEvent.click(screen.getByTestId('save-staff'))
    await userEvent.click(await screen.findByTestId('confirm-duplicates-yes'))
    await waitFor(() => expect(calls.some((c) => c.channel === 'staff:create')).toBe(true))
    expect(calls.find((c) => c.channel === 'staff:create')?.input).toMatchObject({ confirmedDuplicates: [{ kind: 'card', value: 'D42CD005' }] })
  })

  it('asks about a holder only main knows of (a change in the outbox) when main refuses the save, then sends the answer', async () => {
    await newWangWu('pin-input', '60606')
    expect(screen.queryByTestId('duplicate-warning')).toBeNull()
    await userEvent.click(screen.getByTestId('save-staff'))
    expect(await screen.findByTestId('confirm-duplicates')).toHaveTextContent('PIN 60606 is already used by Offline Eva. Let Wang Wu use PIN 60606 too?')
    await userEvent.click(screen.getByTestId('confirm-duplicates-yes'))
    await waitFor(() => expect(calls.filter((c) => c.channel === 'staff:create')).toHaveLength(2))
    expect(calls.filter((c) => c.channel === 'staff:create')[1]?.input).toMatchObject({ confirmedDuplicates: [{ kind: 'pin', value: '60606' }] })
    await waitFor(() => expect(usePeopleStore.getState().screen).toMatchObject({ kind: 'staffEdit', created: true }))
  })

  it('saves a new staff access with its credentials cleaned up, then says it is saved', async () => {
    await renderEditor()
    await userEvent.type(screen.getByRole('textbox', { name: /^Name/ }), '  Ines Duarte ')
    await addTag('pin-input', '48 21')
    await userEvent.click(screen.getByRole('combobox', { name: /^Access groups/ }))
    // The list is still fading in (jsdom runs no transitions): found, but not yet accessible.
    await userEvent.click(await screen.findByRole('option', { name: 'Gym', hidden: true }))
    await userEvent.type(screen.getByRole('textbox', { name: 'AB02' }), '1, 3')
    await userEvent.click(screen.getByTestId('save-staff'))
    await waitFor(() => expect(calls.some((c) => c.channel === 'staff:create')).toBe(true))
    expect(calls.find((c) => c.channel === 'staff:create')?.input).toEqual({
      ...SCOPE,
      draft: {
        name: 'Ines Duarte',
        pinCodes: ['4821'],
        rfCards: [],
        faceUrls: [],
        accessGroupIds: ['g-gym'],
        floorAccesses: [{ buildingId: 'b2', floors: ['1', '3'] }],
      },
      intentKey: expect.stringMatching(/^[0-9a-f-]{36}$/),
    })
    expect(usePeopleStore.getState().screen).toEqual({ kind: 'staffEdit', staffAccessId: 's-new', created: true })
  })
})

describe('staff list', () => {
  it('holds 20,000 staff with only the visible rows in the page, fetched a page at a time', async () => {
    await renderUi(<StaffList scope={SCOPE} />)
    await screen.findByText('Matching: 20,000')
    const inDom = screen.getAllByTestId('staff-row').length
    expect(inDom).toBeGreaterThan(5)
    expect(inDom).toBeLessThan(60)
    const pages = calls.filter((c) => c.channel === 'staff:page').map((c) => (c.input as { offset: number; limit: number }).limit)
    expect(Math.max(...pages)).toBeLessThanOrEqual(200)
  })

  it('asks the cache with each search as it is typed, and shows what it answers', async () => {
    await renderUi(<StaffList scope={SCOPE} />)
    await screen.findByText('Matching: 20,000')
    await userEvent.type(screen.getByTestId('staff-search'), '1999')
    await screen.findByText('Matching: 12')
    expect(screen.getAllByTestId('staff-row').map((r) => r.textContent?.slice(0, 11))).toEqual([
      'Staff 01999',
      'Staff 11999',
      ...Array.from({ length: 10 }, (_, i) => `Staff 1999${i}`),
    ])
    expect(calls.filter((c) => c.channel === 'staff:page').at(-1)?.input).toMatchObject({ ...SCOPE, search: '1999', offset: 0 })
  })
})
