import { z } from 'zod'
import { AppErrorException, appError } from '@shared/errors'
import type { Logger } from '../../log/logger'
import type { Redactor } from '../../log/redact'
import type { HttpTransport } from '../http'
import { describeNonJson, nonJsonMeansWrongServer, parseJson } from '../json-answer'
import { rateKey } from '../rate-key'
import { notAnAkuvoxServer, readVendorFailure } from './errors'
import { TOKEN_PATH } from './envelope'

export type AkuvoxGrant = 'password' | 'client_credentials'

export interface AkuvoxCredentials {
  readonly clientId: string
  readonly clientSecret: string
  readonly username?: string
  readonly password?: string
  /** `password` (scope `manager`) unless told otherwise. */
  readonly grant?: AkuvoxGrant
}

/** What the caller may persist (in the keychain) to skip a sign-in next time. */
export interface AkuvoxTokens {
  readonly accessToken: string
  readonly refreshToken: string | null
  /** Epoch ms at which the server stops accepting the access token. */
  readonly expiresAt: number
}

export interface TokenManagerOptions {
  readonly baseUrl: string
  readonly credentials: AkuvoxCredentials
  readonly transport: HttpTransport
  readonly logger: Logger
  readonly redactor?: Redactor
  readonly now: () => number
  readonly tokens?: AkuvoxTokens
  readonly onTokens?: (tokens: AkuvoxTokens | null) => void
  /** The connection the sign-ins are paced as (outside any project). */
  readonly rateScope: string
}

const tokenResultSchema = z.object({
  access_token: z.string().min(1),
  refresh_token: z.string().min(1).nullish(),
  expires_in: z.coerce.number().positive().optional(),
})

const DEFAULT_LIFETIME_S = 3600
const EARLY_REFRESH_MS = 60_000

/**
 * One token at a time for one connection: the first caller that finds it missing or close to
 * expiry fetches a new one and everyone else waits for that same request (single-flight).
 */
export class AkuvoxTokenManager {
  private tokens: AkuvoxTokens | null
  private refreshAt = 0
  private inflight: Promise<AkuvoxTokens> | null = null
  private readonly url: string
  private readonly grantFields: Readonly<Record<string, string>>

  constructor(private readonly options: TokenManagerOptions) {
    const { credentials, redactor } = options
    this.grantFields = grantFieldsOf(credentials)
    redactor?.add(credentials.clientSecret)
    redactor?.add(credentials.password)
    this.url = `${options.baseUrl}${TOKEN_PATH}`
    this.tokens = null
    if (options.tokens) this.adopt(options.tokens, false)
  }

  /** A usable access token, fetching or refreshing one first when needed. */
  async accessToken(signal?: AbortSignal): Promise<string> {
    const current = this.tokens
    if (current && this.options.now() < this.refreshAt) return current.accessToken
    return (await this.renewShared(signal)).accessToken
  }

  /**
   * The server refused `stale`. If another call already replaced it, use the new one;
   * otherwise refresh (or sign in again) now.
   */
  async renew(stale: string, signal?: AbortSignal): Promise<string> {
    const current = this.tokens
    if (current && current.accessToken !== stale && this.options.now() < this.refreshAt) return current.accessToken
    if (current?.accessToken === stale) this.refreshAt = 0
    return (await this.renewShared(signal)).accessToken
  }

  signOut(): void {
    this.tokens = null
    this.refreshAt = 0
    this.options.onTokens?.(null)
  }

  private renewShared(signal?: AbortSignal): Promise<AkuvoxTokens> {
    if (!this.inflight) {
      // Not tied to one caller's signal: others may be waiting on the same request.
      this.inflight = this.obtain().finally(() => {
        this.inflight = null
      })
    }
    return untilAborted(this.inflight, signal)
  }

  private async obtain(): Promise<AkuvoxTokens> {
    const refreshToken = this.tokens?.refreshToken
    if (refreshToken) {
      const refreshed = await this.request({ grant_type: 'refresh_token', refresh_token: refreshToken }, false)
      if (refreshed.ok) return this.adopt(refreshed.tokens)
      this.options.logger.info('akuvox refresh refused, signing in again', { reason: refreshed.reason })
    }
    const granted = await this.request(this.grantFields, true)
    if (granted.ok) return this.adopt(granted.tokens)
    this.tokens = null
    this.options.onTokens?.(null)
    throw new AppErrorException(
      appError('auth', {
        messageKey: 'errors.akuvox.signInFailed',
        retryable: false,
        detail: `token request refused: ${granted.reason}`,
        vendor: { vendor: 'akuvox', ...granted.failure },
      }),
    )
  }

  /**
   * A refused grant resolves `{ok:false}`; network trouble, server errors and an answer that is
   * not the API's JSON throw (a new grant would not help). A grant may be retried by the
   * transport (it only mints another token); a refresh may not (the refresh token is single-use).
   */
  private async request(
    fields: Readonly<Record<string, string>>,
    idempotent: boolean,
  ): Promise<{ ok: true; tokens: AkuvoxTokens } | { ok: false; reason: string; failure: { code?: string; message?: string } }> {
    const { clientId, clientSecret } = this.options.credentials
    const form = new URLSearchParams({ ...fields, client_id: clientId, client_secret: clientSecret })
    const started = this.options.now()
    const response = await this.options.transport.send({
      method: 'POST',
      url: this.url,
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: form.toString(),
      idempotent,
      label: `oauth2/token ${fields.grant_type}`,
      rateKey: rateKey(this.options.rateScope, null),
    })
    const body = parseJson(response.text)
    if (body === undefined && nonJsonMeansWrongServer(response.status)) {
      throw new AppErrorException(notAnAkuvoxServer(`oauth2/token: ${describeNonJson(response)}`))
    }
    const failure = readVendorFailure(body)
    if (response.status >= 500 || response.status === 429) {
      throw new AppErrorException(
        appError(response.status === 429 ? 'rate_limited' : 'server', {
          detail: `token endpoint answered HTTP ${response.status}`,
          vendor: { vendor: 'akuvox', ...failure },
        }),
      )
    }
    const top = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {}
    // The envelope `{success, result}` is documented; a bare OAuth answer is tolerated too.
    const candidate = top.success === true ? top.result : top.access_token !== undefined ? top : undefined
    const parsed = tokenResultSchema.safeParse(candidate)
    if (response.status >= 300 || !parsed.success) {
      return { ok: false, reason: `HTTP ${response.status} ${failure.code ?? ''} ${failure.message ?? ''}`.trim(), failure }
    }
    const lifetimeMs = (parsed.data.expires_in ?? DEFAULT_LIFETIME_S) * 1000
    return {
      ok: true,
      tokens: { accessToken: parsed.data.access_token, refreshToken: parsed.data.refresh_token ?? null, expiresAt: started + lifetimeMs },
    }
  }

  private adopt(tokens: AkuvoxTokens, notify = true): AkuvoxTokens {
    this.options.redactor?.add(tokens.accessToken)
    this.options.redactor?.add(tokens.refreshToken)
    this.tokens = tokens
    // Refresh a minute early; short-lived tokens (tests, early-expiry faults) at half their life.
    const lifetime = tokens.expiresAt - this.options.now()
    this.refreshAt = tokens.expiresAt - Math.min(EARLY_REFRESH_MS, Math.max(0, lifetime) / 2)
    if (notify) this.options.onTokens?.(tokens)
    return tokens
  }
}

function grantFieldsOf(credentials: AkuvoxCredentials): Readonly<Record<string, string>> {
  if (credentials.grant === 'client_credentials') return { grant_type: 'client_credentials' }
  const { username, password } = credentials
  if (!username || !password) {
    throw new AppErrorException(
      appError('invalid_input', { messageKey: 'errors.akuvox.missingCredentials', params: { field: username ? 'password' : 'username' } }),
    )
  }
  return { grant_type: 'password', scope: 'manager', username, password }
}

function untilAborted<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return promise
  if (signal.aborted) return Promise.reject(cancelled())
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(cancelled())
    signal.addEventListener('abort', onAbort, { once: true })
    promise.then(
      (v) => {
        signal.removeEventListener('abort', onAbort)
        resolve(v)
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort)
        reject(e)
      },
    )
  })
}

function cancelled(): AppErrorException {
  return new AppErrorException(appError('cancelled', { detail: 'token request abandoned by the caller' }))
}
