/**
 * What the installer can ask the window to do from the native menu, its shortcuts, or the
 * command palette. Main sends these ids over `app:command`; the renderer carries them out.
 */
export const APP_COMMANDS = [
  'go:home',
  'go:diagnostics',
  'go:overview',
  'go:devices',
  'go:accessGroups',
  'go:outbox',
  'connection:addAkuvox',
  'connection:addTuya',
  'demo:akuvox',
  'demo:tuya',
  'palette:open',
] as const

export type AppCommand = (typeof APP_COMMANDS)[number]

export function isAppCommand(value: unknown): value is AppCommand {
  return typeof value === 'string' && (APP_COMMANDS as readonly string[]).includes(value)
}

/**
 * One keymap for the menu accelerators (Electron syntax) and the renderer's hotkeys, so the
 * menu, the palette and the key handlers always agree.
 */
export const SHORTCUTS: Readonly<Partial<Record<AppCommand, string>>> = {
  'go:home': 'CmdOrCtrl+1',
  'go:diagnostics': 'CmdOrCtrl+2',
  'go:overview': 'CmdOrCtrl+3',
  'go:devices': 'CmdOrCtrl+4',
  'go:accessGroups': 'CmdOrCtrl+5',
  'go:outbox': 'CmdOrCtrl+6',
  'connection:addAkuvox': 'CmdOrCtrl+N',
  'connection:addTuya': 'CmdOrCtrl+Shift+N',
  'palette:open': 'CmdOrCtrl+K',
}
