import { type AppCommand, SHORTCUTS, commandLabelKey } from '@shared/commands/app-commands'
import { type KeyPlatform, shortcutLabel } from '@shared/commands/shortcut-format'
import type { ConnectionSummary, Vendor } from '@shared/domain/connection'
import { SECTION_COMMANDS, projectSections, sectionLabelKey } from '../../stores/project/sections'
import { connectionName, vendorName } from '../../i18n/labels'

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
  readonly connections: readonly Pick<ConnectionSummary, 'id' | 'label' | 'vendor' | 'isDemo'>[]
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

/** Every navigation target and action that exists today, in groups, with their shortcuts. */
export function paletteEntries(ctx: PaletteContext): PaletteEntry[] {
  const [t] = ctx.translators
  const everyLanguage = (key: string, params?: Readonly<Record<string, string>>) => ctx.translators.map((tr) => tr(key, params))
  const command = (id: AppCommand, group: PaletteGroup, key = commandLabelKey(id)): PaletteEntry => {
    const accelerator = SHORTCUTS[id]
    return {
      id,
      group,
      label: t(key),
      keywords: [...new Set([...everyLanguage(key), ...everyLanguage(commandLabelKey(id))])],
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
    command('go:home', 'sections'),
    command('go:diagnostics', 'sections'),
    ...projectSections(ctx.project).map((section) => command(SECTION_COMMANDS[section], 'project', sectionLabelKey(section, ctx.project?.vendor))),
    ...(ctx.project ? [command('project:sync', 'project')] : []),
    ...ctx.connections.map((c): PaletteEntry => {
      const params = { label: connectionName(t, c), vendor: vendorName(t, c.vendor) }
      return {
        id: `connection:${c.id}`,
        group: 'connections',
        label: t('palette.connection', params),
        description: t('palette.connectionDescription', params),
        keywords: [c.label, params.label, c.vendor, ...everyLanguage('palette.connectionDescription', params)],
        current: false,
        run: () => ctx.selectConnection(c.id),
      }
    }),
    command('connection:addAkuvox', 'actions'),
    command('connection:addTuya', 'actions'),
    command('demo:akuvox', 'actions'),
    command('demo:tuya', 'actions'),
    command('help:shortcuts', 'actions'),
    setting('theme:light', 'palette.themeLight', ctx.colorScheme === 'light', () => ctx.setColorScheme('light')),
    setting('theme:dark', 'palette.themeDark', ctx.colorScheme === 'dark', () => ctx.setColorScheme('dark')),
    setting('theme:auto', 'palette.themeSystem', ctx.colorScheme === 'auto', () => ctx.setColorScheme('auto')),
    ...ctx.languages.map((l) => setting(`language:${l.code}`, 'palette.language', ctx.language === l.code, () => ctx.setLanguage(l.code), { label: l.label })),
  ]
}
