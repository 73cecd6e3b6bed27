import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { AccessGroupsListing } from '@shared/domain/access-groups'
import type { SiteZoneView } from '@shared/domain/site-zone'
import { CONNECTION, GYM_DOORS, GYM_ROW, LISTING, SCOPE, TREE } from './access-groups-fixtures'
import { type Answers, type Call, installApi, recorder, renderUi } from './render'

// The computer is in New York; the site is elsewhere. Nothing on screen may follow the computer.
process.env.TZ = 'America/New_York'

const calls: Call[] = []
const record = recorder(calls)
let view: SiteZoneView = { siteZone: null, suggestions: [] }
let listing: AccessGroupsListing = LISTING
const answers: Answers = {
  'connections:list': () => ({ ok: true, value: [CONNECTION] }),
  'project:siteZone': () => ({ ok: true, value: view }),
  'project:setSiteZone': (input) => {
    calls.push({ channel: 'project:setSiteZone', input })
    view = { ...view, siteZone: { zone: input.zone, setAt: 1, clockChangeSettledAt: null } }
    return { ok: true, value: { zone: input.zone, setAt: 1, clockChangeSettledAt: null } }
  },
  'project:settleClockChange': (input) => {
    calls.push({ channel: 'project:settleClockChange', input })
    const settled = { zone: view.siteZone?.zone ?? 'UTC', setAt: 1, clockChangeSettledAt: input.changeAt }
    view = { ...view, siteZone: settled }
    return { ok: true, value: settled }
  },
  'accessGroups:list': () => ({ ok: true, value: listing }),
  'accessGroups:siteTree': record('accessGroups:siteTree', TREE),
  'accessGroups:detail': (input) => {
    const row = listing.groups.find((g) => g.id === input.accessGroupId)
    if (!row) return { ok: false, error: { code: 'not_found', messageKey: 'accessGroups.errors.notFound', retryable: false } }
    return { ok: true, value: { row, doors: row.id === GYM_ROW.id ? GYM_DOORS : null } }
  },
  'accessGroups:update': record('accessGroups:update', { kind: 'queued', outboxId: 4, reason: null }),
}
installApi(answers)

const { AccessGroupsView } = await import('../../../src/renderer/src/features/access-groups/AccessGroupsView')
const { useAccessGroupsStore, INITIAL } = await import('../../../src/renderer/src/stores/access-groups/store')
const { useProjectStore } = await import('../../../src/renderer/src/stores/project/store')

const shanghai = (settled: number | null = null): SiteZoneView => ({
  siteZone: { zone: 'Asia/Shanghai', setAt: 0, clockChangeSettledAt: settled },
  suggestions: [],
})

beforeEach(() => {
  calls.length = 0
  listing = LISTING
  useAccessGroupsStore.setState(INITIAL)
  useProjectStore.setState({ scope: SCOPE })
})
afterEach(() => vi.useRealTimers())

const inputs = (channel: string) => calls.filter((c) => c.channel === channel).map((c) => c.input)

describe('schedules in site time, from a computer in another zone', () => {
  it('a Shanghai site reads its own hours: the all-day group is all day, weekdays open at 07:00 with the UTC beside', async () => {
    view = shanghai()
    await renderUi(<AccessGroupsView />)
    const table = await screen.findByTestId('groups-table')
    expect(within(table).getByText('Every day, all day')).toBeInTheDocument()
    expect(within(table).getByText('Weekdays 07:00–19:00')).toBeInTheDocument()
    expect(within(table).getByText('23:00–11:00 UTC')).toBeInTheDocument()
    expect(within(table).queryByText(/19:00–18:59/)).toBeNull()
  })

  it('speaks Simplified Chinese: site time, all day', async () => {
    view = shanghai()
    await renderUi(<AccessGroupsView />, 'zh-CN')
    const table = await screen.findByTestId('groups-table')
    expect(within(table).getByText('时间表（现场时间）')).toBeInTheDocument()
    expect(within(table).getByText('每天，全天')).toBeInTheDocument()
  })

  it('the wizard takes site times, says so, shows the UTC beside each, and notes the computer is elsewhere', async () => {
    view = shanghai()
    await renderUi(<AccessGroupsView />)
    await userEvent.click(await screen.findByRole('button', { name: 'New access group' }))
    const opens = await screen.findByLabelText('Opens at (site time, Asia/Shanghai)')
    expect(screen.queryByText(/your time/)).toBeNull()
    expect(screen.getByText('07:00 site time (23:00 UTC)')).toBeInTheDocument()
    expect(screen.getByTestId('laptop-differs')).toHaveTextContent('This computer is set to America/New_York')
    await userEvent.clear(opens)
    await userEvent.type(opens, '6:30')
    await userEvent.tab()
    expect(opens).toHaveValue('06:30')
    expect(screen.getByText('06:30 site time (22:30 UTC)')).toBeInTheDocument()
  })

  it('asks for the site zone once, before any schedule, proposing the cloud region and the computer', async () => {
    view = {
      siteZone: null,
      suggestions: [
        { source: 'region', zone: 'Asia/Shanghai', regionLabelKey: 'akuvox.cn' },
        { source: 'laptop', zone: 'America/New_York' },
      ],
    }
    await renderUi(<AccessGroupsView />)
    const ask = await screen.findByTestId('ask-site-zone')
    expect(screen.queryByTestId('groups-table')).toBeNull()
    expect(within(ask).getByRole('button', { name: /^America\/New_York: what this computer is set to/ })).toBeInTheDocument()
    await userEvent.click(within(ask).getByRole('button', { name: /^Asia\/Shanghai: where the cloud's region is/ }))
    await userEvent.click(within(ask).getByRole('button', { name: 'Use this time zone' }))
    await screen.findByTestId('groups-table')
    expect(inputs('project:setSiteZone')).toEqual([{ ...SCOPE, zone: 'Asia/Shanghai' }])
  })
})

describe("the site's clock changes", () => {
  const berlin = (settled: number | null = null): SiteZoneView => ({
    siteZone: { zone: 'Europe/Berlin', setAt: 0, clockChangeSettledAt: settled },
    suggestions: [],
  })
  const SPRING = Date.parse('2027-03-28T01:00:00Z')

  it('Asia/Shanghai has none to announce', async () => {
    view = shanghai()
    await renderUi(<AccessGroupsView />)
    await screen.findByTestId('groups-table')
    expect(screen.queryByTestId('clock-change-coming')).toBeNull()
    expect(screen.queryByTestId('clock-change-passed')).toBeNull()
  })

  it('before the change, names the groups that will open an hour later; the all-day group is not one', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.parse('2027-03-10T12:00:00Z') })
    // The autumn change before it was dealt with.
    view = berlin(Date.parse('2026-10-25T01:00:00Z'))
    await renderUi(<AccessGroupsView />)
    const notice = await screen.findByTestId('clock-change-coming')
    expect(screen.queryByTestId('clock-change-passed')).toBeNull()
    expect(notice).toHaveTextContent(
      "The site's clocks change on 2027-03-28. The cloud keeps UTC, so from then on 1 group opens 1 hour later in site time until it is shifted: Gym.",
    )
    // The wizard says the same of a group being made, and no longer asks for an edit per group.
    await userEvent.click(screen.getByRole('button', { name: 'New access group' }))
    const notes = await screen.findByTestId('schedule-notes')
    expect(notes).toHaveTextContent("The site's clocks change on 2027-03-28. From then on the same UTC window opens 08:00–20:00 site time")
    expect(notes).not.toHaveTextContent('keep your local time')
  })

  it('after the change, shifts the groups in one reviewed step through the normal update, then stops offering it', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.parse('2027-04-05T12:00:00Z') })
    view = berlin()
    await renderUi(<AccessGroupsView />)
    const notice = await screen.findByTestId('clock-change-passed')
    expect(notice).toHaveTextContent('1 group saved before then opens 1 hour later in site time than it was set to: Gym.')
    await userEvent.click(within(notice).getByRole('button', { name: 'Review the shift…' }))
    const dialog = await screen.findByTestId('shift-dialog')
    const row = within(dialog).getByTestId('shift-row')
    // Gym was typed as weekdays 00:00–12:00 Berlin winter time (23:00–11:00 UTC): now it reads 01:00–13:00.
    expect(row).toHaveTextContent('Weekdays 01:00–13:00')
    expect(row).toHaveTextContent('Weekdays 00:00–12:00')
    expect(row).toHaveTextContent('23:00–11:00 UTC → 22:00–10:00 UTC')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Shift 1 group by 1 hour' }))
    expect(await within(dialog).findByText('Waits in the outbox')).toBeInTheDocument()
    await waitFor(() => expect(inputs('project:settleClockChange')).toEqual([{ ...SCOPE, changeAt: SPRING }]))
    expect(inputs('accessGroups:update')).toEqual([
      expect.objectContaining({
        accessGroupId: GYM_ROW.id,
        draft: expect.objectContaining({
          name: 'Gym',
          schedule: { repeatMode: 'weekly', availableDays: ['0', '1', '2', '3', '4'], startTime: '22:00:00', finishTime: '10:00:00' },
        }),
      }),
    ])
    await waitFor(() => expect(screen.queryByTestId('clock-change-passed')).toBeNull())
  })
})
