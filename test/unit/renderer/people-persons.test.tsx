import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { PersonDoors } from '@shared/people/person-doors'
import type { PersonBiometrics } from '@shared/people/person-face'
import type { OrganisationNode } from '@shared/people/persons'
import { beforeEach, describe, expect, it } from 'vitest'
import { SCOPE, person, withViewport } from './people-fixtures'
import { type Answers, type Call, installApi, recorder, renderUi } from './render'
import { formatDateTime } from '../../../src/renderer/src/i18n/format'

withViewport()
// jsdom has no scrollIntoView; a Select scrolls its chosen option into view when it opens.
Element.prototype.scrollIntoView = () => undefined

const ORGANISATIONS: OrganisationNode[] = [
  { structureId: 'o-root', parentStructureId: '', name: 'Root', level: 1 },
  { structureId: 'o-a', parentStructureId: 'o-root', name: 'Building A', level: 2 },
  { structureId: 'o-b', parentStructureId: 'o-root', name: 'Building B', level: 2 },
  { structureId: 'o-a-sales', parentStructureId: 'o-a', name: 'Sales', level: 3 },
  { structureId: 'o-b-sales', parentStructureId: 'o-b', name: 'Sales', level: 3 },
]
const CHEN = person({ personId: 'r-1', name: 'Chen Liu' })
const RECYCLED = [CHEN, person({ personId: 'r-2', name: 'Una Schmidt', structureSnapshots: ['Root\\ Building B\\ Sales'] })]

const PIXEL = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='

const BIOMETRICS: PersonBiometrics = {
  personId: 'p-new',
  face: { kind: 'enrolled', rating: 87.5, verdict: 'failed' },
  picture: { kind: 'shown', dataUrl: PIXEL },
  biometrics: { kinds: ['face', 'fingerprint'], others: 1 },
}
const DOORS: PersonDoors = {
  personId: 'p-new',
  asOf: Date.UTC(2026, 11, 6, 9, 30),
  readError: null,
  more: false,
  doors: [
    {
      accessAuthId: 'a-lobby',
      channelId: 'ch-lobby',
      channelName: 'Lobby Entrance',
      deviceName: 'Lobby reader',
      positionPath: 'Block A',
      validFrom: 0,
      validUntil: null,
      credentials: [
        { credential: 'card', held: 2, allowed: 1, issue: 'pending' },
        { credential: 'face', held: 1, allowed: 1, issue: 'sent' },
        { credential: 'fingerprint', held: 0, allowed: 0, issue: 'sent' },
      ],
      lastSend: {
        taskId: 't-1',
        startedAt: Date.UTC(2026, 11, 6, 9, 0),
        finishedAt: Date.UTC(2026, 11, 6, 9, 1),
        record: { known: true, value: 'failed', code: 3 },
        cells: { card: 'failed', face: 'succeeded', password: 'notSent' },
      },
    },
  ],
}
let biometricsAnswer: PersonBiometrics | null = null
let doorsAnswer: PersonDoors | null = null

const calls: Call[] = []
const record = recorder(calls)
const answers: Answers = {
  'persons:listing': record('persons:listing', { total: 40, recycled: 2, pending: [], syncedAt: 0 }),
  'persons:organisations': record('persons:organisations', ORGANISATIONS),
  'persons:add': record('persons:add', { kind: 'saved', personIds: ['p-new'] }),
  'persons:edit': record('persons:edit', { kind: 'saved', personIds: ['p-new'] }),
  'persons:detail': record('persons:detail', person({ personId: 'p-new', certType: 'ID_CARD_CN', structureIds: ['o-a'] })),
  'persons:biometrics': (input) => record('persons:biometrics', biometricsAnswer ?? BIOMETRICS)(input),
  'persons:doors': (input) => record('persons:doors', doorsAnswer ?? DOORS)(input),
  'persons:recyclePage': record('persons:recyclePage', { total: RECYCLED.length, offset: 0, items: RECYCLED }),
  'persons:recycledDetail': record('persons:recycledDetail', CHEN),
  'persons:recover': record('persons:recover', { kind: 'saved', personIds: ['r-2'] }),
}
installApi(answers)

const { PersonForm } = await import('../../../src/renderer/src/features/people/persons/PersonForm')
const { PersonDetail } = await import('../../../src/renderer/src/features/people/persons/PersonDetail')
const { RecycleBin } = await import('../../../src/renderer/src/features/people/persons/RecycleBin')
const { usePeopleStore, INITIAL } = await import('../../../src/renderer/src/stores/people/store')

beforeEach(() => {
  calls.length = 0
  biometricsAnswer = null
  doorsAnswer = null
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
    await userEvent.type(screen.getByRole('textbox', { name: 'Mobile' }), '138-00x0')
    await userEvent.type(screen.getByRole('textbox', { name: 'Email' }), 'mei@')
    expect(screen.getByText('A country code looks like +86.')).toBeInTheDocument()
    expect(screen.getByText('Digits, spaces and dashes only; the country code goes in its own field.')).toBeInTheDocument()
    expect(screen.getByText('Not an email address.')).toBeInTheDocument()
    expect(save).toBeDisabled()
    await userEvent.type(country, '{Home}+')
    await userEvent.clear(screen.getByRole('textbox', { name: 'Mobile' }))
    // Digit groups as people write a mobile: accepted, and sent as the digits alone.
    await userEvent.type(screen.getByRole('textbox', { name: 'Mobile' }), '138 1234 5678')
    await userEvent.type(screen.getByRole('textbox', { name: 'Email' }), 'example.com')
    expect(screen.queryByText('Digits, spaces and dashes only; the country code goes in its own field.')).toBeNull()
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
        mobile: '13812345678',
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

describe('person detail', () => {
  it('the certificate type is a list of named types, and the chosen one is saved as its code', async () => {
    await renderUi(<PersonDetail scope={SCOPE} personId="p-new" created={false} />)
    const certType = await screen.findByTestId('cert-type')
    expect(certType).toHaveValue('ID card (Chinese mainland)')
    await userEvent.click(certType)
    await userEvent.click(await screen.findByRole('option', { name: 'Passport', hidden: true }))
    await userEvent.click(screen.getByTestId('save-person'))
    await waitFor(() => expect(sent('persons:edit')).toHaveLength(1))
    expect(sent('persons:edit')[0]).toMatchObject({ personId: 'p-new', draft: { certType: 'PASSPORT' } })
  })

  it('the face tab shows the picture main read, the verdict and score in words, and the biometrics', async () => {
    await renderUi(<PersonDetail scope={SCOPE} personId="p-new" created={false} />)
    await userEvent.click(await screen.findByRole('tab', { name: 'Face & biometrics' }))
    const picture = await screen.findByRole('img', { name: 'Face picture of Mei Tan' })
    expect(picture).toHaveAttribute('src', PIXEL)
    expect(screen.getByTestId('face-status')).toHaveTextContent('Face enrolledFailed the quality checkQuality score 87.5 of 100')
    expect(screen.getByText(/take a new picture/)).toBeInTheDocument()
    expect(screen.getByTestId('biometrics')).toHaveTextContent('Face and Fingerprint · 1 other kind')
    expect(sent('persons:biometrics')).toEqual([{ ...SCOPE, personId: 'p-new' }])
  })

  it('the doors tab names each door with its credentials, the latest send per credential type and when it was read', async () => {
    await renderUi(<PersonDetail scope={SCOPE} personId="p-new" created={false} />)
    await userEvent.click(await screen.findByRole('tab', { name: 'Doors' }))
    const row = await screen.findByTestId('door-row')
    expect(row).toHaveTextContent('Lobby Entrance')
    expect(row).toHaveTextContent('Permanent')
    expect(row).toHaveTextContent('1 of 2 allowed')
    expect(row).toHaveTextContent('Waiting to be sent')
    expect(within(row).getByTestId('last-send-card')).toHaveTextContent('Card: Failed')
    expect(within(row).getByTestId('last-send-face')).toHaveTextContent('Face: Succeeded')
    expect(within(row).getByTestId('last-send-password')).toHaveTextContent('PIN: Not part of the send')
    expect(screen.getByTestId('doors-as-of')).toHaveTextContent(/^As of /)
    expect(sent('persons:doors')).toEqual([{ ...SCOPE, personId: 'p-new' }])
  })
})

describe('person detail when the cloud does not give everything', () => {
  it('a picture that could not be read says why, and the face status and biometrics still show', async () => {
    biometricsAnswer = {
      ...BIOMETRICS,
      face: { kind: 'enrolled', rating: null, verdict: 'notChecked' },
      picture: { kind: 'unavailable', error: { code: 'forbidden', messageKey: 'errors.facePicture.elsewhere', params: {}, retryable: false } },
    }
    await renderUi(<PersonDetail scope={SCOPE} personId="p-new" created={false} />)
    await userEvent.click(await screen.findByRole('tab', { name: 'Face & biometrics' }))
    expect(await screen.findByTestId('face-picture-error')).toHaveTextContent('The cloud gave a face picture on another server, so Fieldkey did not open it.')
    expect(screen.queryByRole('img', { name: /Face picture/ })).toBeNull()
    expect(screen.getByTestId('face-status')).toHaveTextContent('Face enrolledNot checked yetNo quality score')
    expect(screen.getByTestId('biometrics')).toHaveTextContent('Face and Fingerprint')
  })

  it('doors the cloud could not give are the cache’s, with the reason and the time they were read', async () => {
    doorsAnswer = {
      ...DOORS,
      asOf: Date.UTC(2026, 10, 1, 8, 0),
      readError: { code: 'network', messageKey: 'errors.network', params: {}, retryable: true },
      more: true,
    }
    await renderUi(<PersonDetail scope={SCOPE} personId="p-new" created={false} />)
    await userEvent.click(await screen.findByRole('tab', { name: 'Doors' }))
    await screen.findByTestId('door-row')
    expect(screen.getByRole('status')).toHaveTextContent('Showing the doors as last read')
    expect(screen.getByText('Showing 1 door; the person may have more.')).toBeInTheDocument()
    expect(screen.getByTestId('doors-as-of')).toHaveTextContent(formatDateTime(Date.UTC(2026, 10, 1, 8, 0), 'en'))
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
