import { type AppCommand, COMMAND_GROUPS, SHORTCUTS } from '@shared/commands/app-commands'
import { commandLabel } from '@shared/commands/command-labels'
import type { Language } from '@shared/i18n/languages'
import type { MenuItemConstructorOptions } from 'electron'
import { type RoleName, shellStrings } from './shell-strings'

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
  /** The language the installer chose in the window. */
  readonly language: Language
}

const separator: MenuItemConstructorOptions = { type: 'separator' }

/** On Windows and Linux `&` marks the access key: a literal one is doubled. */
const menuText = (text: string) => text.replaceAll('&', '&&')

/** A standard role, named in the installer's language where Electron only knows English. */
export function roleItem(name: RoleName, language: Language): MenuItemConstructorOptions {
  const label = shellStrings(language).roles[name]
  return label ? { role: name, label } : { role: name }
}

/**
 * The native application menu (File, Edit, View, Project, Window, Help with the standard roles;
 * on macOS the app menu first, Close in File and the window list in Window), in the installer's
 * language. Items that navigate carry the same names and shortcuts as the palette and the page.
 */
export function menuTemplate(options: MenuOptions, actions: MenuActions): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin'
  const strings = shellStrings(options.language)
  const role = (name: RoleName) => roleItem(name, options.language)
  const item = (command: AppCommand): MenuItemConstructorOptions => ({
    label: menuText(commandLabel(command, options.language)),
    click: () => actions.command(command),
    ...(SHORTCUTS[command] ? { accelerator: SHORTCUTS[command] } : {}),
  })
  const [addAkuvox, addTuya, ...demos] = COMMAND_GROUPS.file
  const appMenu: MenuItemConstructorOptions = {
    label: options.appName,
    submenu: [role('about'), separator, { role: 'services' }, separator, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, separator, role('quit')],
  }
  const file: MenuItemConstructorOptions = {
    label: strings.menus.file,
    submenu: [item(addAkuvox), item(addTuya), { label: strings.openDemo, submenu: demos.map(item) }, separator, mac ? role('close') : role('quit')],
  }
  const edit: MenuItemConstructorOptions = {
    label: strings.menus.edit,
    submenu: [
      role('undo'),
      role('redo'),
      separator,
      role('cut'),
      role('copy'),
      role('paste'),
      ...(mac ? [role('pasteAndMatchStyle')] : []),
      role('delete'),
      separator,
      role('selectAll'),
    ],
  }
  const [palette, ...appSections] = COMMAND_GROUPS.view
  const view: MenuItemConstructorOptions = {
    label: strings.menus.view,
    submenu: [
      item(palette),
      separator,
      ...appSections.map(item),
      separator,
      ...(options.isDev ? [role('reload'), role('toggleDevTools'), separator] : []),
      role('resetZoom'),
      role('zoomIn'),
      role('zoomOut'),
      separator,
      role('togglefullscreen'),
    ],
  }
  const [sync, ...projectSections] = COMMAND_GROUPS.project
  const project: MenuItemConstructorOptions = { label: strings.menus.project, submenu: [item(sync), separator, ...projectSections.map(item)] }
  const window: MenuItemConstructorOptions = {
    label: strings.menus.window,
    submenu: mac ? [role('minimize'), role('zoom'), separator, role('front'), separator, { role: 'window' }] : [role('minimize'), role('zoom'), role('close')],
  }
  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: strings.menus.help,
    submenu: [
      ...COMMAND_GROUPS.help.map(item),
      separator,
      { label: strings.openLogsFolder, click: actions.openLogsFolder },
      { label: strings.copyDiagnostics, click: actions.copyDiagnostics },
      ...(actions.checkForUpdates ? [separator, { label: strings.checkForUpdates, click: actions.checkForUpdates }] : []),
      ...(mac ? [] : [separator, role('about')]),
    ],
  }
  return [...(mac ? [appMenu] : []), file, edit, view, project, window, help]
}
