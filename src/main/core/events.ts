import type { EventChannel, PayloadOf } from '@shared/ipc'

export type EventListener = (channel: EventChannel, payload: unknown) => void

/**
 * Main → renderer events. Services emit typed payloads; each transport (Electron window,
 * headless WebSocket clients) subscribes once and forwards.
 */
export class EventHub {
  private readonly listeners = new Set<EventListener>()

  emit<E extends EventChannel>(channel: E, payload: PayloadOf<E>): void {
    for (const listener of this.listeners) listener(channel, payload)
  }

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }
}
