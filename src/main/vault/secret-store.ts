import type { KeychainStatus, KeychainUnavailable } from '@shared/domain/app-info'
import { KEYCHAIN_SERVICE, type KeytarLike, probeKeychain } from './keychain-probe'

export type { KeytarLike }

/**
 * Where a connection's secrets live: one entry per connection id, the secrets as one JSON value.
 * Only main reads it; the renderer learns only whether a connection has credentials.
 */
export interface SecretStore {
  get(account: string): Promise<string | null>
  set(account: string, value: string): Promise<void>
  delete(account: string): Promise<boolean>
  status(): KeychainStatus
}

function keytarSecretStore(keytar: KeytarLike, service = KEYCHAIN_SERVICE): SecretStore {
  return {
    get: (account) => keytar.getPassword(service, account),
    set: (account, value) => keytar.setPassword(service, account, value),
    delete: (account) => keytar.deletePassword(service, account),
    status: () => ({ backend: 'os-keychain' }),
  }
}

/** Secrets for this session only: nothing is ever written to disk in plain text. */
export function memorySecretStore(reason: string, cause: KeychainUnavailable = 'no-secret-service'): SecretStore {
  const values = new Map<string, string>()
  return {
    get: async (account) => values.get(account) ?? null,
    set: async (account, value) => {
      values.set(account, value)
    },
    delete: async (account) => values.delete(account),
    status: () => ({ backend: 'memory', cause, reason }),
  }
}

/** The OS keychain when one answers, else memory with the reason (shown once in the UI). */
export async function createSecretStore(load: () => Promise<KeytarLike>, service = KEYCHAIN_SERVICE): Promise<SecretStore> {
  let keytar: KeytarLike | undefined
  const status = await probeKeychain(async () => (keytar = await load()))
  if (status.backend === 'memory') return memorySecretStore(status.reason, status.cause)
  // The probe answered os-keychain, so `load` resolved and keytar is set.
  return keytarSecretStore(keytar as KeytarLike, service)
}
