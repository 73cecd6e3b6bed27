import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import type { GroupMembers, KnownMember } from '@shared/domain/group-members'
import { CONNECTION, GYM_DOORS, GYM_ROW, LISTING, RESIDENTS, SCOPE, TREE } from './access-groups-fixtures'
import { type Answers, type Call, installApi, recorder, renderUi } from './render'

const ANN: KnownMember = {
  accountId: 'a1',
  name: 'Ann Lee',
  buildingName: 'Tower A',
  residenceNo: '101',
  addedAt: Date.UTC(2026, 11, 6, 2, 2),
  machineName: 'site-laptop',
  addedHere: true,
  queued: false,
}
const CY: KnownMember = { ...ANN, accountId: 'a3', name: 'Cy Wu', residenceNo: '103', addedHere: false, machineName: 'office-pc', queued: true }

let cloudCount = GYM_ROW.userCount

/** Gym: the cloud counts 3 users (unless a test says otherwise); Fieldkey added Ann here and Cy from another computer (still queued). */
function membersOf(input: { readonly offset?: number; readonly limit?: number; readonly accountIds?: readonly string[] | undefined }): GroupMembers {
  const all = [ANN, CY]
  const matching = input.accountIds ? all.filter((m) => input.accountIds?.includes(m.accountId)) : all
  const offset = input.offset ?? 0
  return {
    userCount: cloudCount,
    known: { total: matching.length, offset, items: matching.slice(offset, offset + (input.limit ?? 100)) },
    knownWaiting: 1,
  }
}

const calls: Call[] = []
const record = recorder(calls)
const answers: Answers = {
  'connections:list': () => ({ ok: true, value: [CONNECTION] }),
  // Member times read in the site's zone: 02:02 UTC is 10:02 in Shanghai.
  'project:siteZone': () => ({ ok: true, value: { siteZone: { zone: 'Asia/Shanghai', setAt: 0, clockChangeSettledAt: null }, suggestions: [] } }),
  'accessGroups:list': record('accessGroups:list', LISTING),
  'accessGroups:siteTree': record('accessGroups:siteTree', TREE),
  'accessGroups:residents': record('accessGroups:residents', [
    ...RESIDENTS,
    { accountId: 'a3', residenceId: 'res3', residenceNo: '103', familyName: 'Wu', buildingId: 'b1', buildingName: 'Tower A', name: 'Cy Wu' },
  ]),
  'accessGroups:detail': () => ({ ok: true, value: { row: GYM_ROW, doors: GYM_DOORS } }),
  'accessGroups:members': (input) => {
    calls.push({ channel: 'accessGroups:members', input })
    return { ok: true, value: membersOf(input) }
  },
  'accessGroups:addResidents': record('accessGroups:addResidents', [{ kind: 'done', accountId: 'a2' }]),
  'accessGroups:removeResidents': record('accessGroups:removeResidents', [{ kind: 'done', accountId: 'a1' }]),
}
installApi(answers)

const { AccessGroupsView } = await import('../../../src/renderer/src/features/access-groups/AccessGroupsView')
const { useAccessGroupsStore, INITIAL } = await import('../../../src/renderer/src/stores/access-groups/store')
const { useProjectStore } = await import('../../../src/renderer/src/stores/project/store')

beforeEach(() => {
  calls.length = 0
  cloudCount = GYM_ROW.userCount
  useAccessGroupsStore.setState({ ...INITIAL, scope: SCOPE, screen: { kind: 'detail', id: GYM_ROW.id } })
  useProjectStore.setState({ scope: SCOPE })
})

const lastInput = (channel: string) => calls.filter((c) => c.channel === channel).at(-1)?.input

describe('the members of a group', () => {
  it('detail names the members Fieldkey added next to the count the cloud reports, with when and from where', async () => {
    await renderUi(<AccessGroupsView />)
    const members = await screen.findByTestId('group-members')
    expect(members).toHaveTextContent('The cloud reports 3 users; 2 were added from Fieldkey:')
    const lines = within(members)
      .getAllByRole('listitem')
      .map((li) => li.textContent)
    expect(lines[0]).toMatch(/^Ann Lee · Tower A · 101 \(added here on .*2026.*10:02.*\)$/)
    expect(lines[1]).toMatch(/^Cy Wu · Tower A · 103 \(added from “office-pc” on .*2026.*, waits in the outbox\)$/)
    // Cy waits in the outbox, so of the 3 the cloud counts only Ann is named.
    expect(members).toHaveTextContent('The other 2 users the cloud counts were added elsewhere: the cloud does not say who.')
  })

  it('says so when the cloud counts fewer users than Fieldkey added and landed', async () => {
    cloudCount = 0
    await renderUi(<AccessGroupsView />)
    const members = await screen.findByTestId('group-members')
    expect(members).toHaveTextContent('The cloud reports 0 users; 2 were added from Fieldkey:')
    expect(members).toHaveTextContent('The cloud counts fewer users than Fieldkey added: 1 of them may have been removed elsewhere since.')
    expect(members).not.toHaveTextContent('added elsewhere: the cloud does not say who')
  })

  it('the residents dialog opens with the known members ticked; unticking removes, ticking adds', async () => {
    const user = userEvent.setup()
    await renderUi(<AccessGroupsView />)
    await user.click(await screen.findByRole('button', { name: 'Residents…' }))
    const dialog = await screen.findByTestId('residents-dialog')
    const box = (name: string) => within(dialog).getByRole('checkbox', { name })
    await waitFor(() => expect(box('Ann Lee · Tower A · 101')).toBeChecked())
    expect(box('Cy Wu · Tower A · 103')).toBeChecked()
    expect(box('Bo Ng · Tower B · 202')).not.toBeChecked()
    expect(within(dialog).getByTestId('residents-intro')).toHaveTextContent('the 2 residents added from Fieldkey are ticked')
    expect(within(dialog).getByText(/^added here on .*2026/)).toBeInTheDocument()
    expect(lastInput('accessGroups:members')).toMatchObject({ accountIds: ['a1', 'a2', 'a3'] })

    await user.click(box('Ann Lee · Tower A · 101'))
    await user.click(box('Bo Ng · Tower B · 202'))
    // Ticking and unticking again is no change at all.
    await user.click(box('Cy Wu · Tower A · 103'))
    await user.click(box('Cy Wu · Tower A · 103'))
    await user.click(within(dialog).getByRole('button', { name: 'Remove from group (1)' }))
    await waitFor(() =>
      expect(lastInput('accessGroups:removeResidents')).toMatchObject({ residents: [{ accountId: 'a1', residenceId: 'res1', buildingId: 'b1' }] }),
    )
    await user.click(within(dialog).getByRole('button', { name: 'Add to group (1)' }))
    await waitFor(() =>
      expect(lastInput('accessGroups:addResidents')).toMatchObject({ residents: [{ accountId: 'a2', residenceId: 'res2', buildingId: 'b2' }] }),
    )
  })

  it('a second mode picks anyone to remove, those added elsewhere too', async () => {
    const user = userEvent.setup()
    await renderUi(<AccessGroupsView />)
    await user.click(await screen.findByRole('button', { name: 'Residents…' }))
    const dialog = await screen.findByTestId('residents-dialog')
    await waitFor(() => expect(within(dialog).getByRole('checkbox', { name: 'Ann Lee · Tower A · 101' })).toBeChecked())
    await user.click(within(dialog).getByRole('radio', { name: 'Remove anyone' }))
    expect(within(dialog).getByRole('checkbox', { name: 'Ann Lee · Tower A · 101' })).not.toBeChecked()
    expect(within(dialog).queryByRole('button', { name: /^Add to group/ })).toBeNull()
    // Bo was not added from Fieldkey, so in the members mode he could not be removed.
    await user.click(within(dialog).getByRole('checkbox', { name: 'Bo Ng · Tower B · 202' }))
    await user.click(within(dialog).getByRole('button', { name: 'Remove from group (1)' }))
    await waitFor(() => expect(lastInput('accessGroups:removeResidents')).toMatchObject({ residents: [{ accountId: 'a2' }] }))
  })

  it('the delete dialog names the known members and how many more the cloud reports', async () => {
    const user = userEvent.setup()
    await renderUi(<AccessGroupsView />)
    await user.click(await screen.findByRole('button', { name: 'Delete' }))
    const dialog = await screen.findByTestId('delete-dialog')
    expect(await within(dialog).findByTestId('delete-members')).toHaveTextContent('Who: Ann Lee, Cy Wu and 2 more the cloud reports.')
  })

  it('in Chinese too', async () => {
    await renderUi(<AccessGroupsView />, 'zh-CN')
    const members = await screen.findByTestId('group-members')
    expect(members).toHaveTextContent('云端显示 3 位用户；其中 2 位是通过 Fieldkey 添加的：')
    expect(within(members).getAllByRole('listitem')[0]).toHaveTextContent(/在本机添加/)
  })
})
