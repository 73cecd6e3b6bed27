import type { KeychainStatus } from '@shared/domain/app-info'

/** The slice of keytar the app uses; injected so the probe is tested without a keychain. */
export interface KeychainBackend {
  findCredentials(service: string): Promise<ReadonlyArray<{ account: string }>>
}

/** The slice of keytar used for reading and writing. */
export interface KeytarLike extends KeychainBackend {
  getPassword(service: string, account: string): Promise<string | null>
  setPassword(service: string, account: string, password: string): Promise<void>
  deletePassword(service: string, account: string): Promise<boolean>
}

export const KEYCHAIN_SERVICE = 'fieldkey'

/**
 * Is the OS keychain reachable? keytar is an optional dependency: an install that could not
 * build it (no libsecret headers) leaves it out, and on Linux without a Secret Service (no D-Bus
 * session, no gnome-keyring or KWallet) it throws. Either way the app keeps secrets in memory
 * only and says which of the two happened.
 */
export async function probeKeychain(load: () => Promise<KeychainBackend>): Promise<KeychainStatus> {
  let keytar: KeychainBackend
  try {
    keytar = await load()
  } catch (error) {
    return { backend: 'memory', cause: 'module-missing', reason: loadFailure(error) }
  }
  try {
    await keytar.findCredentials(KEYCHAIN_SERVICE)
    return { backend: 'os-keychain' }
  } catch (error) {
    return { backend: 'memory', cause: 'no-secret-service', reason: error instanceof Error ? error.message : String(error) }
  }
}

const NOT_FOUND = new Set(['MODULE_NOT_FOUND', 'ERR_MODULE_NOT_FOUND'])

/**
 * "keytar not installed" when the package or its compiled binding is absent; otherwise the
 * loader's first line (a binding that exists but cannot link, say), without the require stack.
 */
function loadFailure(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code
  if (typeof code === 'string' && NOT_FOUND.has(code)) return 'keytar not installed'
  const message = error instanceof Error ? error.message : String(error)
  return `keytar could not be loaded: ${message.split('\n')[0]}`
}

/**
 * Loaded on first use, never at module load: a missing keytar must cost the keychain, not the
 * start. The main build keeps `keytar` external (electron.vite.config.ts), so this stays a
 * runtime lookup in node_modules.
 */
export async function loadKeytar(): Promise<KeytarLike> {
  const mod = (await import('keytar')) as KeytarLike & { default?: KeytarLike }
  return mod.default ?? mod
}
