import { join } from 'node:path'
import { app, net } from 'electron'
import { createCore } from './core'
import { bindIpcMain } from './ipc/electron-binding'
import { createLogger, stderrSink } from './log/logger'
import { Redactor } from './log/redact'
import { registerAppScheme, serveAppScheme } from './protocol'
import { loadKeytar, probeKeychain } from './vault/keychain-probe'
import { createMainWindow } from './window'

/** Electron composition root: lifecycle, the window, and the same core the headless host runs. */
app.enableSandbox()
registerAppScheme()

const redactor = new Redactor()
const logger = createLogger(stderrSink, redactor, { scope: 'fieldkey' })

void app.whenReady().then(() => {
  serveAppScheme(join(__dirname, '../renderer'))
  const core = createCore({
    runtime: 'electron',
    name: app.getName(),
    version: app.getVersion(),
    dataDir: app.getPath('userData'),
    electronVersion: process.versions.electron ?? null,
    chromeVersion: process.versions.chrome ?? null,
    fetch: (url, init) => net.fetch(url, init),
    networkProbe: () => net.isOnline(),
    keychainStatus: () => probeKeychain(loadKeytar),
    logger,
  })
  const window = createMainWindow()
  const unbind = bindIpcMain(core.router, core.events, window, logger.child('ipc'))
  core.start()

  app.on('window-all-closed', () => {
    unbind()
    void core.close().then(() => app.quit())
  })
})
