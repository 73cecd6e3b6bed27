import { statSync } from 'node:fs'
import type { AppInfo } from '@shared/domain/app-info'

/** What Help → Copy diagnostics puts on the clipboard: enough for support, never a secret. */
export interface DiagnosticsFacts {
  readonly info: AppInfo
  readonly osRelease: string
  readonly databaseBytes: number
  readonly outboxCount: number
  readonly updates: string
  readonly at: Date
}

const RUNTIME_NAMES: Readonly<Record<AppInfo['runtime'], string>> = { electron: 'desktop app', headless: 'browser host' }

/**
 * Plain text for a support ticket. Paths and the keychain's failure reason go through `redact`
 * (the log redactor) too, so a token that ever reached an error message cannot leak here.
 */
export function diagnosticsText(facts: DiagnosticsFacts, redact: (text: string) => string): string {
  const { info } = facts
  const keychain = info.keychain.backend === 'os-keychain' ? 'OS keychain' : `memory only (${info.keychain.reason})`
  const lines = [
    `${info.name} ${info.version} (${RUNTIME_NAMES[info.runtime]})`,
    `Platform: ${info.platform} ${info.arch}, OS release ${facts.osRelease}`,
    `Electron ${info.versions.electron ?? '-'}, Chrome ${info.versions.chrome ?? '-'}, Node ${info.versions.node}`,
    `Keychain: ${keychain}`,
    `Database: ${formatBytes(facts.databaseBytes)}${info.database.quarantined ? ' (a damaged file was moved aside this start)' : ''}`,
    `Outbox: ${facts.outboxCount} unsent change${facts.outboxCount === 1 ? '' : 's'}`,
    `Updates: ${facts.updates}`,
    `Collected: ${facts.at.toISOString()}`,
  ]
  return redact(lines.join('\n'))
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}

/** The database file with its WAL and shared-memory files: what it takes on disk now. */
export function databaseBytes(path: string): number {
  let total = 0
  for (const file of [path, `${path}-wal`, `${path}-shm`]) {
    try {
      total += statSync(file).size
    } catch {
      // A WAL or SHM file that does not exist right now takes no space.
    }
  }
  return total
}
