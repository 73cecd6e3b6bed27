import { useHotkeys } from '@mantine/hooks'
import { type AppCommand, SHORTCUTS, isAppCommand } from '@shared/commands/app-commands'
import { hotkeyOf } from '@shared/commands/shortcut-format'
import { useEffect } from 'react'
import { api } from '../../api'
import { runAppCommand } from './run-command'

/** Everything but the palette's own shortcut, which Spotlight binds itself. */
const HOTKEYS = (Object.entries(SHORTCUTS) as [AppCommand, string][])
  .filter(([command]) => command !== 'palette:open')
  .map(([command, accelerator]): [string, () => void] => [hotkeyOf(accelerator), () => runAppCommand(command)])

/**
 * The section and action shortcuts inside the page (the headless host has no native menu), and
 * the native menu's `app:command` events in the desktop app.
 */
export function useAppCommands(): void {
  // Every shortcut carries a modifier or is a function key, so it works while typing in a field too (as in the menus).
  useHotkeys(HOTKEYS, [])
  useEffect(
    () =>
      api.on('app:command', (command) => {
        if (isAppCommand(command)) runAppCommand(command)
      }),
    [],
  )
}
