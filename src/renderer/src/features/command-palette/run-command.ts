import { spotlight } from '@mantine/spotlight'
import type { AppCommand } from '@shared/commands/app-commands'
import { assertNever } from '@shared/util/assert-never'
import { openDemo } from '../../stores/connections/actions'
import { openDialog, showSection } from '../../stores/ui/store'
import { type ProjectSection, projectSectionOpen } from './project-sections'

/** Carries out one command, whether it came from the native menu, a shortcut or the palette. */
export function runAppCommand(command: AppCommand): void {
  switch (command) {
    case 'go:home':
      return showSection('home')
    case 'go:diagnostics':
      return showSection('diagnostics')
    case 'go:overview':
      return showProjectSection('overview')
    case 'go:devices':
      return showProjectSection('devices')
    case 'go:accessGroups':
      return showProjectSection('accessGroups')
    case 'go:outbox':
      return showProjectSection('outbox')
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
    default:
      return assertNever(command, 'command')
  }
}

/** A project's sections exist only while a project is open (access groups: Akuvox only). */
function showProjectSection(section: ProjectSection): void {
  if (projectSectionOpen(section)) showSection(section)
}
