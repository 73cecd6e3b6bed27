import type { AppCommand } from '@shared/commands/app-commands'
import { SHORTCUTS } from '@shared/commands/app-commands'
import { type KeyPlatform, shortcutLabel } from '@shared/commands/shortcut-format'
import type { ConnectionSummary, Vendor } from '@shared/domain/connection'
import { type ProjectSection, projectSections } from './project-sections'

export type Translate = (key: string, params?: Readonly<Record<string, string>>) => string
export type PaletteGroup = 'sections' | 'project' | 'connections' | 'actions' | 'preferences'
export type ColorSchemeChoice = 'light' | 'dark' | 'auto'

export interface PaletteEntry {
  readonly id: string
  readonly group: PaletteGroup
  readonly label: string
  readonly description?: string
  /** The label in every language, so either language finds it whatever the UI shows. */
  readonly keywords: readonly string[]
  readonly shortcut?: string
  readonly current: boolean
  readonly run: () => void
}

export interface PaletteContext {
  /** The UI language first, then the others (for keywords). */
  readonly translators: readonly [Translate, ...Translate[]]
  readonly platform: KeyPlatform
  readonly connections: readonly Pick<ConnectionSummary, 'id' | 'label' | 'vendor'>[]
  /** The open project (its sections are listed), or null. */
  readonly project: { readonly vendor: Vendor | undefined } | null
  readonly colorScheme: ColorSchemeChoice
  readonly language: string
  readonly languages: readonly { readonly code: string; readonly label: string }[]
  readonly runCommand: (command: AppCommand) => void
  readonly selectConnection: (id: string) => void
  readonly setColorScheme: (scheme: ColorSchemeChoice) => void
  readonly setLanguage: (code: string) => void
}

const VENDOR_NAMES = { akuvox: 'Akuvox', tuya: 'Tuya' } as const

const PROJECT_COMMANDS: Readonly<Record<ProjectSection, AppCommand>> = {
  overview: 'go:overview',
  devices: 'go:devices',
  accessGroups: 'go:accessGroups',
  outbox: 'go:outbox',
}

/** The same words as the sidebar's project navigation. */
function projectLabelKey(section: ProjectSection, vendor: Vendor | undefined): string {
  if (section === 'devices') return vendor === 'tuya' ? 'project.nav.doors' : 'project.nav.devices'
  return section === 'accessGroups' ? 'accessGroups.nav' : `project.nav.${section}`
}

/** Every navigation target and action that exists today, in groups, with their shortcuts. */
export function paletteEntries(ctx: PaletteContext): PaletteEntry[] {
  const [t] = ctx.translators
  const everyLanguage = (key: string, params?: Readonly<Record<string, string>>) => ctx.translators.map((tr) => tr(key, params))
  const command = (id: AppCommand, group: PaletteGroup, key: string): PaletteEntry => {
    const accelerator = SHORTCUTS[id]
    return {
      id,
      group,
      label: t(key),
      keywords: everyLanguage(key),
      ...(accelerator ? { shortcut: shortcutLabel(accelerator, ctx.platform) } : {}),
      current: false,
      run: () => ctx.runCommand(id),
    }
  }
  const setting = (id: string, key: string, current: boolean, run: () => void, params?: Readonly<Record<string, string>>): PaletteEntry => ({
    id,
    group: 'preferences',
    label: t(key, params),
    keywords: everyLanguage(key, params),
    current,
    run,
  })
  return [
    command('go:home', 'sections', 'palette.home'),
    command('go:diagnostics', 'sections', 'palette.diagnostics'),
    ...projectSections(ctx.project).map((section) => command(PROJECT_COMMANDS[section], 'project', projectLabelKey(section, ctx.project?.vendor))),
    ...ctx.connections.map((c): PaletteEntry => {
      const params = { label: c.label, vendor: VENDOR_NAMES[c.vendor] }
      return {
        id: `connection:${c.id}`,
        group: 'connections',
        label: t('palette.connection', params),
        description: t('palette.connectionDescription', params),
        keywords: [c.label, c.vendor, ...everyLanguage('palette.connectionDescription', params)],
        current: false,
        run: () => ctx.selectConnection(c.id),
      }
    }),
    command('connection:addAkuvox', 'actions', 'palette.addAkuvox'),
    command('connection:addTuya', 'actions', 'palette.addTuya'),
    command('demo:akuvox', 'actions', 'palette.demoAkuvox'),
    command('demo:tuya', 'actions', 'palette.demoTuya'),
    setting('theme:light', 'palette.themeLight', ctx.colorScheme === 'light', () => ctx.setColorScheme('light')),
    setting('theme:dark', 'palette.themeDark', ctx.colorScheme === 'dark', () => ctx.setColorScheme('dark')),
    setting('theme:auto', 'palette.themeSystem', ctx.colorScheme === 'auto', () => ctx.setColorScheme('auto')),
    ...ctx.languages.map((l) =>
      setting(`language:${l.code}`, 'palette.language', ctx.language === l.code, () => ctx.setLanguage(l.code), { label: l.label }),
    ),
  ]
}
