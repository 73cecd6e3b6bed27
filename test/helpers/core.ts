import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createCore, type Core } from '../../src/main/core'
import { type Logger, silentLogger } from '../../src/main/log/logger'
import { Redactor } from '../../src/main/log/redact'
import { startSandboxes } from '@fieldkey/sandbox'
import { openStore } from '../../src/main/store/open-store'
import { type SecretStore, memorySecretStore } from '../../src/main/vault/secret-store'

export interface TestCoreOptions {
  readonly online?: () => boolean
  readonly dataDir?: string
  readonly secrets?: SecretStore
  readonly logger?: Logger
  readonly redactor?: Redactor
}

/** The real main-process core as the hosts build it: a real SQLite file, the sandbox as demo. */
export function testCore(options: TestCoreOptions = {}): Core {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'fk-core-'))
  return createCore({
    runtime: 'headless',
    name: 'Fieldkey',
    version: '0.0.0-test',
    dataDir,
    electronVersion: null,
    chromeVersion: null,
    fetch: (url, init) => fetch(url, init),
    networkProbe: options.online ?? (() => true),
    store: openStore(join(dataDir, 'fieldkey.db')),
    secrets: options.secrets ?? memorySecretStore('test'),
    startDemo: () => startSandboxes({ admin: false }),
    logger: options.logger ?? silentLogger,
    redactor: options.redactor ?? new Redactor(),
  })
}
