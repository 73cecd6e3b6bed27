import { randomBytes } from 'node:crypto'

/**
 * Issued tokens. Access tokens expire on the sandbox clock; refresh tokens rotate: using one
 * issues a new pair and retires both the old refresh token and the access token it came with.
 */
export type TokenCheck = { readonly ok: true; readonly clientId: string } | { readonly ok: false; readonly reason: 'unknown' | 'expired' }

export interface IssuedTokens {
  readonly accessToken: string
  readonly refreshToken: string | null
  readonly expiresIn: number
}

interface AccessRecord {
  readonly clientId: string
  expiresAt: number
  readonly refreshToken: string | null
}

export class TokenStore {
  private readonly access = new Map<string, AccessRecord>()
  private readonly refresh = new Map<string, { readonly clientId: string; readonly accessToken: string }>()
  readonly stats = { grants: 0, refreshes: 0, refusedRefreshes: 0 }

  constructor(private readonly now: () => number) {}

  issue(clientId: string, lifetimeSeconds: number, withRefresh: boolean): IssuedTokens {
    this.stats.grants++
    return this.mint(clientId, lifetimeSeconds, withRefresh)
  }

  private mint(clientId: string, lifetimeSeconds: number, withRefresh: boolean): IssuedTokens {
    // Tokens come from the OS's randomness, not the seed: they are secrets even on loopback.
    const accessToken = `a${randomBytes(16).toString('hex')}`
    const refreshToken = withRefresh ? `r${randomBytes(16).toString('hex')}` : null
    this.access.set(accessToken, { clientId, expiresAt: this.now() + lifetimeSeconds * 1000, refreshToken })
    if (refreshToken) this.refresh.set(refreshToken, { clientId, accessToken })
    return { accessToken, refreshToken, expiresIn: lifetimeSeconds }
  }

  /** A new pair for a live refresh token of this client; null when it is unknown or used. */
  rotate(refreshToken: string, clientId: string, lifetimeSeconds: number): IssuedTokens | null {
    const record = this.refresh.get(refreshToken)
    if (!record || record.clientId !== clientId) {
      this.stats.refusedRefreshes++
      return null
    }
    this.refresh.delete(refreshToken)
    this.access.delete(record.accessToken)
    this.stats.refreshes++
    return this.mint(clientId, lifetimeSeconds, true)
  }

  check(accessToken: string): TokenCheck {
    const record = this.access.get(accessToken)
    if (!record) return { ok: false, reason: 'unknown' }
    if (this.now() >= record.expiresAt) return { ok: false, reason: 'expired' }
    return { ok: true, clientId: record.clientId }
  }

  /** Admin: every access token stops working now (refresh tokens still do). */
  expireAll(): number {
    const now = this.now()
    for (const record of this.access.values()) record.expiresAt = Math.min(record.expiresAt, now)
    return this.access.size
  }

  /** Admin: forget everything, so clients must sign in again. */
  revokeAll(): void {
    this.access.clear()
    this.refresh.clear()
  }

  get counts(): { readonly accessTokens: number; readonly refreshTokens: number } {
    return { accessTokens: this.access.size, refreshTokens: this.refresh.size }
  }
}
