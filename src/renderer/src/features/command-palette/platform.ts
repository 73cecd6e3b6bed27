import type { KeyPlatform } from '@shared/commands/shortcut-format'

/** Which modifier names to show: ⌘ on macOS, Ctrl elsewhere. */
export function keyPlatform(userAgent: string = navigator.userAgent): KeyPlatform {
  return /Mac|iPhone|iPad/.test(userAgent) ? 'mac' : 'other'
}
