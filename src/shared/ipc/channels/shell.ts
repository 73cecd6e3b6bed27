import type { AppCommand } from '../../commands/app-commands'
import { event } from '../define'

/** The desktop shell: the native menu (and its accelerators) asks the window to do something. */
export const shellEvents = {
  'app:command': event<AppCommand>(),
} as const
