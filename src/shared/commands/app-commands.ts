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
  'go:channels',
  'go:sends',
  'go:people',
  'go:report',
  'go:checklist',
  'go:outbox',
  'project:sync',
  'connection:addAkuvox',
  'connection:addTuya',
  'demo:akuvox',
  'demo:tuya',
  'palette:open',
  'help:shortcuts',
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
  'go:people': 'CmdOrCtrl+7',
  'go:channels': 'CmdOrCtrl+8',
  'go:sends': 'CmdOrCtrl+9',
  // H for handover; Ctrl+0 is the standard "reset zoom".
  'go:report': 'CmdOrCtrl+Shift+H',
  // The desktop convention for "refresh".
  'project:sync': 'F5',
  'connection:addAkuvox': 'CmdOrCtrl+N',
  'connection:addTuya': 'CmdOrCtrl+Shift+N',
  'palette:open': 'CmdOrCtrl+K',
  'help:shortcuts': 'CmdOrCtrl+/',
}

/** The i18n key of a command's name (`commands.go.home`); the strings live in `./locales`, shared by menus and the page. */
export function commandLabelKey(command: AppCommand): string {
  return `commands.${command.replace(':', '.')}`
}

/**
 * The commands in the order the menus and the shortcuts reference show them; the project's
 * sections follow the sidebar.
 */
export const COMMAND_GROUPS = {
  file: ['connection:addAkuvox', 'connection:addTuya', 'demo:akuvox', 'demo:tuya'],
  view: ['palette:open', 'go:home', 'go:diagnostics'],
  project: ['project:sync', 'go:overview', 'go:devices', 'go:channels', 'go:sends', 'go:accessGroups', 'go:people', 'go:checklist', 'go:report', 'go:outbox'],
  help: ['help:shortcuts'],
} as const satisfies Readonly<Record<string, readonly AppCommand[]>>

export type CommandGroup = keyof typeof COMMAND_GROUPS
