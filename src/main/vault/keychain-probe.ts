import type { KeychainStatus } from '@shared/domain/app-info'
import type { KeytarLike } from './secret-store'

/** The slice of keytar the app uses; injected so the probe is tested without a keychain. */
export interface KeychainBackend {
  findCredentials(service: string): Promise<ReadonlyArray<{ account: string }>>
}

export const KEYCHAIN_SERVICE = 'fieldkey'

/**
 * Is the OS keychain reachable? On Linux without a Secret Service (no D-Bus session, no
 * gnome-keyring or KWallet) keytar throws; the app then keeps secrets in memory only and says so.
 */
export async function probeKeychain(load: () => Promise<KeychainBackend>): Promise<KeychainStatus> {
  try {
    const keytar = await load()
    await keytar.findCredentials(KEYCHAIN_SERVICE)
    return { backend: 'os-keychain' }
  } catch (error) {
    return { backend: 'memory', reason: error instanceof Error ? error.message : String(error) }
  }
}

export async function loadKeytar(): Promise<KeytarLike> {
  const mod = (await import('keytar')) as KeytarLike & { default?: KeytarLike }
  return mod.default ?? mod
}
