import { appError } from '@shared/errors'
import { EVENT_CHANNEL_NAMES, INVOKE_CHANNEL_NAMES } from '@shared/ipc/channel-names'
import type { EventChannel, FieldkeyApi, InvokeChannel, Transport } from '@shared/ipc/types'
import { err } from '@shared/result'

const invokes: ReadonlySet<string> = new Set(INVOKE_CHANNEL_NAMES)
const events: ReadonlySet<string> = new Set(EVENT_CHANNEL_NAMES)
const isInvokeChannel = (value: unknown): value is InvokeChannel => typeof value === 'string' && invokes.has(value)
const isEventChannel = (value: unknown): value is EventChannel => typeof value === 'string' && events.has(value)

/**
 * Builds the frozen `window.fieldkey` from the contract: one named function per invoke channel
 * (`api.app.ping({…})`) and `on(event, listener)` for event channels only, passing the payload
 * alone and returning the unsubscribe. Anything outside the contract is refused here too.
 */
export function createApi(transport: Transport): FieldkeyApi {
  const domains: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {}
  for (const channel of INVOKE_CHANNEL_NAMES) {
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
    if (!isEventChannel(channel)) throw new Error(`not an event channel: ${String(channel)} (known: ${EVENT_CHANNEL_NAMES.join(', ')})`)
    if (typeof listener !== 'function') throw new Error('listener must be a function')
    return transport.subscribe(channel, (payload) => listener(payload))
  }
  const api: Record<string, unknown> = { on }
  for (const [domain, group] of Object.entries(domains)) api[domain] = Object.freeze(group)
  return Object.freeze(api) as unknown as FieldkeyApi
}
