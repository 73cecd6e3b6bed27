import { APP_COMMANDS, COMMAND_GROUPS, SHORTCUTS, isAppCommand } from '@shared/commands/app-commands'
import { ariaKeyShortcut, hotkeyOf, shortcutLabel } from '@shared/commands/shortcut-format'
import { describe, expect, it } from 'vitest'

describe('app commands and their keymap', () => {
  it('recognises only known command ids', () => {
    for (const c of APP_COMMANDS) expect(isAppCommand(c)).toBe(true)
    expect(isAppCommand('fs:read')).toBe(false)
    expect(isAppCommand(1)).toBe(false)
  })

  it('gives each shortcut once', () => {
    const accelerators = Object.values(SHORTCUTS)
    expect(new Set(accelerators).size).toBe(accelerators.length)
    expect(SHORTCUTS['palette:open']).toBe('CmdOrCtrl+K')
  })

  it('never takes a key someone types: each shortcut has Ctrl/Cmd or is a function key (they also fire inside fields)', () => {
    const typeable = Object.entries(SHORTCUTS).filter(([, a]) => !/^CmdOrCtrl\+/.test(a) && !/^F\d{1,2}$/.test(a))
    expect(typeable).toEqual([])
  })

  it('puts every command in exactly one menu group', () => {
    const grouped = Object.values(COMMAND_GROUPS).flat()
    expect([...grouped].sort()).toEqual([...APP_COMMANDS].sort())
  })

  it('shows shortcuts the way each platform writes them', () => {
    expect(shortcutLabel('CmdOrCtrl+Shift+N', 'mac')).toBe('⌘⇧N')
    expect(shortcutLabel('CmdOrCtrl+Shift+N', 'other')).toBe('Ctrl+Shift+N')
    expect(shortcutLabel('CmdOrCtrl+1', 'other')).toBe('Ctrl+1')
  })

  it('binds the same keys in the page as in the menu', () => {
    expect(hotkeyOf('CmdOrCtrl+K')).toBe('mod+k')
    expect(hotkeyOf('CmdOrCtrl+Shift+N')).toBe('mod+shift+n')
  })

  it('names the keys for screen readers as aria-keyshortcuts wants them', () => {
    expect(ariaKeyShortcut('CmdOrCtrl+Shift+H', 'other')).toBe('Control+Shift+H')
    expect(ariaKeyShortcut('CmdOrCtrl+7', 'mac')).toBe('Meta+7')
    expect(ariaKeyShortcut('F5', 'other')).toBe('F5')
  })
})
