import type { Random } from '../common/random'

export interface MintedTokens {
  readonly accessToken: string
  readonly refreshToken: string
  readonly expireTime: number
  readonly uid: string
}

type AccessState = { readonly expiresAt: number; refreshedAway: boolean }

/** Token check outcome: null when usable, else the Tuya code. */
export type TokenProblem = 1010 | 1011 | 1012

/**
 * Access and refresh tokens (docs/clouds.md#tuya-tokens): access tokens live `ttl` seconds; a refresh token
 * works once and retires the access token it came with (1012 "token status is invalid").
 */
export class TokenStore {
  private readonly access = new Map<string, AccessState>()
  private readonly refresh = new Map<string, { readonly accessToken: string; used: boolean }>()

  constructor(
    private readonly random: Random,
    private readonly uid: string,
  ) {}

  mint(now: number, ttlSeconds: number): MintedTokens {
    const accessToken = this.random.hex(32)
    const refreshToken = this.random.hex(32)
    this.access.set(accessToken, { expiresAt: now + ttlSeconds * 1000, refreshedAway: false })
    this.refresh.set(refreshToken, { accessToken, used: false })
    return { accessToken, refreshToken, expireTime: ttlSeconds, uid: this.uid }
  }

  check(accessToken: string, now: number): TokenProblem | null {
    const state = this.access.get(accessToken)
    if (!state) return 1011
    if (state.refreshedAway) return 1012
    if (now >= state.expiresAt) return 1010
    return null
  }

  /** The refresh token has no expiry of its own, but a second use is refused. */
  use(refreshToken: string, now: number, ttlSeconds: number): MintedTokens | TokenProblem {
    const entry = this.refresh.get(refreshToken)
    if (!entry) return 1011
    if (entry.used) return 1012
    entry.used = true
    const old = this.access.get(entry.accessToken)
    if (old) old.refreshedAway = true
    return this.mint(now, ttlSeconds)
  }

  /** Admin: every live token expires now. */
  expireAll(now: number): number {
    let count = 0
    for (const [token, state] of this.access) {
      if (state.expiresAt > now && !state.refreshedAway) count++
      this.access.set(token, { ...state, expiresAt: Math.min(state.expiresAt, now) })
    }
    return count
  }
}
