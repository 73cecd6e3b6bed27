import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import * as XLSX from '@e965/xlsx'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { matchesChecklistFilter } from '@shared/checklist/filter'
import { checklistSummary } from '@shared/checklist/progress'
import type { ChecklistDoor, DoorCheck } from '@shared/domain/checklist'
import { CONNECTION, SCOPE } from './access-groups-fixtures'
import { type Answers, type Call, installApi, renderUi } from './render'

// The computer is in New York; the site is in Shanghai. Times on the checklist are the site's.
process.env.TZ = 'America/New_York'

const TESTED_AT = Date.parse('2026-12-06T06:30:00Z') // 14:30 in Shanghai, 01:30 in New York
const door = (key: string, name: string, building: 'AB01' | 'AB02', over: Partial<ChecklistDoor> = {}): ChecklistDoor => ({
  key,
  kind: 'relay',
  buildingKey: building === 'AB01' ? 'b1' : 'b2',
  buildingName: building,
  deviceId: `dev-${building}`,
  deviceName: `${building} lobby panel`,
  name,
  online: true,
  lastSeenAt: TESTED_AT,
  check: null,
  groups: [],
  lastSend: null,
  ...over,
})
const weekdays = { repeatMode: 'weekly', availableDays: ['0', '1', '2', '3', '4'], startTime: '23:00:00', finishTime: '11:00:00' } as const
const DOORS: ChecklistDoor[] = [
  door('relay/d1/1', 'Front door', 'AB01', { groups: [{ accessGroupId: 'g1', name: 'Cleaners', schedule: weekdays }] }),
  door('relay/d1/2', 'Garage', 'AB01', { online: false }),
  door('relay/d2/1', 'Back gate', 'AB02'),
  door('channel/c9', 'Car park barrier', 'AB02', {
    kind: 'channel',
    lastSend: {
      startedAt: TESTED_AT,
      finishedAt: TESTED_AT + 60_000,
      progress: { known: true, value: 'completed', code: 4 },
      outcome: { known: true, value: 'succeeded', code: 2 },
    },
  }),
]

const calls: Call[] = []
let checks = new Map<string, DoorCheck>()
let refuse = false
const tested = () => DOORS.map((d) => ({ ...d, check: checks.get(d.key) ?? null }))
const answers: Answers = {
  'connections:list': () => ({ ok: true, value: [CONNECTION] }),
  'project:siteZone': () => ({ ok: true, value: { siteZone: { zone: 'Asia/Shanghai', setAt: 0, clockChangeSettledAt: null }, suggestions: [] } }),
  'project:overview': () => ({ ok: false, error: { code: 'not_found', messageKey: 'errors.not_found', retryable: false } }),
  'checklist:summary': () => ({ ok: true, value: checklistSummary(tested()) }),
  'checklist:doors': (input) => {
    calls.push({ channel: 'checklist:doors', input })
    const matching = tested().filter((d) => matchesChecklistFilter(d, { state: input.state ?? 'all', buildingKey: input.buildingKey ?? null }))
    return { ok: true, value: { total: matching.length, offset: input.offset ?? 0, items: matching } }
  },
  'checklist:record': (input) => {
    calls.push({ channel: 'checklist:record', input })
    if (refuse) return { ok: false, error: { code: 'not_found', messageKey: 'errors.checklist.doorGone', retryable: false } }
    if (input.result === 'untested') {
      checks.delete(input.doorKey)
      return { ok: true, value: { check: null } }
    }
    const check: DoorCheck = { result: input.result, method: input.method, note: input.note ?? '', testedAt: TESTED_AT }
    checks.set(input.doorKey, check)
    return { ok: true, value: { check } }
  },
}
installApi(answers)

// jsdom has no scrollIntoView; a Select scrolls its chosen option into view when it opens.
Element.prototype.scrollIntoView = () => undefined
// jsdom has no layout: give elements a screenful of size so the virtualized list renders rows.
Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 })
Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 1000 })

const { ChecklistView } = await import('../../../src/renderer/src/features/checklist/ChecklistView')
const { useProjectStore } = await import('../../../src/renderer/src/stores/project/store')

beforeEach(() => {
  calls.length = 0
  checks = new Map()
  refuse = false
  useProjectStore.setState({ scope: SCOPE })
})

const rowOf = async (name: string) => (await screen.findAllByTestId('checklist-row')).find((r) => r.textContent?.includes(name)) as HTMLElement

describe('the door checklist', () => {
  it('shows progress per building and the groups opening a door in site time', async () => {
    checks.set('relay/d2/1', { result: 'passed', method: 'card', note: '', testedAt: TESTED_AT })
    await renderUi(<ChecklistView />)
    const lines = await screen.findAllByTestId('checklist-building')
    expect(lines.map((l) => l.textContent)).toEqual([
      expect.stringContaining('AB01: 0/2 doors tested1 offline'),
      expect.stringContaining('AB02: 1/2 doors tested'),
    ])
    expect(screen.getByTestId('checklist-total')).toHaveTextContent('Whole site: 1/4 doors tested')
    expect(within(await rowOf('Back gate')).getByTestId('checklist-result')).toHaveTextContent('Works')
    // 14:30 in Shanghai, written as the laptop's region writes times (en-US here).
    expect(await rowOf('Back gate')).toHaveTextContent(/Card · Dec 6, 02:30\sPM/)
    await userEvent.click(await rowOf('Front door'))
    const panel = await screen.findByTestId('door-panel')
    expect(within(panel).getByTestId('door-groups')).toHaveTextContent('Cleaners · Weekdays 07:00–19:00')
    expect(panel).toHaveTextContent('Times in site time (Asia/Shanghai)')
  })

  it('records a fault with its method and note from the keyboard, and the list and progress follow', async () => {
    await renderUi(<ChecklistView />)
    await userEvent.click(await rowOf('Garage'))
    const form = await screen.findByTestId('door-test')
    await userEvent.click(within(form).getByLabelText('Opened with'))
    await userEvent.click(await screen.findByRole('option', { name: 'PIN', hidden: true }))
    await userEvent.type(within(form).getByRole('textbox', { name: 'Note' }), 'Strike does not release')
    within(form).getByRole('button', { name: 'Fault' }).focus()
    await userEvent.keyboard('{Enter}')
    await waitFor(() =>
      expect(calls.find((c) => c.channel === 'checklist:record')?.input).toEqual({
        ...SCOPE,
        doorKey: 'relay/d1/2',
        result: 'fault',
        method: 'pin',
        note: 'Strike does not release',
      }),
    )
    await waitFor(async () => expect(within(await rowOf('Garage')).getByTestId('checklist-result')).toHaveTextContent('Fault'))
    expect(await screen.findByTestId('door-last-test')).toHaveTextContent(/Last test: Fault with PIN, Dec 6, 02:30\sPM/)
    await waitFor(() => expect(screen.getByTestId('checklist-total')).toHaveTextContent('Whole site: 1/4 doors tested1 fault1 offline'))
  })

  it('filters to faults, then to one building', async () => {
    checks.set('relay/d1/1', { result: 'fault', method: 'card', note: 'no click', testedAt: TESTED_AT })
    await renderUi(<ChecklistView />)
    await screen.findAllByTestId('checklist-row')
    await userEvent.click(screen.getByText('Faults'))
    await waitFor(async () =>
      expect((await screen.findAllByTestId('checklist-row')).map((r) => within(r).getByText(/door|gate|Garage/).textContent)).toEqual(['Front door']),
    )
    expect(calls.filter((c) => c.channel === 'checklist:doors').at(-1)?.input).toMatchObject({ state: 'fault', buildingKey: null })
    await userEvent.click(screen.getByText('Not yet tested'))
    await userEvent.click(screen.getAllByLabelText('Building')[0]!)
    await userEvent.click(await screen.findByRole('option', { name: 'AB02 (2)', hidden: true }))
    await waitFor(() => expect(calls.filter((c) => c.channel === 'checklist:doors').at(-1)?.input).toMatchObject({ state: 'untested', buildingKey: 'b2' }))
    await waitFor(async () => expect((await screen.findAllByTestId('checklist-row')).length).toBe(2))
  })

  it("shows a Tuya door's latest permission send in words and site time, and no groups", async () => {
    await renderUi(<ChecklistView />)
    await userEvent.click(await rowOf('Car park barrier'))
    const panel = await screen.findByTestId('door-panel')
    expect(within(panel).getByTestId('door-last-send')).toHaveTextContent(/^Started Dec 6, 02:30\sPM: All succeeded$/)
    expect(within(panel).queryByText('Access groups that open it')).toBeNull()
  })

  it('exports the doors the filter shows with their tests, in site time, as a workbook', async () => {
    checks.set('relay/d1/1', { result: 'fault', method: 'card', note: 'Strike does not release', testedAt: TESTED_AT })
    let blob: Blob | null = null
    const saved: Blob[] = []
    URL.createObjectURL = vi.fn((b: Blob) => {
      blob = b
      return 'blob:export'
    })
    URL.revokeObjectURL = vi.fn()
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {
      if (blob) saved.push(blob)
    })
    await renderUi(<ChecklistView />)
    await userEvent.click(await screen.findByRole('button', { name: 'Export' }))
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Excel workbook (.xlsx)' }))
    await waitFor(() => expect(saved).toHaveLength(1))
    const book = XLSX.read(new Uint8Array(await (saved[0] as Blob).arrayBuffer()), { type: 'array' })
    const rows = XLSX.utils.sheet_to_json<string[]>(book.Sheets[book.SheetNames[0] ?? ''] as XLSX.WorkSheet, { header: 1, raw: true, defval: '' })
    expect(rows[0]).toEqual(['Building', 'Device', 'Door', 'State', 'Opened by', 'Latest send', 'Test', 'Method', 'Note', 'Tested'])
    expect(rows).toHaveLength(1 + DOORS.length)
    const front = rows.find((r) => r[2] === 'Front door')
    expect(front?.slice(6, 9)).toEqual(['Fault', 'Card', 'Strike does not release'])
    // 06:30 UTC is 14:30 on site in Shanghai, whatever the computer's zone.
    expect(front?.[9]).toMatch(/14:30|2:30 PM/)
    expect(front?.[4]).toMatch(/^Cleaners: /)
    vi.restoreAllMocks()
  })

  it('says in the form why a test was not kept', async () => {
    refuse = true
    await renderUi(<ChecklistView />)
    await userEvent.click(await rowOf('Back gate'))
    await userEvent.click(within(await screen.findByTestId('door-test')).getByRole('button', { name: 'Works' }))
    const alert = await within(screen.getByTestId('door-test')).findByRole('alert')
    expect(alert).toHaveTextContent('This door is no longer on the site as last synced: sync the project and try again.')
  })

  it('reads in Chinese, counts included', async () => {
    checks.set('relay/d2/1', { result: 'fault', method: 'face', note: '', testedAt: TESTED_AT })
    await renderUi(<ChecklistView />, 'zh-CN')
    const lines = await screen.findAllByTestId('checklist-building')
    expect(lines[1]).toHaveTextContent('AB02：已测试 1/2 扇门1 处故障')
    expect(screen.getByText('尚未测试')).toBeInTheDocument()
    expect(within(await rowOf('Back gate')).getByTestId('checklist-result')).toHaveTextContent('故障')
  })
})
