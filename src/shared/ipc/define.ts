import type { z } from 'zod'

/**
 * One invoke channel: the zod schema main validates the input with, and (as a phantom type) the
 * value a successful call returns. The result always travels as `Result<Output, AppError>`.
 */
export interface InvokeSpec<Input extends z.ZodType, Output> {
  readonly kind: 'invoke'
  readonly input: Input
  /** Phantom: never set at run time, carries the output type. */
  readonly output?: Output
}

/** One event channel (main → renderer) and, as a phantom type, its payload. */
export interface EventSpec<Payload> {
  readonly kind: 'event'
  readonly payload?: Payload
}

/** `invoke<Output>()(inputSchema)`: curried so the output type can be named explicitly. */
export function invoke<Output>() {
  return <Input extends z.ZodType>(input: Input): InvokeSpec<Input, Output> => ({ kind: 'invoke', input })
}

export function event<Payload>(): EventSpec<Payload> {
  return { kind: 'event' }
}
