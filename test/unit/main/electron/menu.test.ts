import { APP_COMMANDS, type AppCommand, COMMAND_GROUPS, SHORTCUTS } from '@shared/commands/app-commands'
import { commandLabel } from '@shared/commands/command-labels'
import { LANGUAGE_CODES, type Language } from '@shared/i18n/languages'
import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { contextMenuTemplate } from '../../../../src/main/electron/context-menu'
import { menuTemplate } from '../../../../src/main/electron/menu'

function actions(withUpdates = false) {
  const a = { command: vi.fn<(command: AppCommand) => void>(), openLogsFolder: vi.fn<() => void>(), copyDiagnostics: vi.fn<() => void>() }
  return withUpdates ? { ...a, checkForUpdates: vi.fn<() => void>() } : a
}

const options = (platform: NodeJS.Platform, language: Language = 'en', isDev = false) => ({ platform, appName: 'Fieldkey', isDev, language })
const submenu = (item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] => (item?.submenu ?? []) as MenuItemConstructorOptions[]
const flat = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] => items.flatMap((i) => [i, ...flat(submenu(i))])
const roles = (items: MenuItemConstructorOptions[]) => items.filter((i) => i.role).map((i) => i.role)
const byLabel = (items: MenuItemConstructorOptions[], label: string) => flat(items).find((i) => i.label === label)
const click = (item: MenuItemConstructorOptions | undefined) => (item?.click as (() => void) | undefined)?.()

describe('the application menu', () => {
  it('has File, Edit, View, Project, Window and Help with the standard roles on Windows and Linux', () => {
    const menu = menuTemplate(options('win32'), actions())
    expect(menu.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Project', '&Window', '&Help'])
    expect(roles(submenu(menu[0]))).toEqual(['quit'])
    expect(roles(submenu(menu[1]))).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'delete', 'selectAll'])
    expect(roles(submenu(menu[2]))).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen'])
    expect(roles(submenu(menu[4]))).toEqual(['minimize', 'zoom', 'close'])
    expect(roles(submenu(menu[5]))).toEqual(['about'])
  })

  it('follows the macOS conventions: app menu first, Close in File, the window list in Window', () => {
    const menu = menuTemplate(options('darwin'), actions())
    expect(menu.map((m) => m.label)).toEqual(['Fieldkey', '&File', '&Edit', '&View', '&Project', '&Window', '&Help'])
    expect(roles(submenu(menu[0]))).toEqual(['about', 'services', 'hide', 'hideOthers', 'unhide', 'quit'])
    expect(roles(submenu(menu[1]))).toEqual(['close'])
    expect(roles(submenu(menu[2]))).toContain('pasteAndMatchStyle')
    expect(roles(submenu(menu[5]))).toEqual(['minimize', 'zoom', 'front', 'window'])
    expect(roles(submenu(menu[6]))).toEqual([])
  })

  it('offers every app command exactly once, with its shortcut, and sends app:command', () => {
    const a = actions()
    const items = flat(menuTemplate(options('linux'), a)).filter((i) => i.click && i.label !== 'Open logs folder' && i.label !== 'Copy diagnostics')
    for (const item of items) click(item)
    expect([...a.command.mock.calls.map(([c]) => c)].sort()).toEqual([...APP_COMMANDS].sort())
    const accelerators = items.map((i) => i.accelerator).filter(Boolean)
    expect(new Set(accelerators).size).toBe(accelerators.length)
    expect(byLabel(menuTemplate(options('linux'), a), 'Command palette…')?.accelerator).toBe('CmdOrCtrl+K')
    expect(byLabel(menuTemplate(options('linux'), a), 'Sync now')?.accelerator).toBe('F5')
  })

  it('doubles a literal & so Windows and Linux do not take it for an access key', () => {
    const menu = menuTemplate(options('linux'), actions())
    expect(byLabel(menu, 'About && diagnostics')).toBeDefined()
    expect(byLabel(menu, 'Devices && doors')?.accelerator).toBe(SHORTCUTS['go:devices'])
  })

  it('speaks Simplified Chinese: titles with their access keys, command names, and the roles Electron names in English', () => {
    const a = actions()
    const menu = menuTemplate(options('win32', 'zh-CN'), a)
    expect(menu.map((m) => m.label)).toEqual(['文件(&F)', '编辑(&E)', '视图(&V)', '项目(&P)', '窗口(&W)', '帮助(&H)'])
    expect(
      submenu(menu[1])
        .filter((i) => i.role)
        .map((i) => i.label),
    ).toEqual(['撤销', '重做', '剪切', '复制', '粘贴', '删除', '全选'])
    click(byLabel(menu, '立即同步'))
    click(byLabel(menu, '交付报告'))
    expect(a.command.mock.calls).toEqual([['project:sync'], ['go:report']])
    expect(byLabel(menu, '打开日志文件夹')).toBeDefined()
    // Nothing English is left in the Chinese menu but the product and vendor names.
    const labels = flat(menu)
      .map((i) => i.label)
      .filter((l): l is string => Boolean(l))
    expect(labels.filter((l) => /[a-z]{3,}/.test(l.replace(/Fieldkey|Akuvox/g, '')))).toEqual([])
  })

  it('groups the project sections in the Project menu in sidebar order', () => {
    const menu = menuTemplate(options('linux'), actions())
    const project = submenu(menu[3]).filter((i) => i.label)
    expect(project.map((i) => i.label)).toEqual(COMMAND_GROUPS.project.map((c) => commandLabel(c, 'en').replaceAll('&', '&&')))
  })

  it('offers logs and diagnostics in Help, and Check for Updates only when updates are on', () => {
    const a = actions()
    const menu = menuTemplate(options('linux'), a)
    click(byLabel(menu, 'Open logs folder'))
    click(byLabel(menu, 'Copy diagnostics'))
    expect(a.openLogsFolder).toHaveBeenCalledOnce()
    expect(a.copyDiagnostics).toHaveBeenCalledOnce()
    expect(byLabel(menu, 'Check for updates…')).toBeUndefined()
    expect(byLabel(menuTemplate(options('linux'), actions(true)), 'Check for updates…')).toBeDefined()
  })

  it('has reload and developer tools only in development', () => {
    const dev = flat(menuTemplate(options('linux', 'en', true), actions()))
    const prod = flat(menuTemplate(options('linux'), actions()))
    expect(roles(dev)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']))
    expect(roles(prod)).not.toContain('toggleDevTools')
    expect(roles(prod)).not.toContain('reload')
  })
})

describe('command names', () => {
  it('exist for every command in every language', () => {
    for (const language of LANGUAGE_CODES) for (const command of APP_COMMANDS) expect(commandLabel(command, language), `${language} ${command}`).not.toBe('')
  })
})

describe('the context menu', () => {
  const flags = { canCut: true, canCopy: false, canPaste: true, canSelectAll: true, canUndo: false, canRedo: false, canDelete: false, canEditRichly: false }

  it('offers cut, copy, paste and select all in a text field, enabled as the field allows', () => {
    const template = contextMenuTemplate({ isEditable: true, editFlags: flags, selectionText: '' }, 'en')
    expect(template?.map((i) => [i.role ?? i.type, i.enabled])).toEqual([
      ['cut', true],
      ['copy', false],
      ['paste', true],
      ['separator', undefined],
      ['selectAll', true],
    ])
  })

  it('offers Copy on selected text and nothing elsewhere', () => {
    expect(contextMenuTemplate({ isEditable: false, editFlags: { ...flags, canCopy: true }, selectionText: 'Door 3' }, 'en')).toEqual([
      { role: 'copy', label: 'Copy', enabled: true },
    ])
    expect(contextMenuTemplate({ isEditable: false, editFlags: flags, selectionText: '' }, 'en')).toBeNull()
  })

  it('names its items in Chinese when the window speaks Chinese', () => {
    const template = contextMenuTemplate({ isEditable: true, editFlags: flags, selectionText: '' }, 'zh-CN')
    expect(template?.map((i) => i.label)).toEqual(['剪切', '复制', '粘贴', undefined, '全选'])
  })
})
