import { fireEvent, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { spotlight } from '@mantine/spotlight'
import { beforeEach, describe, expect, it } from 'vitest'
import { installApi, renderUi } from './render'

// jsdom has no scrollIntoView; Spotlight scrolls the selected action into view as you type.
Element.prototype.scrollIntoView = () => undefined

const bridge = installApi({})
const { CommandPalette } = await import('../../../src/renderer/src/features/command-palette/CommandPalette')
const { useUiStore } = await import('../../../src/renderer/src/stores/ui/store')
const { useConnectionsStore } = await import('../../../src/renderer/src/stores/connections/store')
const { useProjectStore } = await import('../../../src/renderer/src/stores/project/store')

describe('the command palette', () => {
  beforeEach(() => {
    useUiStore.setState({ section: 'home', dialog: null })
    useConnectionsStore.setState({ list: [] })
    spotlight.close()
  })

  it('opens with Ctrl+K, searches in the other language too, and runs the choice', async () => {
    await renderUi(<CommandPalette />)
    fireEvent.keyDown(document.documentElement, { key: 'k', code: 'KeyK', ctrlKey: true })
    const search = await screen.findByRole('textbox', { name: 'Search commands' })
    expect(screen.getByText('Add a Tuya connection')).toBeInTheDocument()
    expect(screen.getByText('Ctrl+Shift+N')).toBeInTheDocument()
    await userEvent.type(search, '诊断')
    await userEvent.click(await screen.findByRole('button', { name: /About & diagnostics/ }))
    expect(useUiStore.getState().section).toBe('diagnostics')
  })

  it('shows its strings in Chinese', async () => {
    await renderUi(<CommandPalette />, 'zh-CN')
    fireEvent.keyDown(document.documentElement, { key: 'k', code: 'KeyK', ctrlKey: true })
    expect(await screen.findByRole('textbox', { name: '搜索命令' })).toBeInTheDocument()
    expect(screen.getByText('添加涂鸦连接')).toBeInTheDocument()
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
    await renderUi(<CommandPalette />)
    bridge.emit('app:command', 'go:outbox')
    expect(useUiStore.getState().section).toBe('home')
    useConnectionsStore.setState({ list: [{ id: 'c1', label: 'Tower', vendor: 'tuya' } as never] })
    useProjectStore.setState({ scope: { connectionId: 'c1', projectId: 'p1' } })
    bridge.emit('app:command', 'go:accessGroups')
    expect(useUiStore.getState().section).toBe('home')
    bridge.emit('app:command', 'go:outbox')
    expect(useUiStore.getState().section).toBe('outbox')
    useProjectStore.setState({ scope: null })
  })
})
