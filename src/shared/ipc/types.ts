import type { z } from 'zod'
import type { AppError } from '../errors'
import type { Result } from '../result'
import { type eventChannels, invokeChannels } from './contract'

type InvokeMap = typeof invokeChannels
type EventMap = typeof eventChannels

export type InvokeChannel = keyof InvokeMap
export type EventChannel = keyof EventMap

/** What the caller passes (before zod defaults/transforms). */
export type InputOf<C extends InvokeChannel> = z.input<InvokeMap[C]['input']>
/** What the handler receives (after validation). */
export type ParsedInputOf<C extends InvokeChannel> = z.output<InvokeMap[C]['input']>
export type OutputOf<C extends InvokeChannel> = NonNullable<InvokeMap[C]['output']>
export type PayloadOf<E extends EventChannel> = NonNullable<EventMap[E]['payload']>
export type ResultOf<C extends InvokeChannel> = Result<OutputOf<C>, AppError>

export const INVOKE_CHANNELS = Object.keys(invokeChannels) as readonly InvokeChannel[]

export function isInvokeChannel(value: unknown): value is InvokeChannel {
  return typeof value === 'string' && Object.hasOwn(invokeChannels, value)
}

type DomainOf<C extends string> = C extends `${infer D}:${string}` ? D : never
type VerbOf<C extends string, D extends string> = C extends `${D}:${infer V}` ? V : never
type Args<C extends InvokeChannel> = undefined extends InputOf<C> ? [input?: InputOf<C>] : [input: InputOf<C>]

/** The renderer's view: `api.app.ping({message})`, one named function per channel. */
export type InvokeApi = {
  readonly [D in DomainOf<InvokeChannel>]: {
    readonly [C in InvokeChannel as VerbOf<C, D>]: (...args: Args<C>) => Promise<ResultOf<C>>
  }
}

export interface FieldkeyApi extends InvokeApi {
  /** Listen to a main → renderer event; returns the unsubscribe function. */
  readonly on: <E extends EventChannel>(channel: E, listener: (payload: PayloadOf<E>) => void) => () => void
}

/** What carries calls between the renderer and main: Electron IPC or the headless WebSocket. */
export interface Transport {
  invoke(channel: InvokeChannel, input: unknown): Promise<unknown>
  subscribe(channel: EventChannel, listener: (payload: unknown) => void): () => void
}
