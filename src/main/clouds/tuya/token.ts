import { z } from 'zod'
import { AppErrorException, appError } from '@shared/errors'
import type { TuyaTokens } from '@shared/domain/tuya'
import type { Logger } from '../../log/logger'
import type { Redactor } from '../../log/redact'
import { isNotTheCloud } from '../http-errors'
import type { ServerClock } from './clock'
import { decode, id, num, text } from './decode'
import type { CallResult, TuyaRequester } from './request'

const tokenSchema = z.object({ accessToken: id, refreshToken: id, expireTime: num, uid: text })

/** Refresh when less than this share of the lifetime is left (docs/clouds.md#tuya-tokens: ~75 % used). */
const REFRESH_AT_REMAINING_SHARE = 0.25
const MIN_REFRESH_MARGIN_MS = 60_000

export interface TokenManagerOptions {
  readonly requester: TuyaRequester
  readonly clock: ServerClock
  readonly logger: Logger
  readonly redactor?: Redactor
  readonly initial?: TuyaTokens
  readonly onTokens?: (tokens: TuyaTokens | null) => void
}

/**
 * The access token's life: fetched lazily, refreshed early (refresh tokens work once), and
 * replaced by a new simple-mode token whenever a refresh is refused. One fetch at a time:
 * concurrent callers share it.
 */
export class TokenManager {
  private tokens: TuyaTokens | null
  private inflight: Promise<TuyaTokens> | null = null

  constructor(private readonly options: TokenManagerOptions) {
    this.tokens = options.initial ?? null
    if (this.tokens) this.remember(this.tokens)
  }

  get current(): TuyaTokens | null {
    return this.tokens
  }

  async accessToken(signal?: AbortSignal): Promise<string> {
    const tokens = this.tokens
    if (tokens && !this.refreshDue(tokens)) return tokens.accessToken
    return (await this.renew(tokens ? 'refresh' : 'login', signal)).accessToken
  }

  /**
   * After the gateway rejected `staleToken` (1010 expired → refresh; 1011/1012 → new token).
   * A caller that lost the race finds the token already replaced and does nothing.
   */
  async recover(code: string, staleToken: string, signal?: AbortSignal): Promise<void> {
    if (this.tokens && this.tokens.accessToken !== staleToken) return
    await this.renew(code === '1010' && this.tokens ? 'refresh' : 'login', signal)
  }

  /** Tuya has no revoke API: forgetting the tokens is all signing out can do. */
  signOut(): void {
    this.tokens = null
    this.options.onTokens?.(null)
  }

  private refreshDue(tokens: TuyaTokens): boolean {
    const lifetime = tokens.expiresAt - tokens.issuedAt
    const margin = Math.max(MIN_REFRESH_MARGIN_MS, lifetime * REFRESH_AT_REMAINING_SHARE)
    return this.options.clock.now() >= tokens.expiresAt - margin
  }

  private renew(how: 'refresh' | 'login', signal?: AbortSignal): Promise<TuyaTokens> {
    if (signal?.aborted) return Promise.reject(cancelled())
    if (!this.inflight) {
      // Not tied to one caller's signal: others may be waiting on the same fetch.
      const fetch = (how === 'refresh' ? this.refresh() : this.login()).finally(() => {
        this.inflight = null
      })
      // Every waiter may have given up (aborted); the failure is theirs to see, not "unhandled".
      fetch.catch(() => undefined)
      this.inflight = fetch
    }
    return abortable(this.inflight, signal)
  }

  private async refresh(): Promise<TuyaTokens> {
    const refreshToken = this.tokens?.refreshToken
    if (!refreshToken) return this.login()
    try {
      return this.accept(
        await this.options.requester.send({
          method: 'GET',
          path: `/v1.0/token/${encodeURIComponent(refreshToken)}`,
          kind: 'write',
          label: 'GET /v1.0/token/{refresh_token}',
        }),
      )
    } catch (error) {
      // The address is not the cloud (a redirect, a page that is not JSON): no new token there.
      if (isNotTheCloud(error)) throw error
      // A used, expired or lost refresh token: simple mode can always start over.
      this.options.logger.warn('token refresh refused, getting a new token', {
        code: error instanceof AppErrorException ? (error.error.vendor?.code ?? error.error.code) : 'unknown',
      })
      return this.login()
    }
  }

  private async login(): Promise<TuyaTokens> {
    return this.accept(
      await this.options.requester.send({
        method: 'GET',
        path: '/v1.0/token',
        query: { grantType: 1 },
        kind: 'read',
        label: 'GET /v1.0/token',
      }),
    )
  }

  private accept(answer: CallResult): TuyaTokens {
    const raw = decode(tokenSchema, answer.result, 'token')
    // Expiry on the server's clock: its `t` plus `expire_time` (docs/clouds.md#tuya-tokens).
    const issuedAt = answer.t ?? this.options.clock.now()
    const tokens: TuyaTokens = {
      accessToken: raw.accessToken,
      refreshToken: raw.refreshToken,
      uid: raw.uid,
      issuedAt,
      expiresAt: issuedAt + raw.expireTime * 1000,
    }
    this.remember(tokens)
    this.tokens = tokens
    this.options.onTokens?.(tokens)
    return tokens
  }

  private remember(tokens: TuyaTokens): void {
    this.options.redactor?.add(tokens.accessToken)
    this.options.redactor?.add(tokens.refreshToken)
  }
}

function abortable<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return promise
  if (signal.aborted) return Promise.reject(cancelled())
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(cancelled())
    signal.addEventListener('abort', onAbort, { once: true })
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort))
  })
}

function cancelled(): AppErrorException {
  return new AppErrorException(appError('cancelled', { detail: 'token fetch cancelled' }))
}
