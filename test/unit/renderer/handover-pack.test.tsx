import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { PackPerson } from '@shared/report/types'
import type { ReportData } from '@shared/sends/types'
import type { ProjectView } from '@shared/ipc/channels/project'
import { type Call, installApi, renderUi } from './render'

const SCOPE = { connectionId: 'c1', projectId: '1424615984267293602' }
const person = (name: string, pin: string | null): PackPerson => ({
  name,
  kind: 'staff',
  place: '',
  pins: pin === null ? [] : [pin],
  cards: ['0A1B2C3D'],
  faces: 0,
  groups: ['Lobby'],
  doors: ['AB01 Guard Phone 4 · Lobby 1'],
})
// Three people over pages of two: the pack reads every page, not the first alone.
const PEOPLE = [person('Amy Chen', '••34'), person('Bo Li', null), person('Cai Wen', '••90')]
const REPORT: ReportData = {
  generatedAt: Date.UTC(2026, 11, 6, 20, 30),
  preparedBy: 'Li Na',
  vendor: 'akuvox',
  connectionLabel: 'Harbour View',
  projectId: SCOPE.projectId,
  projectName: 'Harbour View Residences',
  syncedAt: Date.UTC(2026, 11, 6, 20, 0),
  devices: [],
  doors: [{ name: 'AB01 Guard Phone 4 · Lobby 1', deviceName: 'AB01 Guard Phone 4', kind: 'relay', online: true, groups: ['Lobby'] }],
  channels: [],
  accessGroups: [],
  people: { total: 3, enabled: 3, withPermissions: null },
  outbox: [],
}

const calls: Call[] = []
installApi({
  'project:siteZone': () => ({ ok: true, value: { siteZone: { zone: 'Asia/Shanghai', setAt: 0, clockChangeSettledAt: null }, suggestions: [] } }),
  'project:overview': () => ({ ok: true, value: { projectName: 'Harbour View Residences' } as ProjectView }),
  'sends:report': (input) => {
    calls.push({ channel: 'sends:report', input })
    return { ok: true, value: REPORT }
  },
  'checklist:doors': () => ({
    ok: true,
    value: {
      total: 1,
      offset: 0,
      items: [
        {
          key: 'relay/d-4/r-1',
          kind: 'relay',
          buildingKey: 'b-1',
          buildingName: 'AB01',
          deviceId: 'd-4',
          deviceName: 'AB01 Guard Phone 4',
          name: 'Lobby 1',
          online: true,
          lastSeenAt: null,
          check: { result: 'fault', method: 'card', note: 'Strike does not release', testedAt: Date.UTC(2026, 11, 6, 19, 0) },
          groups: [],
          lastSend: null,
        },
      ],
    },
  }),
  'activity:page': (input) => {
    calls.push({ channel: 'activity:page', input })
    return {
      ok: true,
      value: {
        total: 1,
        offset: 0,
        items: [
          {
            id: 1,
            at: Date.UTC(2026, 11, 6, 19, 30),
            installer: 'Li Na',
            installId: null,
            connectionId: SCOPE.connectionId,
            connectionLabel: 'Harbour View',
            projectId: SCOPE.projectId,
            projectName: 'Harbour View Residences',
            operation: { kind: 'akuvox.accessGroup.create', params: { name: 'Night porter' }, target: 'Night porter' },
            result: 'done',
            reason: null,
            requestId: null,
            outboxId: null,
          },
        ],
      },
    }
  },
  'report:people': (input) => {
    calls.push({ channel: 'report:people', input })
    const offset = input.offset ?? 0
    return { ok: true, value: { total: PEOPLE.length, offset, items: PEOPLE.slice(offset, offset + 2) } }
  },
})

const { ReportPage } = await import('../../../src/renderer/src/features/sends/ReportPage')

const fill = async (label: RegExp, value: string) => userEvent.type(screen.getByLabelText(label), value)

describe('the handover pack', () => {
  it('is not produced until prepared by, handed to and the address are filled, each field saying so', async () => {
    calls.length = 0
    await renderUi(<ReportPage scope={SCOPE} />)
    await fill(/^Prepared by/, 'Li Na')
    await userEvent.click(screen.getByRole('button', { name: 'Produce handover pack' }))
    // Each field's own message, read with it by a screen reader.
    expect(screen.getByLabelText(/^Handed to/)).toHaveAccessibleDescription(expect.stringContaining('Handed to: required before the pack can be produced'))
    expect(screen.getByLabelText(/^Site address/)).toHaveAccessibleDescription(
      expect.stringContaining('Site address: required before the pack can be produced'),
    )
    expect(screen.getByLabelText(/^Prepared by/)).not.toHaveAccessibleDescription(expect.stringContaining('required'))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(calls.filter((c) => c.channel === 'sends:report')).toEqual([])
  })

  it('names the project, not its id, and prints every person with PINs masked and the signature block', async () => {
    await renderUi(<ReportPage scope={SCOPE} />)
    await fill(/^Prepared by/, 'Li Na')
    await fill(/^Handed to/, 'Sam Okafor')
    await fill(/^Site address/, '1 Harbour Road')
    await userEvent.click(screen.getByRole('button', { name: 'Produce handover pack' }))
    const dialog = await screen.findByRole('dialog')
    await waitFor(() => expect(dialog).toHaveTextContent('the cached data of Harbour View Residences'))
    expect(dialog.textContent).not.toContain(SCOPE.projectId)
    await userEvent.click(within(dialog).getByRole('button', { name: 'Produce' }))
    const people = await screen.findByTestId('pack-people')
    expect(within(people).getAllByRole('row')).toHaveLength(4)
    expect(people).toHaveTextContent('Amy Chen')
    expect(people).toHaveTextContent('Cai Wen')
    expect(people).toHaveTextContent('••34')
    // The installer's door test and the activity log of this project only are in the pack.
    expect(screen.getByTestId('pack-summary')).toHaveTextContent('1 of 1 tested · 1 faulty · 0 offline')
    expect(screen.getByTestId('pack-checklist')).toHaveTextContent('Strike does not release')
    expect(screen.getByTestId('pack-activity')).toHaveTextContent('Night porter')
    expect(calls.find((c) => c.channel === 'activity:page')?.input).toMatchObject(SCOPE)
    const signatures = screen.getByTestId('pack-signatures')
    expect(signatures).toHaveTextContent('Name: Li Na')
    expect(signatures).toHaveTextContent('Name: Sam Okafor')
    // The site's date (already the 7th in Shanghai), not the laptop's.
    expect(signatures).toHaveTextContent('Date: 2026-12-07')
    expect(screen.getByTestId('report').textContent).not.toContain(SCOPE.projectId)
  })

  it('writes the document in Chinese while the window stays in English', async () => {
    await renderUi(<ReportPage scope={SCOPE} />)
    await fill(/^Prepared by/, 'Li Na')
    await fill(/^Handed to/, 'Sam Okafor')
    await fill(/^Site address/, '1 Harbour Road')
    await userEvent.click(screen.getByText('简体中文'))
    await userEvent.click(screen.getByRole('button', { name: 'Produce handover pack' }))
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Produce' }))
    const pack = await screen.findByTestId('report')
    expect(within(pack).getByRole('heading', { level: 2 })).toHaveTextContent('调试交接资料')
    expect(screen.getByTestId('pack-signatures')).toHaveTextContent('姓名：Sam Okafor')
    expect(screen.getByRole('button', { name: 'Download CSV bundle (.zip)' })).toBeInTheDocument()
  })
})
