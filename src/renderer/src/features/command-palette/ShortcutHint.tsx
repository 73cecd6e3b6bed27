import { Tooltip } from '@mantine/core'
import { type AppCommand, SHORTCUTS } from '@shared/commands/app-commands'
import { ariaKeyShortcut, shortcutLabel } from '@shared/commands/shortcut-format'
import { type ReactElement, cloneElement } from 'react'
import { keyPlatform } from './platform'

/**
 * Shows a command's shortcut beside a control on hover and on keyboard focus, and gives the
 * control `aria-keyshortcuts` so screen readers announce it. A command without one renders
 * the control as it is.
 */
export function ShortcutHint({ command, children }: { readonly command: AppCommand; readonly children: ReactElement<{ 'aria-keyshortcuts'?: string }> }) {
  const accelerator = SHORTCUTS[command]
  if (!accelerator) return children
  const platform = keyPlatform()
  return (
    <Tooltip label={shortcutLabel(accelerator, platform)} position="right" openDelay={400} events={{ hover: true, focus: true, touch: false }}>
      {cloneElement(children, { 'aria-keyshortcuts': ariaKeyShortcut(accelerator, platform) })}
    </Tooltip>
  )
}
