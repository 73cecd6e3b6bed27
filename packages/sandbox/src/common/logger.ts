type Fields = Readonly<Record<string, unknown>>

/** What the sandbox logs through: the app passes its own (redacting) logger; without one it is silent. */
export interface SandboxLogger {
  debug(message: string, fields?: Fields): void
  error(message: string, fields?: Fields): void
  child(scope: string): SandboxLogger
}
