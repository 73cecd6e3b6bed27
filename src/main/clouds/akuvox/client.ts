import type { Logger } from '../../log/logger'
import type { Redactor } from '../../log/redact'
import { normaliseCloudBaseUrl } from '../base-url'
import type { HttpTransport } from '../http'
import { accessGroupOperations } from './access-groups'
import { projectOperations } from './projects'
import { CommandRunner } from './runner'
import { staffOperations } from './staff'
import { type AkuvoxCredentials, AkuvoxTokenManager, type AkuvoxTokens } from './token'
import { userOperations } from './users'

export interface AkuvoxClientOptions {
  /** A region preset's URL (`REGIONS.akuvox` in shared/domain/regions) or a custom one; https only, http on loopback. */
  readonly baseUrl: string
  readonly credentials: AkuvoxCredentials
  readonly transport: HttpTransport
  readonly logger: Logger
  /** Tokens and secrets are registered here as they appear, so no log line shows them. */
  readonly redactor?: Redactor
  readonly now?: () => number
  /** Tokens saved from an earlier session. */
  readonly tokens?: AkuvoxTokens
  /** Called with new tokens (persist them) and with null when they are gone. */
  readonly onTokens?: (tokens: AkuvoxTokens | null) => void
  /** Whose pace the calls share: the connection's id (default: the vendor's name, for tests and tools). */
  readonly rateScope?: string
}

/**
 * The Akuvox/Akubela manager-commands client: one typed method per command, paging iterators,
 * and `signOut`. Methods throw `AppErrorException` (an `AkuvoxCallError`) on failure.
 */
export function createAkuvoxClient(options: AkuvoxClientOptions) {
  const baseUrl = normaliseCloudBaseUrl(options.baseUrl)
  const now = options.now ?? Date.now
  const logger = options.logger.child('akuvox')
  const rateScope = options.rateScope ?? 'akuvox'
  const tokens = new AkuvoxTokenManager({
    baseUrl,
    credentials: options.credentials,
    transport: options.transport,
    logger,
    redactor: options.redactor,
    now,
    tokens: options.tokens,
    onTokens: options.onTokens,
    rateScope,
  })
  const runner = new CommandRunner({ baseUrl, transport: options.transport, tokens, logger, now, rateScope })
  return {
    ...projectOperations(runner),
    ...accessGroupOperations(runner, logger),
    ...staffOperations(runner, logger),
    ...userOperations(runner),
    /** Forgets the tokens (the API documents no revocation). */
    signOut: (): void => tokens.signOut(),
  }
}

export type AkuvoxClient = ReturnType<typeof createAkuvoxClient>
