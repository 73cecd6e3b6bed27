import { appError } from '@shared/errors'
import {
  EVENT_CHANNELS,
  type EventChannel,
  type FieldkeyApi,
  INVOKE_CHANNELS,
  type Transport,
  isEventChannel,
  isInvokeChannel,
} from '@shared/ipc'
import { err } from '@shared/result'

/**
 * Builds the frozen `window.fieldkey` from the contract: one named function per invoke channel
 * (`api.app.ping({…})`) and `on(event, listener)` for event channels only, passing the payload
 * alone and returning the unsubscribe. Anything outside the contract is refused here too.
 */
export function createApi(transport: Transport): FieldkeyApi {
  const domains: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {}
  for (const channel of INVOKE_CHANNELS) {
    const [domain, verb] = channel.split(':') as [string, string]
    const group = (domains[domain] ??= {})
    group[verb] = async (input?: unknown) => {
      if (!isInvokeChannel(channel)) return err(appError('invalid_input', { detail: 'unknown channel' }))
      try {
        return await transport.invoke(channel, input)
      } catch (error) {
        return err(appError('unavailable', { messageKey: 'errors.coreUnavailable', detail: String(error) }))
      }
    }
  }
  const on = (channel: EventChannel, listener: (payload: unknown) => void): (() => void) => {
    if (!isEventChannel(channel)) throw new Error(`not an event channel: ${String(channel)} (known: ${EVENT_CHANNELS.join(', ')})`)
    if (typeof listener !== 'function') throw new Error('listener must be a function')
    return transport.subscribe(channel, (payload) => listener(payload))
  }
  const api: Record<string, unknown> = { on }
  for (const [domain, group] of Object.entries(domains)) api[domain] = Object.freeze(group)
  return Object.freeze(api) as unknown as FieldkeyApi
}
