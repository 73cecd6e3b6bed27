/** Turns an Electron accelerator (`CmdOrCtrl+Shift+N`) into what people read and what Mantine binds. */

export type KeyPlatform = 'mac' | 'other'

const MAC_SYMBOLS: Readonly<Record<string, string>> = { CmdOrCtrl: '⌘', Cmd: '⌘', Ctrl: '⌃', Alt: '⌥', Shift: '⇧' }

/** `⌘⇧N` on macOS, `Ctrl+Shift+N` elsewhere. */
export function shortcutLabel(accelerator: string, platform: KeyPlatform): string {
  const parts = accelerator.split('+')
  if (platform === 'mac') return parts.map((p) => MAC_SYMBOLS[p] ?? p).join('')
  return parts.map((p) => (p === 'CmdOrCtrl' ? 'Ctrl' : p)).join('+')
}

/** `mod+shift+n`: the `@mantine/hooks` `useHotkeys` form of the same accelerator. */
export function hotkeyOf(accelerator: string): string {
  return accelerator.replace('CmdOrCtrl', 'mod').toLowerCase()
}

/** `Control+Shift+N` (`Meta+…` on macOS): the `aria-keyshortcuts` form, which screen readers announce. */
export function ariaKeyShortcut(accelerator: string, platform: KeyPlatform): string {
  return accelerator
    .split('+')
    .map((p) => (p === 'CmdOrCtrl' ? (platform === 'mac' ? 'Meta' : 'Control') : p))
    .join('+')
}
