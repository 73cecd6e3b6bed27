import { type AppCommand, SHORTCUTS } from '@shared/commands/app-commands'
import type { MenuItemConstructorOptions } from 'electron'

export interface MenuActions {
  /** Asks the window to do something (sent as `app:command`). */
  readonly command: (command: AppCommand) => void
  readonly openLogsFolder: () => void
  readonly copyDiagnostics: () => void
  /** Present only when updates are on (an installed app). */
  readonly checkForUpdates?: () => void
}

export interface MenuOptions {
  readonly platform: NodeJS.Platform
  readonly appName: string
  /** Reload and developer tools only when run from the source tree. */
  readonly isDev: boolean
}

const separator: MenuItemConstructorOptions = { type: 'separator' }

/**
 * The native application menu (File, Edit, View, Window, Help with the standard roles; on macOS
 * the app menu first, Close in File and the window list in Window). Items that navigate carry
 * the same shortcuts as the palette and the page.
 */
export function menuTemplate(options: MenuOptions, actions: MenuActions): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin'
  const item = (label: string, command: AppCommand): MenuItemConstructorOptions => ({
    label,
    click: () => actions.command(command),
    ...(SHORTCUTS[command] ? { accelerator: SHORTCUTS[command] } : {}),
  })
  const appMenu: MenuItemConstructorOptions = {
    label: options.appName,
    submenu: [
      { role: 'about' },
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  }
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      item('Add Akuvox Connection…', 'connection:addAkuvox'),
      item('Add Tuya Connection…', 'connection:addTuya'),
      { label: 'Open Demo Site', submenu: [item('Akuvox Demo Site', 'demo:akuvox'), item('Tuya Demo Site', 'demo:tuya')] },
      separator,
      mac ? { role: 'close' } : { role: 'quit' },
    ],
  }
  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(mac ? [{ role: 'pasteAndMatchStyle' } as const] : []),
      { role: 'delete' },
      separator,
      { role: 'selectAll' },
    ],
  }
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      item('Command Palette…', 'palette:open'),
      separator,
      item('Start', 'go:home'),
      item('About && Diagnostics', 'go:diagnostics'),
      separator,
      item('Project Overview', 'go:overview'),
      item('Devices && Doors', 'go:devices'),
      item('Access Groups', 'go:accessGroups'),
      item('Outbox', 'go:outbox'),
      separator,
      ...(options.isDev ? [{ role: 'reload' } as const, { role: 'toggleDevTools' } as const, separator] : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ],
  }
  const window: MenuItemConstructorOptions = {
    label: '&Window',
    submenu: mac ? [{ role: 'minimize' }, { role: 'zoom' }, separator, { role: 'front' }, separator, { role: 'window' }] : [{ role: 'minimize' }, { role: 'zoom' }, { role: 'close' }],
  }
  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: '&Help',
    submenu: [
      { label: 'Open Logs Folder', click: actions.openLogsFolder },
      { label: 'Copy Diagnostics', click: actions.copyDiagnostics },
      ...(actions.checkForUpdates ? [separator, { label: 'Check for Updates…', click: actions.checkForUpdates }] : []),
      ...(mac ? [] : [separator, { role: 'about' } as const]),
    ],
  }
  return [...(mac ? [appMenu] : []), file, edit, view, window, help]
}
