import { AppErrorException, type AppError, appError } from '@shared/errors'
import { type InvokeChannel, type OutputOf, type ParsedInputOf, invokeChannels, isInvokeChannel } from '@shared/ipc'
import { type Result, err, ok } from '@shared/result'
import type { z } from 'zod'
import type { Logger } from '../log/logger'
import { inputIssues } from './zod-issues'

/** Who is calling: the Electron window or a headless-host WebSocket client. */
export interface CallContext {
  readonly origin: 'electron' | 'headless'
}

/**
 * One handler per contract channel. Registered as one object typed over the contract, so a
 * missing or mistyped handler is a compile error. Handlers return the value or throw an
 * `AppErrorException`; the router turns both into a `Result`.
 */
export type Handlers = {
  readonly [C in InvokeChannel]: (input: ParsedInputOf<C>, context: CallContext) => Promise<OutputOf<C>> | OutputOf<C>
}

export interface Router {
  /** Never throws and never rejects: every outcome is a serialisable `Result`. */
  dispatch(channel: unknown, input: unknown, context: CallContext): Promise<Result<unknown, AppError>>
}

/** Answers an error for a well-formed input the handlers must not see (e.g. an unknown connection). */
export type InputGuard = (channel: InvokeChannel, input: unknown) => AppError | null

export function createRouter(handlers: Handlers, logger: Logger, guard: InputGuard = () => null): Router {
  return {
    async dispatch(channel, input, context) {
      if (!isInvokeChannel(channel)) {
        logger.warn('refused unknown channel', { channel: String(channel).slice(0, 80) })
        return err(appError('invalid_input', { messageKey: 'errors.unknownChannel', detail: `unknown channel ${String(channel).slice(0, 80)}` }))
      }
      const schema: z.ZodType = invokeChannels[channel].input
      const parsed = schema.safeParse(input, { reportInput: true })
      if (!parsed.success) return err(invalidInput(channel, parsed.error))
      const refused = guard(channel, parsed.data)
      if (refused) return err(refused)
      try {
        const handler = handlers[channel] as (input: unknown, context: CallContext) => unknown
        return ok(await handler(parsed.data, context))
      } catch (error) {
        if (error instanceof AppErrorException) return err(error.error)
        logger.error('handler failed', { channel, error: error instanceof Error ? (error.stack ?? error.message) : String(error) })
        return err(appError('internal', { detail: error instanceof Error ? error.message : String(error) }))
      }
    },
  }
}

/**
 * `invalid_input` with each offending field and the rule it broke, as data the UI words in the
 * installer's language; `field` names the first, for a form that only points at one.
 */
function invalidInput(channel: InvokeChannel, error: z.ZodError): AppError {
  const issues = inputIssues(error)
  const first = issues[0]
  const field = first && first.path.length > 0 ? first.path.join('.') : 'input'
  return appError('invalid_input', {
    messageKey: 'errors.invalidInput',
    params: { field },
    issues,
    detail: `${channel}: ${issues.map((i) => `${i.path.join('.') || 'input'} ${i.kind}${i.limit === undefined ? '' : ` ${i.limit}`}`).join(', ')}`,
  })
}
