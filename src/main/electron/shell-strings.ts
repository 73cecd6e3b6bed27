import type { Language } from '@shared/i18n/languages'
import { sharedTranslator } from '@shared/i18n/shared-strings'

/**
 * Main's own words: the native menu titles, the items that are not app commands, the roles
 * (Electron names them in English only; ours are sentence case, and Chinese menus put the
 * access key in brackets after the title, `文件(&F)`), and the update question.
 */
export interface ShellStrings {
  readonly menus: {
    readonly file: string
    readonly edit: string
    readonly view: string
    readonly project: string
    readonly window: string
    readonly help: string
  }
  readonly openDemo: string
  readonly openLogsFolder: string
  readonly copyDiagnostics: string
  readonly checkForUpdates: string
  /** Labels for Electron's roles; absent = Electron's own label (English, Title Case). */
  readonly roles: Readonly<Partial<Record<RoleName, string>>>
  readonly update: {
    readonly title: (version: string) => string
    readonly detail: (unsent: number) => string
    readonly download: string
    readonly later: string
  }
}

export type RoleName =
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'pasteAndMatchStyle'
  | 'delete'
  | 'selectAll'
  | 'reload'
  | 'toggleDevTools'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen'
  | 'minimize'
  | 'zoom'
  | 'close'
  | 'quit'
  | 'about'
  | 'front'

const ROLE_NAMES: readonly RoleName[] = [
  'undo',
  'redo',
  'cut',
  'copy',
  'paste',
  'pasteAndMatchStyle',
  'delete',
  'selectAll',
  'reload',
  'toggleDevTools',
  'resetZoom',
  'zoomIn',
  'zoomOut',
  'togglefullscreen',
  'minimize',
  'zoom',
  'close',
  'quit',
  'about',
  'front',
]

/** Main's words in one language, from the shared strings (`src/shared/i18n/locales`, under `shell`). */
export function shellStrings(language: Language): ShellStrings {
  const t = sharedTranslator(language)
  const roles: Partial<Record<RoleName, string>> = {}
  for (const name of ROLE_NAMES) {
    // A role without our own label keeps Electron's.
    const label = t(`shell.roles.${name}`, { defaultValue: '' })
    if (label) roles[name] = label
  }
  return {
    menus: {
      file: t('shell.menus.file'),
      edit: t('shell.menus.edit'),
      view: t('shell.menus.view'),
      project: t('shell.menus.project'),
      window: t('shell.menus.window'),
      help: t('shell.menus.help'),
    },
    openDemo: t('shell.openDemo'),
    openLogsFolder: t('shell.openLogsFolder'),
    copyDiagnostics: t('shell.copyDiagnostics'),
    checkForUpdates: t('shell.checkForUpdates'),
    roles,
    update: {
      title: (version) => t('shell.update.title', { version }),
      detail: (unsent) => t('shell.update.detail', { count: unsent }),
      download: t('shell.update.download'),
      later: t('shell.update.later'),
    },
  }
}
