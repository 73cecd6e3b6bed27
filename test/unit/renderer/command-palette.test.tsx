import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Notifications } from '@mantine/notifications'
import { spotlight } from '@mantine/spotlight'
import i18next from 'i18next'
import { beforeEach, describe, expect, it } from 'vitest'
import { installApi, renderUi } from './render'

// jsdom has no scrollIntoView; Spotlight scrolls the selected action into view as you type.
Element.prototype.scrollIntoView = () => undefined

const TOWER = { id: 'c1', label: 'Tower', vendor: 'tuya' } as never
let connections: readonly never[] = []
const bridge = installApi({ 'connections:list': () => ({ ok: true, value: connections }) })
const { CommandPalette } = await import('../../../src/renderer/src/features/command-palette/CommandPalette')
const { ShortcutsDialog } = await import('../../../src/renderer/src/features/command-palette/ShortcutsDialog')
const { resources } = await import('../../../src/renderer/src/i18n')
// The app's notifications read the app-wide i18next instance, which main.tsx sets up.
await i18next.init({ resources, lng: 'en', fallbackLng: 'en', interpolation: { escapeValue: false } })
const { useUiStore } = await import('../../../src/renderer/src/stores/ui/store')
const { useProjectStore } = await import('../../../src/renderer/src/stores/project/store')

describe('the command palette', () => {
  beforeEach(() => {
    useUiStore.setState({ section: 'home', dialog: null, shortcutsOpen: false })
    connections = []
    spotlight.close()
  })

  it('opens with Ctrl+K, searches in the other language too, and runs the choice', async () => {
    await renderUi(<CommandPalette />)
    fireEvent.keyDown(document.documentElement, { key: 'k', code: 'KeyK', ctrlKey: true })
    const search = await screen.findByRole('textbox', { name: 'Search commands' })
    expect(screen.getByText('Add a Tuya connection…')).toBeInTheDocument()
    expect(screen.getByText('Ctrl+Shift+N')).toBeInTheDocument()
    await userEvent.type(search, '诊断')
    await userEvent.click(await screen.findByRole('button', { name: /About & diagnostics/ }))
    expect(useUiStore.getState().section).toBe('diagnostics')
  })

  it('shows its strings in Chinese', async () => {
    await renderUi(<CommandPalette />, 'zh-CN')
    fireEvent.keyDown(document.documentElement, { key: 'k', code: 'KeyK', ctrlKey: true })
    expect(await screen.findByRole('textbox', { name: '搜索命令' })).toBeInTheDocument()
    expect(screen.getByText('添加涂鸦连接…')).toBeInTheDocument()
  })

  it('follows the native menu: app:command events and the section shortcuts', async () => {
    await renderUi(<CommandPalette />)
    bridge.emit('app:command', 'connection:addAkuvox')
    expect(useUiStore.getState().dialog).toEqual({ kind: 'add', vendor: 'akuvox' })
    bridge.emit('app:command', 'not-a-command')
    fireEvent.keyDown(document.documentElement, { key: '2', code: 'Digit2', ctrlKey: true })
    await waitFor(() => expect(useUiStore.getState().section).toBe('diagnostics'))
  })

  it('goes to a project section only while a project is open', async () => {
    connections = [TOWER]
    await renderUi(<CommandPalette />)
    bridge.emit('app:command', 'go:outbox')
    expect(useUiStore.getState().section).toBe('home')
    useProjectStore.setState({ scope: { connectionId: 'c1', projectId: 'p1' } })
    bridge.emit('app:command', 'go:accessGroups')
    expect(useUiStore.getState().section).toBe('home')
    bridge.emit('app:command', 'go:outbox')
    expect(useUiStore.getState().section).toBe('outbox')
    useProjectStore.setState({ scope: null })
  })

  it('says why when a shortcut names a section the open project does not have, and reaches the new sections', async () => {
    connections = [TOWER]
    await renderUi(
      <>
        <Notifications />
        <CommandPalette />
      </>,
    )
    bridge.emit('app:command', 'go:people')
    expect(await screen.findByText('Open a project first: “People” belongs to a project.')).toBeInTheDocument()
    useProjectStore.setState({ scope: { connectionId: 'c1', projectId: 'p1' } })
    bridge.emit('app:command', 'go:accessGroups')
    expect(await screen.findByText('“Access groups” is not part of this kind of project.')).toBeInTheDocument()
    expect(useUiStore.getState().section).toBe('home')
    for (const [key, section] of [
      ['7', 'people'],
      ['8', 'channels'],
      ['9', 'sends'],
    ] as const) {
      fireEvent.keyDown(document.documentElement, { key, code: `Digit${key}`, ctrlKey: true })
      await waitFor(() => expect(useUiStore.getState().section).toBe(section))
    }
    fireEvent.keyDown(document.documentElement, { key: 'H', code: 'KeyH', ctrlKey: true, shiftKey: true })
    await waitFor(() => expect(useUiStore.getState().section).toBe('report'))
    useProjectStore.setState({ scope: null })
  })

  it('opens the keyboard shortcuts reference with Ctrl+/, grouped as the menus are', async () => {
    await renderUi(
      <>
        <CommandPalette />
        <ShortcutsDialog />
      </>,
      'zh-CN',
    )
    fireEvent.keyDown(document.documentElement, { key: '/', code: 'Slash', ctrlKey: true })
    const dialog = await screen.findByRole('dialog', { name: '键盘快捷键' })
    const project = within(dialog).getByRole('table', { name: '项目' })
    expect(within(project).getByText('立即同步')).toBeInTheDocument()
    expect(within(project).getByText('F5')).toBeInTheDocument()
    expect(within(project).getByText('交付报告')).toBeInTheDocument()
    expect(within(project).getByText('Ctrl+Shift+H')).toBeInTheDocument()
    expect(within(dialog).getAllByText('在命令面板中').length).toBeGreaterThan(0)
  })
})
