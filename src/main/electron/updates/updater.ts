import type { AppUpdater } from 'electron-updater'
import type { Logger } from '../../log/logger'
import { onUpdateAvailable } from './update-policy'

/** The part of electron-updater's `autoUpdater` we use (a fake in tests). */
export type UpdaterLike = Pick<AppUpdater, 'on' | 'checkForUpdates' | 'downloadUpdate' | 'autoDownload' | 'autoInstallOnAppQuit' | 'logger'>

export interface UpdatesDeps {
  readonly updater: UpdaterLike
  /** Changes in the outbox not yet sent to a cloud. */
  readonly outboxCount: () => number
  /** Asks the installer whether to download now although `unsent` changes wait; true = download. */
  readonly confirmDownload: (version: string, unsent: number) => Promise<boolean>
  readonly logger: Logger
}

/**
 * Checks the release feed, downloads only when the outbox is empty or the installer agreed, and
 * installs when the app quits. electron-updater's own messages go through our redacting logger.
 */
export function startUpdates({ updater, outboxCount, confirmDownload, logger }: UpdatesDeps): { check(): Promise<void> } {
  updater.autoDownload = false
  updater.autoInstallOnAppQuit = true
  updater.logger = {
    info: (m: unknown) => logger.info(String(m)),
    warn: (m: unknown) => logger.warn(String(m)),
    error: (m: unknown) => logger.error(String(m)),
    debug: (m: string) => logger.debug(m),
  }
  updater.on('update-available', (info) => {
    const decision = onUpdateAvailable(outboxCount())
    const download = decision.kind === 'download' ? Promise.resolve(true) : confirmDownload(info.version, decision.unsent)
    void download.then((yes) => {
      if (!yes) return logger.info('update download postponed: the outbox holds unsent changes', { version: info.version })
      logger.info('downloading update', { version: info.version })
      return updater.downloadUpdate().then(
        () => undefined,
        (error: unknown) => logger.warn('update download failed', { error: String(error) }),
      )
    })
  })
  updater.on('update-downloaded', (event) => logger.info('update ready: installs when Fieldkey quits', { version: event.version }))
  updater.on('error', (error) => logger.warn('update check failed', { error: error.message }))
  return {
    check: () =>
      updater.checkForUpdates().then(
        () => undefined,
        (error: unknown) => logger.warn('update check failed', { error: String(error) }),
      ),
  }
}
