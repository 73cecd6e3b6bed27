import { type AppError, AppErrorException, isAppError } from '@shared/errors'
import type { WriteCounts, WriteUnit } from './units'

/** What the sync's thread sends the cache writer's thread. */
export type ToWriter = { readonly kind: 'batch'; readonly id: number; readonly units: readonly WriteUnit[] } | { readonly kind: 'close' }

/** What the cache writer answers: each batch in the order sent. */
export type FromWriter =
  { readonly kind: 'done'; readonly id: number; readonly counts: WriteCounts } | { readonly kind: 'failed'; readonly id: number; readonly error: WireError }

/**
 * An error crossing the thread boundary. Structured cloning keeps an `Error`'s message but drops
 * its class and own fields, so an `AppErrorException` travels as its `AppError` and SQLite's
 * error as its name, message and code, and is rebuilt on the other side as what the sync threw
 * before the writes moved.
 */
export type WireError =
  { readonly kind: 'app'; readonly error: AppError } | { readonly kind: 'error'; readonly name: string; readonly message: string; readonly code: string | null }

export function toWire(error: unknown): WireError {
  if (error instanceof AppErrorException) return { kind: 'app', error: error.error }
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code
    return { kind: 'error', name: error.name, message: error.message, code: typeof code === 'string' ? code : null }
  }
  return { kind: 'error', name: 'Error', message: String(error), code: null }
}

export function fromWire(wire: WireError): Error {
  if (wire.kind === 'app' && isAppError(wire.error)) return new AppErrorException(wire.error)
  if (wire.kind === 'app') return new Error(String(wire.error.detail ?? wire.error.code))
  const error = new Error(wire.message)
  error.name = wire.name
  if (wire.code !== null) Object.assign(error, { code: wire.code })
  return error
}
