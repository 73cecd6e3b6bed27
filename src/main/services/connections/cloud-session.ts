import type { AkuvoxClient } from '../../clouds/akuvox'
import { createAkuvoxClient } from '../../clouds/akuvox'
import type { HttpTransport } from '../../clouds/http'
import { type TuyaClient, createTuyaClient } from '../../clouds/tuya'
import type { Logger } from '../../log/logger'
import type { Redactor } from '../../log/redact'
import type { StoredSecrets } from './stored-secrets'

/** A signed-in (or signing-in) client for one connection, tagged by vendor. */
export type CloudSession =
  { readonly vendor: 'akuvox'; readonly client: AkuvoxClient } | { readonly vendor: 'tuya'; readonly client: TuyaClient; readonly projectId: string }

export interface SessionDeps {
  readonly transport: HttpTransport
  readonly logger: Logger
  readonly redactor: Redactor
  readonly now?: () => number
}

/**
 * Builds the vendor client from the connection's secrets; new tokens come back in `onSecrets`.
 * Its calls are paced per connection and project (`clouds/rate-key.ts`).
 */
export function openCloudSession(
  connectionId: string,
  secrets: StoredSecrets,
  baseUrl: string,
  projectId: string | null,
  deps: SessionDeps,
  onSecrets: (updated: StoredSecrets) => void,
): CloudSession {
  deps.redactor.add(secrets.vendor === 'akuvox' ? secrets.credentials.clientSecret : secrets.credentials.accessSecret)
  if (secrets.vendor === 'akuvox') {
    deps.redactor.add(secrets.credentials.password)
    return {
      vendor: 'akuvox',
      client: createAkuvoxClient({
        baseUrl,
        credentials: { ...secrets.credentials, grant: 'password' },
        transport: deps.transport,
        logger: deps.logger,
        redactor: deps.redactor,
        now: deps.now,
        tokens: secrets.tokens ?? undefined,
        onTokens: (tokens) => onSecrets({ ...secrets, tokens }),
        rateScope: connectionId,
      }),
    }
  }
  if (!projectId) throw new Error('a Tuya connection needs its project id')
  return {
    vendor: 'tuya',
    projectId,
    client: createTuyaClient({
      baseUrl,
      credentials: secrets.credentials,
      projectId,
      transport: deps.transport,
      logger: deps.logger,
      redactor: deps.redactor,
      now: deps.now,
      tokens: secrets.tokens ?? undefined,
      onTokens: (tokens) => onSecrets({ ...secrets, tokens }),
      rateScope: connectionId,
    }),
  }
}
