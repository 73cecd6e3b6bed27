import { release } from 'node:os'
import { join } from 'node:path'
import { clipboard, shell } from 'electron'
import type { BootedCore } from '../core/bootstrap'
import { databaseBytes, diagnosticsText } from '../core/diagnostics'
import { type AppFacts, createAppService } from '../services/app-service'

/** Help → Open logs folder and Help → Copy diagnostics. */
export function helpActions(core: BootedCore, facts: AppFacts, outboxCount: () => number, updates: string) {
  const dbPath = join(facts.dataDir, 'fieldkey.db')
  const app = createAppService(facts, () => core.secrets.status(), { path: dbPath, quarantined: core.store.quarantined })
  return {
    openLogsFolder: () => void shell.openPath(core.logsDir),
    copyDiagnostics: () =>
      clipboard.writeText(
        diagnosticsText(
          { info: app.info(), osRelease: release(), databaseBytes: databaseBytes(dbPath), outboxCount: outboxCount(), updates, at: new Date() },
          (text) => core.redactor.text(text),
        ),
      ),
  }
}
