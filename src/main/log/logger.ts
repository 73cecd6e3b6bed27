import type { Redactor } from './redact'

export type LogLevel = 'debug' | 'info' | 'warn' | 'error'
export type LogFields = Readonly<Record<string, unknown>>

export interface Logger {
  debug(message: string, fields?: LogFields): void
  info(message: string, fields?: LogFields): void
  warn(message: string, fields?: LogFields): void
  error(message: string, fields?: LogFields): void
  child(scope: string): Logger
}

export interface LogSink {
  write(level: LogLevel, scope: string, message: string, fields: LogFields | undefined): void
}

export const LEVEL_ORDER: Readonly<Record<LogLevel, number>> = { debug: 10, info: 20, warn: 30, error: 40 }

/** A logger that redacts every message and field before the sink sees it. */
export function createLogger(sink: LogSink, redactor: Redactor, options: { level?: LogLevel; scope?: string } = {}): Logger {
  const min = LEVEL_ORDER[options.level ?? 'info']
  const make = (scope: string): Logger => {
    const emit = (level: LogLevel, message: string, fields?: LogFields): void => {
      if (LEVEL_ORDER[level] < min) return
      const safeFields = fields === undefined ? undefined : (redactor.value(fields) as LogFields)
      sink.write(level, scope, redactor.text(message), safeFields)
    }
    return {
      debug: (m, f) => emit('debug', m, f),
      info: (m, f) => emit('info', m, f),
      warn: (m, f) => emit('warn', m, f),
      error: (m, f) => emit('error', m, f),
      child: (sub) => make(scope ? `${scope}.${sub}` : sub),
    }
  }
  return make(options.scope ?? '')
}

/** Writes one JSON line per entry to stderr: the default sink outside Electron. */
export const stderrSink: LogSink = {
  write(level, scope, message, fields) {
    process.stderr.write(`${JSON.stringify({ t: new Date().toISOString(), level, scope, message, ...fields })}\n`)
  },
}

/** Collects entries in memory: for tests that check what was (not) logged. */
export function memorySink(): LogSink & { readonly lines: string[] } {
  const lines: string[] = []
  return {
    lines,
    write(level, scope, message, fields) {
      lines.push(JSON.stringify({ level, scope, message, ...fields }))
    },
  }
}

export const silentLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  child: () => silentLogger,
}
