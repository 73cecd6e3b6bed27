import { join } from 'node:path'
import { type Core, type CoreOptions, createCore } from './core'
import { keepYoungGenerationSmall } from './heap-tuning'
import { atLeast, fileSink, teeSink } from '../log/file-sink'
import { type LogSink, type Logger, createLogger, stderrSink } from '../log/logger'
import { Redactor } from '../log/redact'
import { type OpenedStore, openStore } from '../store/open-store'
import { loadKeytar } from '../vault/keychain-probe'
import { type SecretStore, createSecretStore } from '../vault/secret-store'
import { ensurePrivateDir } from '../store/private-files'

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
 * young generation kept small (`heap-tuning.ts`), the private data folder (0700), the redacting
 * logger (stderr + logs/main.log), the cache database, the secret store.
 */
export async function bootCore({ logFile = fileSink, ...options }: BootOptions): Promise<BootedCore> {
  keepYoungGenerationSmall()
  const redactor = new Redactor()
  const logsDir = join(options.dataDir, 'logs')
  const { tightenedFrom } = ensurePrivateDir(options.dataDir)
  const logger = createLogger(teeSink(atLeast('warn', stderrSink), logFile(logsDir)), redactor, { scope: 'fieldkey' })
  if (tightenedFrom !== null) logger.warn('the data folder was open to other users: set to owner-only (0700)', { previousMode: tightenedFrom.toString(8) })
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
