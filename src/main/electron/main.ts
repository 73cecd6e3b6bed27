import { join } from 'node:path'
import electronLog from 'electron-log/node'
import type { AppCommand } from '@shared/commands/app-commands'
import type { Language } from '@shared/i18n/languages'
import { type BrowserWindow, Menu, app, dialog, net, screen } from 'electron'
import { autoUpdater } from 'electron-updater'
import { bootCore } from '../core/bootstrap'
import { helpActions } from './help-actions'
import { bindIpcMain } from './ipc-binding'
import { electronLogSink } from './log-sink'
import { createLogger, stderrSink } from '../log/logger'
import { Redactor } from '../log/redact'
import { menuTemplate } from './menu'
import { windowPdfPrinter } from './pdf-printer'
import { registerAppScheme, serveAppScheme } from './protocol'
import type { AppFacts } from '../services/app-service'
import { OutboxRepo } from '../store/outbox-repo'
import { SettingsRepo } from '../store/settings-repo'
import { askToDownload } from './updates/ask-download'
import { describeMode, updatesMode } from './updates/update-policy'
import { startUpdates } from './updates/updater'
import { bringToFront, createMainWindow, rememberPlacement } from './window'
import { WINDOW_STATE_KEY, parseWindowState, restorePlacement } from './window-state'

/** Electron composition root: lifecycle, the window, menus, updates, and the same core the headless host runs. */
app.enableSandbox()
registerAppScheme()

const logger = createLogger(stderrSink, new Redactor(), { scope: 'electron' })

// One Fieldkey at a time: a second launch hands over to the first (see 'second-instance') and quits.
if (!app.requestSingleInstanceLock()) app.quit()
else
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      // Nothing can be shown in a window yet: say what failed in a native box, then quit.
      logger.error('startup failed', { error: error instanceof Error ? (error.stack ?? error.message) : String(error) })
      dialog.showErrorBox('Fieldkey could not start', error instanceof Error ? error.message : String(error))
      app.quit()
    })

async function start(): Promise<void> {
  serveAppScheme(join(__dirname, '../renderer'))
  const facts: AppFacts = {
    runtime: 'electron',
    name: app.getName(),
    version: app.getVersion(),
    dataDir: app.getPath('userData'),
    electronVersion: process.versions.electron ?? null,
    chromeVersion: process.versions.chrome ?? null,
  }
  // The pack's PDF is printed from the one window, which exists only once the core does.
  let printWindow: BrowserWindow | null = null
  const core = await bootCore({
    ...facts,
    pdfPrinter: () => (printWindow && !printWindow.isDestroyed() ? windowPdfPrinter(printWindow) : null),
    fetch: (url, init) => net.fetch(url, init),
    networkProbe: () => net.isOnline(),
    logFile: (dir) => electronLogSink(electronLog.create({ logId: 'fieldkey' }), dir),
    systemLocale: app.getLocale(),
  })

  const settings = new SettingsRepo(core.store.db)
  const window = createMainWindow(restorePlacement(parseWindowState(settings.get(WINDOW_STATE_KEY)), workAreas()), () => core.language.get())
  printWindow = window
  rememberPlacement(window, (state) => settings.set(WINDOW_STATE_KEY, JSON.stringify(state)))
  app.on('second-instance', () => bringToFront(window))
  const unbind = bindIpcMain(core.router, core.events, window, logger.child('ipc'))

  const outboxCount = () => new OutboxRepo(core.store.db).list().length
  const mode = updatesMode({ runtime: 'electron', isPackaged: app.isPackaged, env: process.env })
  const updates = mode.enabled
    ? startUpdates({
        updater: autoUpdater,
        outboxCount,
        confirmDownload: (v, n) => askToDownload(window, v, n, core.language.get()),
        logger: core.logger.child('updates'),
      })
    : null
  const menuActions = {
    command: (command: AppCommand) => core.events.emit('app:command', command),
    ...helpActions(core, facts, outboxCount, describeMode(mode)),
    ...(updates ? { checkForUpdates: () => void updates.check() } : {}),
  }
  // The menu speaks the window's language: rebuilt whenever the installer switches it.
  const setMenu = (language: Language) =>
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(menuTemplate({ platform: process.platform, appName: app.getName(), isDev: !app.isPackaged, language }, menuActions)),
    )
  setMenu(core.language.get())
  core.language.onChange(setMenu)

  core.start()
  void updates?.check()
  app.on('window-all-closed', () => {
    unbind()
    void core.close().then(() => app.quit())
  })
}

/** Every display's work area, the primary display first. */
function workAreas() {
  const primary = screen.getPrimaryDisplay()
  return [primary, ...screen.getAllDisplays().filter((d) => d.id !== primary.id)].map((d) => d.workArea)
}
