import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { OrganisationNode } from '@shared/people/persons'
import { beforeEach, describe, expect, it } from 'vitest'
import { SCOPE, person, withViewport } from './people-fixtures'
import { type Answers, type Call, installApi, recorder, renderUi } from './render'

withViewport()

const ORGANISATIONS: OrganisationNode[] = [
  { structureId: 'o-root', parentStructureId: '', name: 'Root', level: 1 },
  { structureId: 'o-a', parentStructureId: 'o-root', name: 'Building A', level: 2 },
  { structureId: 'o-b', parentStructureId: 'o-root', name: 'Building B', level: 2 },
  { structureId: 'o-a-sales', parentStructureId: 'o-a', name: 'Sales', level: 3 },
  { structureId: 'o-b-sales', parentStructureId: 'o-b', name: 'Sales', level: 3 },
]
const CHEN = person({ personId: 'r-1', name: 'Chen Liu' })
const RECYCLED = [CHEN, person({ personId: 'r-2', name: 'Una Schmidt', structureSnapshots: ['Root\\ Building B\\ Sales'] })]

const calls: Call[] = []
const record = recorder(calls)
const answers: Answers = {
  'persons:listing': record('persons:listing', { total: 40, recycled: 2, pending: [], syncedAt: 0 }),
  'persons:organisations': record('persons:organisations', ORGANISATIONS),
  'persons:add': record('persons:add', { kind: 'saved', personIds: ['p-new'] }),
  'persons:detail': record('persons:detail', person({ personId: 'p-new' })),
  'persons:recyclePage': record('persons:recyclePage', { total: RECYCLED.length, offset: 0, items: RECYCLED }),
  'persons:recycledDetail': record('persons:recycledDetail', CHEN),
  'persons:recover': record('persons:recover', { kind: 'saved', personIds: ['r-2'] }),
}
installApi(answers)

const { PersonForm } = await import('../../../src/renderer/src/features/people/persons/PersonForm')
const { RecycleBin } = await import('../../../src/renderer/src/features/people/persons/RecycleBin')
const { usePeopleStore, INITIAL } = await import('../../../src/renderer/src/stores/people/store')

beforeEach(() => {
  calls.length = 0
  usePeopleStore.setState({
    ...INITIAL,
    scope: SCOPE,
    screen: { kind: 'persons' },
  })
})
const sent = (channel: string) => calls.filter((c) => c.channel === channel).map((c) => c.input)

describe('person form', () => {
  it('says what is missing or malformed, and saves only a valid person, cleaned up', async () => {
    await renderUi(<PersonForm scope={SCOPE} personId={null} />)
    const save = screen.getByTestId('save-person')
    expect(screen.getByText('A name is required.')).toBeInTheDocument()
    expect(screen.getByText('Pick an organisation.')).toBeInTheDocument()
    expect(save).toBeDisabled()
    await userEvent.type(screen.getByRole('textbox', { name: /^Name/ }), 'Mei Tan')
    // Two organisations are called Sales: each is told apart by its building.
    await userEvent.click(screen.getByTestId('organisation-select'))
    await userEvent.click(await screen.findByRole('option', { name: 'Sales (Building B)', hidden: true }))
    const country = screen.getByRole('textbox', { name: 'Country code' })
    await userEvent.clear(country)
    await userEvent.type(country, '86')
    await userEvent.type(screen.getByRole('textbox', { name: 'Mobile' }), '138-OOOO')
    await userEvent.type(screen.getByRole('textbox', { name: 'Email' }), 'mei@')
    expect(screen.getByText('A country code looks like +86.')).toBeInTheDocument()
    expect(screen.getByText('Digits only, with spaces or dashes between them if you like; at most 20 digits.')).toBeInTheDocument()
    expect(screen.getByText('Not an email address.')).toBeInTheDocument()
    expect(save).toBeDisabled()
    await userEvent.type(country, '{Home}+')
    await userEvent.clear(screen.getByRole('textbox', { name: 'Mobile' }))
    // Spaces and dashes as installers write numbers: the cloud gets the digits alone.
    await userEvent.type(screen.getByRole('textbox', { name: 'Mobile' }), ' 138 0000-1234 ')
    await userEvent.type(screen.getByRole('textbox', { name: 'Email' }), 'example.com')
    expect(screen.queryByText(/^Digits only/)).toBeNull()
    expect(save).toBeEnabled()
    await userEvent.click(save)
    await waitFor(() => expect(sent('persons:add')).toHaveLength(1))
    expect(sent('persons:add')[0]).toEqual({
      ...SCOPE,
      draft: {
        name: 'Mei Tan',
        structureId: 'o-b-sales',
        enabled: true,
        sex: 'unknown',
        mobileCountry: '+86',
        mobile: '13800001234',
        email: 'mei@example.com',
        certType: '',
        certNo: '',
        personCode: '',
      },
      intentKey: expect.stringMatching(/^[0-9a-f-]{36}$/),
    })
    expect(usePeopleStore.getState().screen).toEqual({ kind: 'personEdit', personId: 'p-new', created: true })
  })
})

describe('recycle bin', () => {
  it('asks before recovering, naming who; Cancel sends nothing, Recover sends the chosen ones', async () => {
    await renderUi(<RecycleBin scope={SCOPE} />)
    await screen.findByText('Una Schmidt')
    expect(screen.getByTestId('recover-selected')).toBeDisabled()
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select Una Schmidt' }))
    await userEvent.click(screen.getByTestId('recover-selected'))
    let dialog = await screen.findByRole('dialog', { name: 'Recover persons (1)' })
    expect(within(dialog).getByTestId('recover-names')).toHaveTextContent('Una Schmidt')
    expect(within(dialog).getByTestId('recover-names')).not.toHaveTextContent('Chen Liu')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(sent('persons:recover')).toEqual([])

    await userEvent.click(screen.getByTestId('recover-selected'))
    dialog = await screen.findByRole('dialog', { name: 'Recover persons (1)' })
    await userEvent.click(within(dialog).getByTestId('confirm-recover'))
    await waitFor(() => expect(sent('persons:recover')).toEqual([{ ...SCOPE, personIds: ['r-2'], intentKey: expect.any(String) }]))
    await waitFor(() => expect(screen.getByTestId('recover-selected')).toBeDisabled())
  })

  it('shows where a deleted person was, and recovers from the detail after confirming', async () => {
    await renderUi(<RecycleBin scope={SCOPE} />)
    await userEvent.click(await screen.findByText('Chen Liu'))
    const detail = await screen.findByRole('dialog', { name: 'Chen Liu' })
    expect(detail).toHaveTextContent('Was in: Root\\ Building A')
    await userEvent.click(within(detail).getByRole('button', { name: 'Recover' }))
    const confirm = await screen.findByRole('dialog', { name: 'Recover persons (1)' })
    expect(sent('persons:recover')).toEqual([])
    await userEvent.click(within(confirm).getByTestId('confirm-recover'))
    await waitFor(() => expect(sent('persons:recover')).toEqual([{ ...SCOPE, personIds: ['r-1'], intentKey: expect.any(String) }]))
  })
})
