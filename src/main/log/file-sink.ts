import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { LEVEL_ORDER, type LogLevel, type LogSink } from './logger'

const MAX_BYTES = 5 * 1024 * 1024

/**
 * JSON lines in `<dir>/main.log`, rotated to `main.old.log` at 5 MB. Entries arrive already
 * redacted (the logger redacts before any sink sees them).
 */
export function fileSink(dir: string): LogSink & { readonly path: string } {
  mkdirSync(dir, { recursive: true })
  const path = join(dir, 'main.log')
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
      if (size + line.length > MAX_BYTES) {
        renameSync(path, join(dir, 'main.old.log'))
        size = 0
      }
      appendFileSync(path, line)
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
