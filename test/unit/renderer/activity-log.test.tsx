import type { ActivityEntry } from '@shared/domain/activity'
import type { Page } from '@shared/page'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { type Answers, installApi, renderUi } from './render'

const base = {
  installer: 'Li Wei',
  installId: null,
  connectionId: '11111111-1111-4111-8111-111111111111',
  connectionLabel: 'Harbour Court',
  projectId: 'p1',
  projectName: 'Tower A',
  reason: null,
  requestId: null,
  outboxId: null,
} as const

const entries: ActivityEntry[] = [
  {
    ...base,
    id: 3,
    at: Date.UTC(2026, 11, 6, 9, 30),
    operation: { kind: 'akuvox.staff.create', params: { name: 'Zhang San' }, target: 'Zhang San' },
    result: 'failed',
    reason: { code: 'invalid_input', messageKey: 'errors.akuvox.refusedField', params: { reason: 'building A has floors 1 to 20, not "99"' } },
    requestId: 'cmd-42',
  },
  {
    ...base,
    id: 2,
    at: Date.UTC(2026, 11, 6, 9, 20),
    operation: { kind: 'akuvox.staff.delete', params: { count: 3 }, target: '' },
    result: 'done',
    outboxId: 7,
  },
  {
    ...base,
    id: 1,
    at: Date.UTC(2026, 11, 6, 9, 10),
    operation: { kind: 'akuvox.staff.delete', params: { count: 3 }, target: '' },
    result: 'queued',
    outboxId: 7,
  },
]

let installer: string | null = null
let pages: unknown[] = []
let shown: ActivityEntry[] = entries
const answers: Answers = {
  'connections:list': () => ({ ok: true, value: [] }),
  'network:status': () => ({ ok: true, value: { online: true, since: 0 } }),
  'app:installer': () => ({ ok: true, value: { name: installer } }),
  'app:setInstaller': ({ name }) => {
    installer = name.trim()
    return { ok: true, value: { name: installer } }
  },
  'activity:page': (input) => {
    pages.push(input)
    const search = (input as { search?: string }).search
    const items = shown.filter((e) => search === undefined || e.operation.target.includes(search))
    const page: Page<ActivityEntry> = { total: items.length, offset: 0, items }
    return { ok: true, value: page }
  },
}

// The virtual list lays rows out in a window of this size (jsdom measures nothing).
Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 })
Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 1000 })

const bridge = installApi(answers)
const { App } = await import('../../../src/renderer/src/app/App')
const { showActivity, showSection } = await import('../../../src/renderer/src/stores/ui/store')

describe('the activity log screen', () => {
  beforeEach(() => {
    installer = null
    pages = []
    shown = entries
    showActivity(false)
  })

  it('words each change from its data, with its result, its reason in the form’s words and the cloud’s request id', async () => {
    await renderUi(<App />)
    const rows = await screen.findAllByTestId('activity-row')
    expect(rows.map((r) => r.getAttribute('data-result'))).toEqual(['failed', 'done', 'queued'])
    expect(rows[0]).toHaveTextContent('Created staff access “Zhang San”')
    expect(rows[0]).toHaveTextContent('Harbour Court · Tower A — on Zhang San')
    expect(within(rows[0] as HTMLElement).getByTestId('activity-reason')).toHaveTextContent(
      'The Akuvox cloud did not accept this: building A has floors 1 to 20, not "99". Correct it and save again. · Cloud request cmd-42',
    )
    expect(within(rows[0] as HTMLElement).getByTestId('activity-result-badge')).toHaveTextContent('Failed')
    expect(rows[1]).toHaveTextContent('Deleted 3 staff accesses')
    expect(within(rows[2] as HTMLElement).getByTestId('activity-result-badge')).toHaveTextContent('Queued')
    expect(screen.getByTestId('activity-count')).toHaveTextContent('3 changes')
  })

  it('reads in Chinese, plurals and results included', async () => {
    await renderUi(<App />, 'zh-CN')
    const rows = await screen.findAllByTestId('activity-row')
    expect(rows[0]).toHaveTextContent('创建了员工权限“Zhang San”')
    expect(rows[1]).toHaveTextContent('删除了 3 项员工权限')
    expect(within(rows[2] as HTMLElement).getByTestId('activity-result-badge')).toHaveTextContent('已排队')
    expect(screen.getByTestId('activity-count')).toHaveTextContent('3 项更改')
  })

  it('asks for the installer’s name until it is set, and keeps it', async () => {
    await renderUi(<App />)
    const prompt = await screen.findByTestId('installer-prompt')
    await userEvent.type(within(prompt).getByLabelText(/Your name/), '  Li Wei ')
    await userEvent.click(within(prompt).getByRole('button', { name: 'Save name' }))
    await waitFor(() => expect(screen.queryByTestId('installer-prompt')).not.toBeInTheDocument())
    expect(installer).toBe('Li Wei')
  })

  it('searches in main and reads again when main records a change', async () => {
    await renderUi(<App />)
    await screen.findAllByTestId('activity-row')
    await userEvent.type(screen.getByTestId('activity-search'), 'Zhang')
    await waitFor(() => expect(screen.getAllByTestId('activity-row')).toHaveLength(1))
    expect(pages.at(-1)).toMatchObject({ search: 'Zhang', offset: 0 })

    await userEvent.clear(screen.getByTestId('activity-search'))
    await waitFor(() => expect(screen.getAllByTestId('activity-row')).toHaveLength(3))
    shown = [
      { ...base, id: 4, at: Date.UTC(2026, 11, 6, 10), operation: { kind: 'tuya.person.add', params: { name: '王小明' }, target: '王小明' }, result: 'done' },
      ...entries,
    ]
    bridge.emit('activity:changed', { connectionId: base.connectionId, projectId: base.projectId })
    await waitFor(() => expect(screen.getAllByTestId('activity-row')).toHaveLength(4))
    expect(screen.getAllByTestId('activity-row')[0]).toHaveTextContent('Added person “王小明”')
  })

  it('says the log is empty when nothing was changed yet, and that the filters found nothing when they did', async () => {
    shown = []
    await renderUi(<App />)
    expect(await screen.findByTestId('activity-empty')).toHaveTextContent('No change has been made through Fieldkey yet.')
    await userEvent.type(screen.getByTestId('activity-search'), 'Zhang')
    await waitFor(() => expect(screen.getByTestId('activity-empty')).toHaveTextContent('No change matches these filters.'))
  })

  it('Diagnostics shows the name and changes it', async () => {
    installer = 'Li Wei'
    showSection('diagnostics')
    await renderUi(<App />)
    const field = await screen.findByTestId('installer-name')
    expect(field).toHaveValue('Li Wei')
    expect(screen.getByRole('button', { name: 'Save name' })).toBeDisabled()
    await userEvent.clear(field)
    await userEvent.type(field, 'Wang Fang')
    await userEvent.click(screen.getByRole('button', { name: 'Save name' }))
    await waitFor(() => expect(installer).toBe('Wang Fang'))
  })
})
