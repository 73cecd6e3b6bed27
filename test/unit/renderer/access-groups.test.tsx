import { screen, waitFor, within } from '@testing-library/react'
import { Notifications } from '@mantine/notifications'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import type { AccessGroupsListing } from '@shared/domain/access-groups'
import { CONNECTION, GYM_DOORS, GYM_ROW, LISTING, RESIDENTS, SCOPE, TREE } from './access-groups-fixtures'
import { type Answers, type Call, installApi, recorder, renderUi } from './render'

const calls: Call[] = []
let listing: AccessGroupsListing = LISTING
const record = recorder(calls)
const answers: Answers = {
  'connections:list': () => ({ ok: true, value: [CONNECTION] }),
  'project:siteZone': () => ({ ok: true, value: { siteZone: { zone: 'Asia/Shanghai', setAt: 0, clockChangeSettledAt: null }, suggestions: [] } }),
  'accessGroups:list': (input) => record('accessGroups:list', listing)(input),
  'accessGroups:siteTree': record('accessGroups:siteTree', TREE),
  'accessGroups:residents': record('accessGroups:residents', RESIDENTS),
  'accessGroups:members': record('accessGroups:members', { userCount: GYM_ROW.userCount, known: { total: 0, offset: 0, items: [] }, knownWaiting: 0 }),
  'accessGroups:detail': (input) => {
    const id = input.accessGroupId
    const row = listing.groups.find((g) => g.id === id)
    if (!row) return { ok: false, error: { code: 'not_found', messageKey: 'accessGroups.errors.notFound', retryable: false } }
    return { ok: true, value: { row, doors: id === GYM_ROW.id ? GYM_DOORS : [] } }
  },
  'accessGroups:create': record('accessGroups:create', { kind: 'saved', accessGroupId: 'g-new' }),
  'accessGroups:update': record('accessGroups:update', { kind: 'saved', accessGroupId: GYM_ROW.id }),
  'outbox:replay': record('outbox:replay', [{ kind: 'applied', id: 9 }]),
  'accessGroups:refresh': () => ({ ok: false, error: { code: 'network', messageKey: 'errors.network', retryable: true } }),
  'accessGroups:addResidents': record('accessGroups:addResidents', [
    { kind: 'done', accountId: 'a1' },
    { kind: 'failed', accountId: 'a2', error: { code: 'not_found', messageKey: 'errors.not_found', retryable: false } },
  ]),
}
installApi(answers)

const { AccessGroupsView } = await import('../../../src/renderer/src/features/access-groups/AccessGroupsView')
const { useAccessGroupsStore, INITIAL } = await import('../../../src/renderer/src/stores/access-groups/store')
const { useProjectStore } = await import('../../../src/renderer/src/stores/project/store')

beforeEach(() => {
  calls.length = 0
  listing = LISTING
  useAccessGroupsStore.setState(INITIAL)
  useProjectStore.setState({ scope: SCOPE })
})

const input = (channel: string) => calls.filter((c) => c.channel === channel).at(-1)?.input

describe('access groups list', () => {
  it('says so when reading the groups from the cloud fails, and the button can be pressed again', async () => {
    await renderUi(
      <>
        <Notifications />
        <AccessGroupsView />
      </>,
    )
    await screen.findByTestId('groups-table')
    await userEvent.click(screen.getByRole('button', { name: 'Refresh from cloud' }))
    expect(await screen.findByText('The change was not made')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Refresh from cloud' })).toBeEnabled()
  })

  it("shows schedules in the installer's words and the site's time; system groups cannot be selected", async () => {
    await renderUi(<AccessGroupsView />)
    const table = await screen.findByTestId('groups-table')
    expect(within(table).getByText('Weekdays 07:00–19:00')).toBeInTheDocument()
    expect(within(table).getByText('Every day, all day')).toBeInTheDocument()
    expect(screen.getByRole('checkbox', { name: 'Select Tower A Residents' })).toBeDisabled()
    expect(screen.getByRole('checkbox', { name: 'Select Gym' })).toBeEnabled()
  })

  it('searches by name', async () => {
    await renderUi(<AccessGroupsView />)
    await screen.findByTestId('groups-table')
    await userEvent.type(screen.getByLabelText('Search groups'), 'gym')
    expect(screen.getAllByTestId('group-row')).toHaveLength(1)
  })

  it('lists pending changes for review and sends them', async () => {
    listing = {
      ...LISTING,
      pending: [{ outboxId: 9, kind: 'create', name: 'Night porter', accessGroupId: null, state: 'pending', createdAt: 0, lastError: null }],
    }
    await renderUi(<AccessGroupsView />)
    expect(await screen.findByText('Create “Night porter”')).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Send pending changes (1)' }))
    await screen.findByText('Sent 1 of 1 changes.')
    expect(input('outbox:replay')).toEqual({ entryIds: [9] })
  })

  it('speaks Simplified Chinese', async () => {
    await renderUi(<AccessGroupsView />, 'zh-CN')
    const table = await screen.findByTestId('groups-table')
    expect(within(table).getByText('工作日 07:00–19:00')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: '新建门禁组' })).toBeInTheDocument()
  })
})

describe('the wizard', () => {
  it('creates a group: says what to fix, explains the UTC days, flags offline devices, sends exact ids', async () => {
    const user = userEvent.setup()
    await renderUi(<AccessGroupsView />)
    await user.click(await screen.findByRole('button', { name: 'New access group' }))
    await user.click(screen.getByRole('button', { name: 'Next' }))
    expect(screen.getByText('Give the group a name.')).toBeInTheDocument()
    await user.type(screen.getByLabelText(/Group name/), 'Pool')
    expect(screen.getByTestId('stored-as')).toHaveTextContent('Weekly, 23:00:00–11:00:00 UTC, days Mon, Tue, Wed, Thu, Sun')
    expect(screen.getByTestId('schedule-notes')).toHaveTextContent('Mon, Tue, Wed, Thu, Fri are saved as Mon, Tue, Wed, Thu, Sun')
    await user.click(screen.getByRole('button', { name: 'Next' }))

    await screen.findByTestId('doors-step')
    expect(screen.getByText('Offline: will apply when it reconnects.')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Next' }))
    expect(screen.getByText('Pick at least one relay: a whole device, or single relays.')).toBeInTheDocument()
    await user.click(screen.getByRole('checkbox', { name: 'All relays of Lobby Door' }))
    await user.click(screen.getByRole('checkbox', { name: 'Ramp on Garage Panel' }))
    expect(screen.getByText('Picked devices: 2, relays: 4')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Next' }))

    await screen.findByTestId('review-step')
    expect(screen.getByText('Offline among the picked devices: 1. The group applies to them when they reconnect.')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Create group' }))
    await waitFor(() => expect(input('accessGroups:create')).toBeDefined())
    expect(input('accessGroups:create')).toEqual({
      ...SCOPE,
      draft: {
        name: 'Pool',
        schedule: { repeatMode: 'weekly', availableDays: ['0', '1', '2', '3', '4'], startTime: '23:00:00', finishTime: '11:00:00' },
        doors: [
          { deviceId: 'd1', relayIds: ['r1', 'r2'], securityRelayIds: ['s1'] },
          { deviceId: 'd2', relayIds: ['r3'], securityRelayIds: [] },
        ],
      },
      intentKey: expect.stringMatching(/^[0-9a-f-]{36}$/),
    })
  })

  it('edits a group: the review is a diff of schedule and doors', async () => {
    const user = userEvent.setup()
    useAccessGroupsStore.setState({ scope: SCOPE, screen: { kind: 'edit', id: GYM_ROW.id } })
    await renderUi(<AccessGroupsView />)
    await screen.findByTestId('schedule-step')
    expect(screen.getByLabelText(/Group name/)).toHaveValue('Gym')
    await user.click(screen.getByRole('checkbox', { name: 'Friday' }))
    await user.click(screen.getByRole('button', { name: 'Next' }))
    await user.click(await screen.findByRole('checkbox', { name: 'Ramp on Garage Panel' }))
    await user.click(screen.getByRole('checkbox', { name: 'Side gate on Lobby Door' }))
    await user.click(screen.getByRole('button', { name: 'Next' }))
    expect(await screen.findByTestId('diff-schedule')).toHaveTextContent('Weekdays 07:00–19:00 → Mon–Thu 07:00–19:00')
    const doors = screen.getByTestId('diff-doors')
    expect(doors).toHaveTextContent('Removed: Garage Panel (Tower B): Ramp')
    expect(doors).toHaveTextContent('Added: Lobby Door: Side gate')
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    await waitFor(() =>
      expect(input('accessGroups:update')).toMatchObject({
        accessGroupId: GYM_ROW.id,
        draft: { doors: [{ deviceId: 'd1', relayIds: ['r1', 'r2'], securityRelayIds: [] }] },
      }),
    )
  })
})

describe('residents', () => {
  it('adds several at once and reports each refusal', async () => {
    const user = userEvent.setup()
    useAccessGroupsStore.setState({ scope: SCOPE, screen: { kind: 'detail', id: GYM_ROW.id } })
    await renderUi(<AccessGroupsView />)
    await user.click(await screen.findByRole('button', { name: 'Residents…' }))
    const dialog = await screen.findByTestId('residents-dialog')
    // The boxes wait for the members Fieldkey knows of: none here, so all start unticked.
    await waitFor(() => expect(within(dialog).getByRole('checkbox', { name: 'Ann Lee · Tower A · 101' })).toBeEnabled())
    await user.click(within(dialog).getByRole('checkbox', { name: 'Ann Lee · Tower A · 101' }))
    await user.click(within(dialog).getByRole('checkbox', { name: 'Bo Ng · Tower B · 202' }))
    await user.click(within(dialog).getByRole('button', { name: 'Add to group (2)' }))
    await within(dialog).findByText('Added: 1')
    expect(input('accessGroups:addResidents')).toEqual({
      ...SCOPE,
      accessGroupId: GYM_ROW.id,
      residents: [
        { accountId: 'a1', residenceId: 'res1', buildingId: 'b1' },
        { accountId: 'a2', residenceId: 'res2', buildingId: 'b2' },
      ],
    })
    expect(within(dialog).getByText(/^Bo Ng: /)).toBeInTheDocument()
  })
})
