import { appendFileSync, renameSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { PRIVATE_FILE_MODE, ensurePrivateDir, keepPrivate } from '../store/private-files'
import { LEVEL_ORDER, type LogLevel, type LogSink } from './logger'

const MAX_BYTES = 5 * 1024 * 1024

/**
 * JSON lines in `<dir>/main.log`, rotated to `main.old.log` at 5 MB, both readable by the user
 * only (0600; rotation renames, which keeps the mode). Entries arrive already redacted (the
 * logger redacts before any sink sees them).
 */
export function fileSink(dir: string, maxBytes = MAX_BYTES): LogSink & { readonly path: string } {
  ensurePrivateDir(dir)
  const path = join(dir, 'main.log')
  const old = join(dir, 'main.old.log')
  keepPrivate(path)
  keepPrivate(old)
  let size = 0
  try {
    size = statSync(path).size
  } catch {
    size = 0
  }
  return {
    path,
    write(level, scope, message, fields) {
      const line = `${JSON.stringify({ t: new Date().toISOString(), level, scope, message, ...fields })}\n`
      if (size + line.length > maxBytes) {
        renameSync(path, old)
        size = 0
      }
      appendFileSync(path, line, { mode: PRIVATE_FILE_MODE })
      size += line.length
    },
  }
}

export function teeSink(...sinks: readonly LogSink[]): LogSink {
  return { write: (...args) => sinks.forEach((s) => s.write(...args)) }
}

/** Passes on only entries at `level` or above (the terminal gets warnings; the file everything). */
export function atLeast(level: LogLevel, sink: LogSink): LogSink {
  return { write: (l, ...rest) => (LEVEL_ORDER[l] >= LEVEL_ORDER[level] ? sink.write(l, ...rest) : undefined) }
}
