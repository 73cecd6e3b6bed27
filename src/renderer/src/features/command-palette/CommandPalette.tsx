import '@mantine/spotlight/styles.css'
import { Badge, Kbd, useMantineColorScheme } from '@mantine/core'
import { Spotlight, type SpotlightActionGroupData } from '@mantine/spotlight'
import { SHORTCUTS } from '@shared/commands/app-commands'
import { hotkeyOf } from '@shared/commands/shortcut-format'
import { IconSearch } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { LANGUAGES } from '../../i18n'
import { selectConnection } from '../../stores/connections/actions'
import { useConnections } from '../connections/connection-queries'
import { useProjectStore } from '../../stores/project/store'
import { type PaletteEntry, type PaletteGroup, type Translate, paletteEntries } from './palette-entries'
import { keyPlatform } from './platform'
import { runAppCommand } from './run-command'
import { useAppCommands } from './use-app-commands'

const GROUPS: readonly PaletteGroup[] = ['sections', 'project', 'connections', 'actions', 'preferences']
const GROUP_LABELS: Readonly<Record<PaletteGroup, string>> = {
  sections: 'palette.groups.sections',
  project: 'project.nav.title',
  connections: 'palette.groups.connections',
  actions: 'palette.groups.actions',
  preferences: 'palette.groups.preferences',
}
const PALETTE_HOTKEY = hotkeyOf(SHORTCUTS['palette:open'] ?? 'CmdOrCtrl+K')

/** The command palette (Ctrl/Cmd+K): every section, connection and action, searchable in both languages. */
export function CommandPalette() {
  const { t, i18n } = useTranslation()
  const { colorScheme, setColorScheme } = useMantineColorScheme()
  const connections = useConnections().data ?? []
  const scope = useProjectStore((s) => s.scope)
  const project = scope ? { vendor: connections.find((c) => c.id === scope.connectionId)?.vendor } : null
  useAppCommands()
  const translators = [t, ...LANGUAGES.filter((l) => l.code !== i18n.language).map((l) => i18n.getFixedT(l.code))] as [Translate, ...Translate[]]
  const entries = paletteEntries({
    translators,
    platform: keyPlatform(),
    connections,
    project,
    colorScheme,
    language: i18n.language,
    languages: LANGUAGES,
    runCommand: runAppCommand,
    selectConnection,
    setColorScheme,
    setLanguage: (code) => void i18n.changeLanguage(code),
  })
  const actions: SpotlightActionGroupData[] = GROUPS.map((group) => ({
    group: t(GROUP_LABELS[group]),
    actions: entries.filter((e) => e.group === group).map((e) => toAction(e, t('palette.current'))),
  })).filter((g) => g.actions.length > 0)
  return (
    <Spotlight
      actions={actions}
      title={t('palette.title')}
      styles={{
        header: { minHeight: 0, padding: 'var(--mantine-spacing-xs) var(--mantine-spacing-md)' },
        title: { fontSize: 'var(--mantine-font-size-sm)', fontWeight: 600 },
      }}
      shortcut={PALETTE_HOTKEY}
      nothingFound={t('palette.nothingFound')}
      highlightQuery
      scrollable
      maxHeight={420}
      searchProps={{
        leftSection: <IconSearch size={18} aria-hidden />,
        placeholder: t('palette.placeholder'),
        'aria-label': t('palette.searchLabel'),
      }}
    />
  )
}

function toAction(entry: PaletteEntry, currentLabel: string): SpotlightActionGroupData['actions'][number] {
  return {
    id: entry.id,
    label: entry.label,
    ...(entry.description ? { description: entry.description } : {}),
    keywords: [...entry.keywords],
    onClick: entry.run,
    rightSection: entry.shortcut ? (
      <Kbd size="xs">{entry.shortcut}</Kbd>
    ) : entry.current ? (
      <Badge size="xs" variant="light">
        {currentLabel}
      </Badge>
    ) : undefined,
  }
}
