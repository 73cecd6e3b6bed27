import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FetchLike } from '../../src/main/clouds/http'
import { createCore, type Core } from '../../src/main/core/core'
import { type Logger, silentLogger } from '../../src/main/log/logger'
import { Redactor } from '../../src/main/log/redact'
import type { HealthTiming } from '../../src/main/services/health/health-logic'
import { startSandboxes } from '@fieldkey/sandbox'
import { openStore } from '../../src/main/store/open-store'
import { type SecretStore, memorySecretStore } from '../../src/main/vault/secret-store'

export interface TestCoreOptions {
  readonly online?: () => boolean
  readonly dataDir?: string
  /** Every cloud call goes through it (default: the global fetch). */
  readonly fetch?: FetchLike
  readonly secrets?: SecretStore
  readonly logger?: Logger
  readonly redactor?: Redactor
  readonly healthTiming?: Partial<HealthTiming>
}

/** What the headless host tells the core about itself, for a core (or `bootCore`) in `dataDir`. */
export function headlessHost(dataDir: string, online: () => boolean = () => true) {
  return {
    runtime: 'headless',
    name: 'Fieldkey',
    version: '0.0.0-test',
    dataDir,
    electronVersion: null,
    chromeVersion: null,
    fetch: (url: string, init?: RequestInit) => fetch(url, init),
    networkProbe: online,
  } as const
}

/** The real main-process core as the hosts build it: a real SQLite file, the sandbox as demo. */
export function testCore(options: TestCoreOptions = {}): Core {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'fk-core-'))
  return createCore({
    ...headlessHost(dataDir, options.online),
    ...(options.fetch ? { fetch: options.fetch } : {}),
    store: openStore(join(dataDir, 'fieldkey.db')),
    secrets: options.secrets ?? memorySecretStore('test'),
    startDemo: () => startSandboxes({ admin: false }),
    logger: options.logger ?? silentLogger,
    redactor: options.redactor ?? new Redactor(),
    healthTiming: options.healthTiming,
  })
}
