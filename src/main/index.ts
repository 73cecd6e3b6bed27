import { join } from 'node:path'
import { app, dialog, net } from 'electron'
import { bootCore } from './bootstrap'
import { bindIpcMain } from './ipc/electron-binding'
import { createLogger, stderrSink } from './log/logger'
import { Redactor } from './log/redact'
import { registerAppScheme, serveAppScheme } from './protocol'
import { createMainWindow } from './window'

/** Electron composition root: lifecycle, the window, and the same core the headless host runs. */
app.enableSandbox()
registerAppScheme()

const logger = createLogger(stderrSink, new Redactor(), { scope: 'electron' })

app.whenReady().then(async () => {
  serveAppScheme(join(__dirname, '../renderer'))
  const core = await bootCore({
    runtime: 'electron',
    name: app.getName(),
    version: app.getVersion(),
    dataDir: app.getPath('userData'),
    electronVersion: process.versions.electron ?? null,
    chromeVersion: process.versions.chrome ?? null,
    fetch: (url, init) => net.fetch(url, init),
    networkProbe: () => net.isOnline(),
  })
  const window = createMainWindow()
  const unbind = bindIpcMain(core.router, core.events, window, logger.child('ipc'))
  core.start()

  app.on('window-all-closed', () => {
    unbind()
    void core.close().then(() => app.quit())
  })
}).catch((error: unknown) => {
  // Nothing can be shown in a window yet: say what failed in a native box, then quit.
  logger.error('startup failed', { error: error instanceof Error ? (error.stack ?? error.message) : String(error) })
  dialog.showErrorBox('Fieldkey could not start', error instanceof Error ? error.message : String(error))
  app.quit()
})
