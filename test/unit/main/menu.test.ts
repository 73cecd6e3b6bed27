import type { AppCommand } from '@shared/commands/app-commands'
import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { contextMenuTemplate } from '../../../src/main/context-menu'
import { menuTemplate } from '../../../src/main/menu'

function actions(withUpdates = false) {
  const a = { command: vi.fn<(command: AppCommand) => void>(), openLogsFolder: vi.fn<() => void>(), copyDiagnostics: vi.fn<() => void>() }
  return withUpdates ? { ...a, checkForUpdates: vi.fn<() => void>() } : a
}

const submenu = (item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] => (item?.submenu ?? []) as MenuItemConstructorOptions[]
const flat = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] => items.flatMap((i) => [i, ...flat(submenu(i))])
const roles = (items: MenuItemConstructorOptions[]) => items.filter((i) => i.role).map((i) => i.role)
const byLabel = (items: MenuItemConstructorOptions[], label: string) => flat(items).find((i) => i.label === label)
const click = (item: MenuItemConstructorOptions | undefined) => (item?.click as (() => void) | undefined)?.()

describe('the application menu', () => {
  it('has File, Edit, View, Window and Help with the standard roles on Windows and Linux', () => {
    const menu = menuTemplate({ platform: 'win32', appName: 'Fieldkey', isDev: false }, actions())
    expect(menu.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Window', '&Help'])
    expect(roles(submenu(menu[0]))).toEqual(['quit'])
    expect(roles(submenu(menu[1]))).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'delete', 'selectAll'])
    expect(roles(submenu(menu[2]))).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen'])
    expect(roles(submenu(menu[3]))).toEqual(['minimize', 'zoom', 'close'])
    expect(roles(submenu(menu[4]))).toEqual(['about'])
  })

  it('follows the macOS conventions: app menu first, Close in File, the window list in Window', () => {
    const menu = menuTemplate({ platform: 'darwin', appName: 'Fieldkey', isDev: false }, actions())
    expect(menu.map((m) => m.label)).toEqual(['Fieldkey', '&File', '&Edit', '&View', '&Window', '&Help'])
    expect(roles(submenu(menu[0]))).toEqual(['about', 'services', 'hide', 'hideOthers', 'unhide', 'quit'])
    expect(roles(submenu(menu[1]))).toEqual(['close'])
    expect(roles(submenu(menu[2]))).toContain('pasteAndMatchStyle')
    expect(roles(submenu(menu[4]))).toEqual(['minimize', 'zoom', 'front', 'window'])
    expect(roles(submenu(menu[5]))).toEqual([])
  })

  it('shows the shortcuts and sends app:command for the items that navigate', () => {
    const a = actions()
    const menu = menuTemplate({ platform: 'linux', appName: 'Fieldkey', isDev: false }, a)
    expect(byLabel(menu, 'Command Palette…')?.accelerator).toBe('CmdOrCtrl+K')
    expect(byLabel(menu, 'Start')?.accelerator).toBe('CmdOrCtrl+1')
    expect(byLabel(menu, 'Add Tuya Connection…')?.accelerator).toBe('CmdOrCtrl+Shift+N')
    expect(byLabel(menu, 'Outbox')?.accelerator).toBe('CmdOrCtrl+6')
    click(byLabel(menu, 'About && Diagnostics'))
    click(byLabel(menu, 'Tuya Demo Site'))
    expect(a.command.mock.calls).toEqual([['go:diagnostics'], ['demo:tuya']])
  })

  it('offers logs and diagnostics in Help, and Check for Updates only when updates are on', () => {
    const a = actions()
    const menu = menuTemplate({ platform: 'linux', appName: 'Fieldkey', isDev: false }, a)
    click(byLabel(menu, 'Open Logs Folder'))
    click(byLabel(menu, 'Copy Diagnostics'))
    expect(a.openLogsFolder).toHaveBeenCalledOnce()
    expect(a.copyDiagnostics).toHaveBeenCalledOnce()
    expect(byLabel(menu, 'Check for Updates…')).toBeUndefined()
    expect(byLabel(menuTemplate({ platform: 'linux', appName: 'Fieldkey', isDev: false }, actions(true)), 'Check for Updates…')).toBeDefined()
  })

  it('has reload and developer tools only in development', () => {
    const dev = flat(menuTemplate({ platform: 'linux', appName: 'Fieldkey', isDev: true }, actions()))
    const prod = flat(menuTemplate({ platform: 'linux', appName: 'Fieldkey', isDev: false }, actions()))
    expect(roles(dev)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']))
    expect(roles(prod)).not.toContain('toggleDevTools')
    expect(roles(prod)).not.toContain('reload')
  })
})

describe('the context menu', () => {
  const flags = { canCut: true, canCopy: false, canPaste: true, canSelectAll: true, canUndo: false, canRedo: false, canDelete: false, canEditRichly: false }

  it('offers cut, copy, paste and select all in a text field, enabled as the field allows', () => {
    const template = contextMenuTemplate({ isEditable: true, editFlags: flags, selectionText: '' })
    expect(template?.map((i) => [i.role ?? i.type, i.enabled])).toEqual([
      ['cut', true],
      ['copy', false],
      ['paste', true],
      ['separator', undefined],
      ['selectAll', true],
    ])
  })

  it('offers Copy on selected text and nothing elsewhere', () => {
    expect(contextMenuTemplate({ isEditable: false, editFlags: { ...flags, canCopy: true }, selectionText: 'Door 3' })).toEqual([{ role: 'copy', enabled: true }])
    expect(contextMenuTemplate({ isEditable: false, editFlags: flags, selectionText: '' })).toBeNull()
  })
})
