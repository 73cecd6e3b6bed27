import { join } from 'node:path'
import { type Core, type CoreOptions, createCore } from './core'
import { atLeast, fileSink, teeSink } from './log/file-sink'
import { createLogger, stderrSink } from './log/logger'
import { Redactor } from './log/redact'
import { startSandboxes } from './sandbox'
import { openStore } from './store/open-store'
import { loadKeytar } from './vault/keychain-probe'
import { createSecretStore } from './vault/secret-store'

/** What each composition root decides; the rest of the core's options are built here. */
export type BootOptions = Omit<CoreOptions, 'store' | 'secrets' | 'startDemo' | 'logger' | 'redactor'>

/**
 * What both composition roots (Electron and the headless host) do before the core exists: the
 * redacting logger (stderr + logs/main.log), the cache database, the secret store.
 */
export async function bootCore(options: BootOptions): Promise<Core> {
  const redactor = new Redactor()
  const logger = createLogger(teeSink(atLeast('warn', stderrSink), fileSink(join(options.dataDir, 'logs'))), redactor, { scope: 'fieldkey' })
  const store = openStore(join(options.dataDir, 'fieldkey.db'))
  if (store.quarantined) logger.warn('database failed its integrity check and was moved aside', { ...store.quarantined })
  const secrets = await createSecretStore(loadKeytar)
  const keychain = secrets.status()
  if (keychain.backend === 'memory') logger.warn('no OS keychain: secrets stay in memory this session', { reason: keychain.reason })
  return createCore({
    ...options,
    store,
    secrets,
    startDemo: () => startSandboxes({ admin: false, logger: logger.child('demo') }),
    logger,
    redactor,
  })
}
