import type { AppError } from '@shared/errors'
import { api } from '../../api'
import { useAppStore } from './store'

export async function loadAppInfo(): Promise<void> {
  useAppStore.setState({ infoError: null })
  const result = await api.app.info()
  if (result.ok) useAppStore.setState({ info: result.value })
  else useAppStore.setState({ infoError: result.error })
}

/** Reads the network state once and follows its changes; returns the unsubscribe. */
export function followNetwork(): () => void {
  const unsubscribe = api.on('network:changed', (network) => useAppStore.setState({ network }))
  void api.network.status().then((result) => {
    if (result.ok) useAppStore.setState({ network: result.value })
  })
  return unsubscribe
}

/** Round trip to main; resolves with the elapsed milliseconds or the error. */
export async function pingCore(now: () => number = () => performance.now()): Promise<{ ms: number } | { error: AppError }> {
  const started = now()
  const result = await api.app.ping({ message: 'ping' })
  return result.ok ? { ms: Math.round(now() - started) } : { error: result.error }
}
