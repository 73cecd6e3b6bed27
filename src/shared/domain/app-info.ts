export type Runtime = 'electron' | 'headless'

/**
 * Why secrets stay in memory: the keychain module (keytar) is not installed or would not load
 * (the install could not build it), or it loaded but no keychain service answered.
 */
export type KeychainUnavailable = 'module-missing' | 'no-secret-service'

/** Where secrets live this session: the OS keychain, or memory only (lost on quit). */
export type KeychainStatus = { readonly backend: 'os-keychain' } | { readonly backend: 'memory'; readonly cause: KeychainUnavailable; readonly reason: string }

export interface AppInfo {
  readonly name: string
  readonly version: string
  readonly runtime: Runtime
  readonly platform: string
  readonly arch: string
  readonly dataDir: string
  readonly keychain: KeychainStatus
  readonly database: DatabaseInfo
  readonly versions: {
    readonly node: string
    readonly electron: string | null
    readonly chrome: string | null
  }
}

export interface Pong {
  readonly message: string
  readonly receivedAt: number
  readonly runtime: Runtime
}

export interface NetworkState {
  /** What the operating system reports: at least one network interface is up. */
  readonly online: boolean
  /** Epoch ms of the last change. */
  readonly since: number
}

export interface DatabaseInfo {
  readonly path: string
  /** A previous file that failed its integrity check this start and was moved aside. */
  readonly quarantined: { readonly movedTo: string; readonly reason: string } | null
}
