import { join } from 'node:path'
import { type Core, type CoreOptions, createCore } from './core'
import { atLeast, fileSink, teeSink } from './log/file-sink'
import { type LogSink, type Logger, createLogger, stderrSink } from './log/logger'
import { Redactor } from './log/redact'
import { type OpenedStore, openStore } from './store/open-store'
import { loadKeytar } from './vault/keychain-probe'
import { type SecretStore, createSecretStore } from './vault/secret-store'

/** What each composition root decides; the rest of the core's options are built here. */
export type BootOptions = Omit<CoreOptions, 'store' | 'secrets' | 'startDemo' | 'logger' | 'redactor'> & {
  /** Writes the log file in the given folder (default: our own JSON-lines file sink). */
  readonly logFile?: (dir: string) => LogSink
}

/** The core plus what the desktop shell around it needs (settings, diagnostics, updates). */
export interface BootedCore extends Core {
  readonly store: OpenedStore
  readonly secrets: SecretStore
  readonly logger: Logger
  readonly redactor: Redactor
  readonly logsDir: string
}

/**
 * What both composition roots (Electron and the headless host) do before the core exists: the
 * redacting logger (stderr + logs/main.log), the cache database, the secret store.
 */
export async function bootCore({ logFile = fileSink, ...options }: BootOptions): Promise<BootedCore> {
  const redactor = new Redactor()
  const logsDir = join(options.dataDir, 'logs')
  const logger = createLogger(teeSink(atLeast('warn', stderrSink), logFile(logsDir)), redactor, { scope: 'fieldkey' })
  const store = openStore(join(options.dataDir, 'fieldkey.db'))
  if (store.quarantined) logger.warn('database failed its integrity check and was moved aside', { ...store.quarantined })
  const secrets = await createSecretStore(loadKeytar)
  const keychain = secrets.status()
  if (keychain.backend === 'memory') logger.warn('no OS keychain: secrets stay in memory this session', { reason: keychain.reason })
  const core = createCore({
    ...options,
    store,
    secrets,
    // The sandbox package loads only when an installer first opens a demo site.
    startDemo: async () => (await import('@fieldkey/sandbox/demo')).startDemoSites({ logger: logger.child('demo') }),
    logger,
    redactor,
  })
  return { ...core, store, secrets, logger, redactor, logsDir }
}
