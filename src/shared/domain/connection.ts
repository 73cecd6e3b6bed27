import type { AppError } from '../errors'

export type Vendor = 'akuvox' | 'tuya'

/** Where a connection's cloud lives: a vendor region preset, or a custom https address. */
export type Server = { readonly kind: 'region'; readonly region: string } | { readonly kind: 'custom'; readonly baseUrl: string }

/**
 * What the app knows of a connection right now, derived in main from the outcome of its last cloud
 * calls and the computer's network (not persisted). Every screen shows this one value.
 */
export type ConnectionState =
  /** Tokens are saved but no call has been made since Fieldkey started. */
  | { readonly kind: 'unchecked' }
  /** The cloud answered the last call at `at`. */
  | { readonly kind: 'signedIn'; readonly at: number }
  | { readonly kind: 'signedOut' }
  /** Calls have not reached the cloud since `since` (the last try at `at`); the sign-in may be fine. */
  | { readonly kind: 'unreachable'; readonly since: number; readonly at: number; readonly error: AppError }
  /** The cloud refused the sign-in (wrong credentials, no permission, clock): the installer must act. */
  | { readonly kind: 'refused'; readonly at: number; readonly error: AppError }
  /** This computer has no network since `since`. */
  | { readonly kind: 'offline'; readonly since: number }

/** What is stored about a connection: no secret in any field (those live in the keychain). */
export interface ConnectionProfile {
  readonly id: string
  readonly vendor: Vendor
  readonly label: string
  readonly server: Server
  /** The resolved address; for demo connections the sandbox's address when last used. */
  readonly baseUrl: string
  readonly defaultProjectId: string | null
  /** Backed by the built-in sandbox cloud: a training site, reset when Fieldkey restarts. */
  readonly isDemo: boolean
  readonly createdAt: number
  readonly lastUsedAt: number | null
}

/** A connection as the renderer sees it: never a secret, only whether there are credentials. */
export interface ConnectionSummary extends ConnectionProfile {
  readonly hasCredentials: boolean
  readonly state: ConnectionState
  /** Non-secret identity shown in the edit dialog (Akuvox client id and user, Tuya access id). */
  readonly account: ConnectionAccount
}

export type ConnectionAccount =
  | { readonly vendor: 'akuvox'; readonly clientId: string; readonly username: string }
  | { readonly vendor: 'tuya'; readonly accessId: string; readonly projectId: string }

export interface ProjectSummary {
  readonly connectionId: string
  readonly id: string
  readonly name: string
}

/** How fast Fieldkey asks a connection's cloud (`connections:requestRate`). */
export interface RequestRate {
  /** The installer's "Maximum requests per second"; null: none beyond Fieldkey's own. */
  readonly maxPerSecond: number | null
  /** About how many requests per second Fieldkey is using now, or learned before; null when it has no figure yet. */
  readonly currentPerSecond: number | null
}
