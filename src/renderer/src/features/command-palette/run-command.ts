import { spotlight } from '@mantine/spotlight'
import type { AppCommand } from '@shared/commands/app-commands'
import { assertNever } from '@shared/util/assert-never'
import { openDemo } from '../../stores/connections/actions'
import { openDialog, showSection } from '../../stores/ui/store'

/** Carries out one command, whether it came from the native menu, a shortcut or the palette. */
export function runAppCommand(command: AppCommand): void {
  switch (command) {
    case 'go:home':
      return showSection('home')
    case 'go:diagnostics':
      return showSection('diagnostics')
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
