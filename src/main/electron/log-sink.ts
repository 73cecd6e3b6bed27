import { join } from 'node:path'
import type { NodeLogger, Transport } from 'electron-log'
import type { LogSink } from '../log/logger'
import { PRIVATE_FILE_MODE, ensurePrivateDir, keepPrivate } from '../store/private-files'

/** Rotation point: `main.log` becomes `main.old.log` (electron-log's own archive step). */
const LOG_MAX_BYTES = 5 * 1024 * 1024

/**
 * The desktop app's log file, written by electron-log: JSON lines in `<dir>/main.log`, rotated
 * at 5 MB. This sink sits behind our redacting logger, so every entry is already redacted when
 * electron-log sees it; its own console, IPC and remote transports stay off.
 *
 * Use an instance from `electron-log/node`: `electron-log/main` registers an `ipcMain` channel
 * (`__ELECTRON_LOG__`) that would let a renderer write log lines past redaction and sender checks.
 */
export function electronLogSink(log: NodeLogger, dir: string): LogSink & { readonly path: string } {
  const path = join(dir, 'main.log')
  // Readable by the user only: electron-log creates main.log (and a new one after rotating,
  // which renames the old one and so keeps its mode) with `writeOptions.mode`.
  ensurePrivateDir(dir)
  for (const file of [path, join(dir, 'main.old.log')]) keepPrivate(file)
  log.transports.file.writeOptions = { ...log.transports.file.writeOptions, mode: PRIVATE_FILE_MODE }
  for (const name of ['console', 'ipc', 'remote'] as const) {
    // electron-log leaves out the IPC transport outside Electron.
    const transport: Transport | null | undefined = log.transports[name]
    if (transport) transport.level = false
  }
  log.transports.file.level = 'debug'
  log.transports.file.maxSize = LOG_MAX_BYTES
  log.transports.file.format = '{text}'
  log.transports.file.resolvePathFn = () => path
  return {
    path,
    write(level, scope, message, fields) {
      log[level](JSON.stringify({ t: new Date().toISOString(), level, scope, message, ...fields }))
    },
  }
}
