import type { Runtime } from '@shared/domain/app-info'

export type UpdatesMode = { readonly enabled: true } | { readonly enabled: false; readonly reason: string }

export interface UpdateEnvironment {
  readonly runtime: Runtime
  /** `app.isPackaged`: false when run from the source tree. */
  readonly isPackaged: boolean
  readonly env: Readonly<Record<string, string | undefined>>
}

/** Updates run only in an installed desktop app: never in development nor in the headless host. */
export function updatesMode(e: UpdateEnvironment): UpdatesMode {
  if (e.runtime !== 'electron') return { enabled: false, reason: 'headless host' }
  if (!e.isPackaged) return { enabled: false, reason: 'development' }
  if (e.env.FIELDKEY_DISABLE_UPDATES === '1') return { enabled: false, reason: 'FIELDKEY_DISABLE_UPDATES=1' }
  return { enabled: true }
}

export type DownloadDecision = { readonly kind: 'download' } | { readonly kind: 'ask'; readonly unsent: number }

/**
 * An update was found. With changes still waiting in the outbox the installer is asked first:
 * they survive a restart, but an installer on site should choose when the app restarts.
 */
export function onUpdateAvailable(unsent: number): DownloadDecision {
  return unsent > 0 ? { kind: 'ask', unsent } : { kind: 'download' }
}

export function describeMode(mode: UpdatesMode): string {
  return mode.enabled ? 'on (GitHub releases of fieldkey/fieldkey)' : `off (${mode.reason})`
}
