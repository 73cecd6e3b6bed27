import type { AppInfo, DatabaseInfo, KeychainStatus, Pong, Runtime } from '@shared/domain/app-info'

export interface AppFacts {
  readonly name: string
  readonly version: string
  readonly runtime: Runtime
  readonly dataDir: string
  readonly electronVersion: string | null
  readonly chromeVersion: string | null
}

/** `app:info` and `app:ping`: what the About / Diagnostics view shows. */
export function createAppService(facts: AppFacts, keychain: () => KeychainStatus, database: DatabaseInfo, now: () => number = Date.now) {
  return {
    info(): AppInfo {
      return {
        name: facts.name,
        version: facts.version,
        runtime: facts.runtime,
        platform: process.platform,
        arch: process.arch,
        dataDir: facts.dataDir,
        keychain: keychain(),
        database,
        versions: { node: process.versions.node, electron: facts.electronVersion, chrome: facts.chromeVersion },
      }
    },
    ping(message: string): Pong {
      return { message, receivedAt: now(), runtime: facts.runtime }
    },
  }
}
