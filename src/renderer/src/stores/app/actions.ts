import type { AppError } from '@shared/errors'
import { api } from '../../api'

/** Round trip to main; resolves with the elapsed milliseconds or the error. */
export async function pingCore(now: () => number = () => performance.now()): Promise<{ ms: number } | { error: AppError }> {
  const started = now()
  const result = await api.app.ping({ message: 'ping' })
  return result.ok ? { ms: Math.round(now() - started) } : { error: result.error }
}
