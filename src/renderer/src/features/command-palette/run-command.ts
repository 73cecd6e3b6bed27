import { notifications } from '@mantine/notifications'
import { spotlight } from '@mantine/spotlight'
import { type AppCommand, commandLabelKey } from '@shared/commands/app-commands'
import { assertNever } from '@shared/util/assert-never'
import i18next from 'i18next'
import { openDemo } from '../../stores/connections/actions'
import { syncNow } from '../project/sync-now'
import { type SectionCommand, openProjectVendor, projectSections, sectionOfCommand } from '../../stores/project/sections'
import { openDialog, openShortcuts, showSection } from '../../stores/ui/store'

/** Carries out one command, whether it came from the native menu, a shortcut or the palette. */
export function runAppCommand(command: AppCommand): void {
  switch (command) {
    case 'go:home':
      return showSection('home')
    case 'go:diagnostics':
      return showSection('diagnostics')
    case 'go:overview':
    case 'go:devices':
    case 'go:accessGroups':
    case 'go:channels':
    case 'go:sends':
    case 'go:people':
    case 'go:report':
    case 'go:checklist':
    case 'go:outbox':
      return showProjectSection(command)
    case 'project:sync':
      if (openProjectVendor()) return void syncNow()
      return unavailable(command, 'palette.needsProject')
    case 'connection:addAkuvox':
      return openDialog({ kind: 'add', vendor: 'akuvox' })
    case 'connection:addTuya':
      return openDialog({ kind: 'add', vendor: 'tuya' })
    case 'demo:akuvox':
      return void openDemo('akuvox')
    case 'demo:tuya':
      return void openDemo('tuya')
    case 'palette:open':
      return spotlight.open()
    case 'help:shortcuts':
      return openShortcuts()
    default:
      return assertNever(command, 'command')
  }
}

/**
 * A project's sections exist only while a project is open, and some only for one vendor. A
 * shortcut or menu item that cannot go there says why instead of doing nothing.
 */
function showProjectSection(command: SectionCommand): void {
  const section = sectionOfCommand(command)
  const project = openProjectVendor()
  if (!project) return unavailable(command, 'palette.needsProject')
  if (!projectSections(project).includes(section)) return unavailable(command, 'palette.otherVendor')
  showSection(section)
}

function unavailable(command: AppCommand, reason: 'palette.needsProject' | 'palette.otherVendor'): void {
  notifications.show({ id: `unavailable:${command}`, color: 'gray', message: i18next.t(reason, { name: i18next.t(commandLabelKey(command)) }) })
}
