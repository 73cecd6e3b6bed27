import { z } from 'zod'
import type { AkuvoxPage } from '@shared/domain/akuvox'
import { AppErrorException, appError } from '@shared/errors'
import type { Logger } from '../../log/logger'
import { type RetryPolicy, backoffDelay, sleep } from '../backoff'
import { takeTurn } from '../turns'
import type { HttpResponse, HttpTransport } from '../http'
import type { AkuvoxCommand } from './commands'
import { COMMANDS_PATH, commandBody, newCommandId, readCommandAnswer } from './envelope'
import { AkuvoxCallError, invalidResponse } from './errors'
import { pageOf } from './schemas'
import type { AkuvoxTokenManager } from './token'
import { rateKey } from '../rate-key'

export interface CallOptions {
  readonly signal?: AbortSignal
}

export interface CommandRequest<S extends z.ZodType> {
  readonly command: AkuvoxCommand
  readonly param: Readonly<Record<string, unknown>>
  readonly result: S
  /** Reads are retried by the transport; writes never are (see `createOnce`). */
  readonly write: boolean
}

/** A list command: its answer is a page of `item`. */
export interface PageRequest<I extends z.ZodType> extends Omit<CommandRequest<z.ZodType>, 'result'> {
  readonly item: I
}

/**
 * Items of a list answer checked at once before the event loop runs again. A whole device list
 * (10,000 devices on a large site) checked in one go held the thread that answers the window
 * for most of a second; a slice takes a few milliseconds.
 */
const ITEMS_PER_SLICE = 100

const anyPage = pageOf(z.unknown())

type Check<T> = (result: unknown, context: { command: string; commandId: string }) => T | Promise<T>

export interface CommandRunnerOptions {
  readonly baseUrl: string
  readonly transport: HttpTransport
  readonly tokens: AkuvoxTokenManager
  readonly logger: Logger
  readonly now: () => number
  /** The connection the calls are paced as; each project of it has its own pace. */
  readonly rateScope: string
}

/** A 429 means "not applied", so even a write may wait and go again — a bounded number of times. */
const THROTTLE_RETRIES = 2
const THROTTLE_BACKOFF: RetryPolicy = { maxAttempts: THROTTLE_RETRIES + 1, baseDelayMs: 500, maxDelayMs: 8_000 }
const MAX_RETRY_AFTER_MS = 60_000

/** Sends one manager command: token, envelope, auth retry, answer decoding and validation. */
export class CommandRunner {
  private readonly url: string

  constructor(private readonly options: CommandRunnerOptions) {
    this.url = `${options.baseUrl}${COMMANDS_PATH}`
  }

  run<S extends z.ZodType>(request: CommandRequest<S>, options: CallOptions = {}): Promise<z.output<S>> {
    return this.exchange(request, options, (result, context) => this.validate(request.result, result, context))
  }

  /** A list command whose answer is checked `ITEMS_PER_SLICE` items at a time, the event loop running between slices. */
  runPage<I extends z.ZodType>(request: PageRequest<I>, options: CallOptions = {}): Promise<AkuvoxPage<z.output<I>>> {
    return this.exchange(request, options, async (result, context) => {
      const page = this.validate(anyPage, result, context)
      const items: z.output<I>[] = []
      const slice = z.array(request.item)
      for (let start = 0; start < page.items.length; start += ITEMS_PER_SLICE) {
        // A turn before each slice, the first too: reading a whole device list's JSON fills a turn of its own.
        await takeTurn()
        items.push(...this.validate(slice, page.items.slice(start, start + ITEMS_PER_SLICE), context, start))
      }
      return { items, total: page.total }
    })
  }

  private async exchange<T>(request: Omit<CommandRequest<z.ZodType>, 'result'>, options: CallOptions, check: Check<T>): Promise<T> {
    const { tokens, logger, now } = this.options
    let token = await tokens.accessToken(options.signal)
    let authRetried = false
    for (let throttled = 0; ;) {
      const commandId = newCommandId()
      const context = { command: request.command, commandId }
      const response = await this.send(request, token, commandId, options.signal)
      await takeTurn()
      const answer = readCommandAnswer(response, context, now())
      switch (answer.kind) {
        case 'ok':
          return await check(answer.result, context)
        case 'auth':
          if (authRetried) throw answer.error
          authRetried = true
          logger.info('akuvox token refused, renewing', { command: request.command, commandId })
          token = await tokens.renew(token, options.signal)
          continue
        case 'throttled': {
          // Reads were already retried by the transport, honouring Retry-After.
          if (!request.write || throttled >= THROTTLE_RETRIES) throw answer.error
          const delay = Math.min(MAX_RETRY_AFTER_MS, answer.retryAfterMs ?? backoffDelay(throttled, THROTTLE_BACKOFF, Math.random))
          throttled++
          logger.warn('akuvox write throttled, waiting', { command: request.command, commandId, delayMs: delay })
          await sleep(delay, options.signal).catch(() => {
            throw new AkuvoxCallError(appError('cancelled', { detail: `${request.command} cancelled while throttled` }), 'rejected')
          })
          continue
        }
        case 'failed':
          logger.warn('akuvox command failed', {
            command: request.command,
            commandId,
            code: answer.error.error.code,
            vendorCode: answer.error.error.vendor?.code,
            outcome: answer.error.outcome,
          })
          throw answer.error
      }
    }
  }

  private async send(request: Omit<CommandRequest<z.ZodType>, 'result'>, token: string, commandId: string, signal?: AbortSignal): Promise<HttpResponse> {
    try {
      return await this.options.transport.send({
        method: 'POST',
        url: this.url,
        headers: { 'content-type': 'application/json', accept: 'application/json', authorization: `Bearer ${token}` },
        body: commandBody(request.command, commandId, request.param),
        idempotent: !request.write,
        signal,
        rateKey: rateKey(this.options.rateScope, typeof request.param.project_id === 'string' ? request.param.project_id : null),
        correlationId: commandId,
        label: request.command,
      })
    } catch (error) {
      // Network failure, timeout or cancellation: the server may or may not have acted.
      if (error instanceof AppErrorException) throw new AkuvoxCallError(error.error, 'unknown')
      throw error
    }
  }

  /** `offset`: where a slice of a list's items begins, so an issue names the item's place in the whole list. */
  private validate<S extends z.ZodType>(schema: S, result: unknown, context: { command: string; commandId: string }, offset = 0): z.output<S> {
    const parsed = schema.safeParse(result)
    if (parsed.success) return parsed.data
    // Paths only: values may be personal data.
    const where = parsed.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.map((p, n) => (n === 0 && typeof p === 'number' ? p + offset : String(p))).join('.') || '(result)'}: ${i.code}`)
    this.options.logger.warn('akuvox answer did not match the documented shape', { ...context, issues: where })
    throw new AkuvoxCallError(invalidResponse(context, `unexpected result: ${where.join('; ')}`), 'rejected')
  }
}
