import type { EventChannel, InvokeChannel, Transport } from '@shared/ipc'
import { describe, expect, it } from 'vitest'
import { createApi } from '../../../src/preload/create-api'

function recordingTransport(answer: (channel: InvokeChannel, input: unknown) => Promise<unknown>) {
  const calls: Array<[InvokeChannel, unknown]> = []
  const listeners = new Map<EventChannel, (payload: unknown) => void>()
  const transport: Transport = {
    invoke: (channel, input) => {
      calls.push([channel, input])
      return answer(channel, input)
    },
    subscribe: (channel, listener) => {
      listeners.set(channel, listener)
      return () => listeners.delete(channel)
    },
  }
  return { transport, calls, listeners }
}

describe('createApi', () => {
  it('exposes one named function per contract channel', async () => {
    const { transport, calls } = recordingTransport(async () => ({ ok: true, value: 'pong' }))
    const api = createApi(transport)
    await expect(api.app.ping({ message: 'x' })).resolves.toEqual({ ok: true, value: 'pong' })
    await api.network.status()
    expect(calls).toEqual([
      ['app:ping', { message: 'x' }],
      ['network:status', undefined],
    ])
  })

  it('is frozen: a page script cannot add or replace functions', () => {
    const api = createApi(recordingTransport(async () => null).transport)
    expect(Object.isFrozen(api)).toBe(true)
    expect(Object.isFrozen(api.app)).toBe(true)
    expect(() => {
      ;(api.app as unknown as Record<string, unknown>).ping = () => 0
    }).toThrow()
    expect((api as unknown as Record<string, unknown>).invoke).toBeUndefined()
  })

  it('subscribes to event channels only and hands the listener the payload alone', () => {
    const { transport, listeners } = recordingTransport(async () => null)
    const api = createApi(transport)
    const seen: unknown[] = []
    const off = api.on('network:changed', (payload) => seen.push(payload))
    listeners.get('network:changed')?.({ online: false, since: 1 })
    expect(seen).toEqual([{ online: false, since: 1 }])
    off()
    expect(listeners.size).toBe(0)
    expect(() => api.on('app:ping' as never, () => undefined)).toThrow(/not an event channel/)
  })

  it('turns a transport failure into an unavailable result instead of a rejection', async () => {
    const api = createApi(recordingTransport(() => Promise.reject(new Error('ipc gone'))).transport)
    await expect(api.app.info()).resolves.toMatchObject({ ok: false, error: { code: 'unavailable', messageKey: 'errors.coreUnavailable' } })
  })
})
