import type { AppCommand } from '@shared/commands/app-commands'
import type { ConnectionSummary, Vendor } from '@shared/domain/connection'
import { assertNever } from '@shared/util/assert-never'
import { peekQueryData } from '../../query/app-client'
import { connectionsKey } from '../../query/keys'
import { useProjectStore } from './store'

export type ProjectSection = 'overview' | 'devices' | 'channels' | 'sends' | 'accessGroups' | 'people' | 'report' | 'checklist' | 'outbox'

/** The command that goes to each section (menus, shortcuts, palette). */
export const SECTION_COMMANDS = {
  overview: 'go:overview',
  devices: 'go:devices',
  channels: 'go:channels',
  sends: 'go:sends',
  accessGroups: 'go:accessGroups',
  people: 'go:people',
  report: 'go:report',
  checklist: 'go:checklist',
  outbox: 'go:outbox',
} as const satisfies Readonly<Record<ProjectSection, AppCommand>>

export type SectionCommand = (typeof SECTION_COMMANDS)[ProjectSection]

export function sectionOfCommand(command: SectionCommand): ProjectSection {
  const entry = (Object.entries(SECTION_COMMANDS) as [ProjectSection, SectionCommand][]).find(([, c]) => c === command)
  if (!entry) throw new Error(`no section for ${command}`)
  return entry[0]
}

/** The open project's vendor, or null when no project is open. */
export function openProjectVendor(): { readonly vendor: Vendor | undefined } | null {
  const scope = useProjectStore.getState().scope
  if (!scope) return null
  return { vendor: peekQueryData<readonly ConnectionSummary[]>(connectionsKey)?.find((c) => c.id === scope.connectionId)?.vendor }
}

/**
 * The open project's sections, in sidebar order: channels and sends exist on Tuya sites,
 * access groups on Akuvox sites. The sidebar, the palette and the shortcuts all follow this.
 */
export function projectSections(project: { readonly vendor: Vendor | undefined } | null): ProjectSection[] {
  if (!project) return []
  const vendorSections: ProjectSection[] = project.vendor === 'tuya' ? ['channels', 'sends'] : project.vendor === 'akuvox' ? ['accessGroups'] : []
  return ['overview', 'devices', ...vendorSections, 'people', 'checklist', 'report', 'outbox']
}

/** A section's name as the sidebar shows it (the palette uses it too; the menus have longer names). */
export function sectionLabelKey(section: ProjectSection, vendor: Vendor | undefined): string {
  switch (section) {
    case 'devices':
      return vendor === 'tuya' ? 'project.nav.doors' : 'project.nav.devices'
    case 'accessGroups':
      return 'accessGroups.nav'
    case 'people':
      return 'people.nav'
    case 'checklist':
      return 'checklist.nav'
    case 'channels':
    case 'sends':
    case 'report':
      return `sends.nav.${section}`
    case 'overview':
    case 'outbox':
      return `project.nav.${section}`
    default:
      return assertNever(section, 'section')
  }
}
