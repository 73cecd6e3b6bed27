import type { Logger } from '../log/logger'
import { AdaptiveRateLimiter, type RateMemory } from './adaptive-limiter'
import { type FetchLike, HttpTransport } from './http'

export interface CloudTransport {
  readonly transport: HttpTransport
  readonly limiter: AdaptiveRateLimiter
}

/**
 * The transport every cloud call of the app goes through, paced by the adaptive limiter. The
 * benchmarks build theirs here too, so they measure the app's own limits.
 */
export function createCloudTransport(options: {
  readonly fetch: FetchLike
  readonly logger: Logger
  readonly memory?: RateMemory
  readonly now?: () => number
}): CloudTransport {
  const limiter = new AdaptiveRateLimiter({ memory: options.memory, now: options.now })
  return { transport: new HttpTransport({ fetch: options.fetch, logger: options.logger, rateLimiter: limiter, now: options.now }), limiter }
}
