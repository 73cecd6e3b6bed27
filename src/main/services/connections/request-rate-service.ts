import type { RequestRate } from '@shared/domain/connection'
import { AppErrorException, appError } from '@shared/errors'
import type { AdaptiveRateLimiter } from '../../clouds/adaptive-limiter'
import type { ConnectionsRepo } from '../../store/connections-repo'
import type { RequestRatesRepo } from '../../store/request-rates-repo'

export interface RequestRateDeps {
  readonly rates: RequestRatesRepo
  readonly connections: ConnectionsRepo
  readonly limiter: AdaptiveRateLimiter
}

/** The installer's ceiling on a connection's requests per second, and the rate Fieldkey uses. */
export class RequestRateService {
  constructor(private readonly deps: RequestRateDeps) {}

  read(connectionId: string): RequestRate {
    this.known(connectionId)
    const { rates, limiter } = this.deps
    return {
      maxPerSecond: rates.ceiling(connectionId),
      currentPerSecond: limiter.currentFor(connectionId) ?? rates.latest(connectionId)?.perSecond ?? null,
    }
  }

  setMax(connectionId: string, maxPerSecond: number | null): RequestRate {
    this.known(connectionId)
    this.deps.rates.setCeiling(connectionId, maxPerSecond)
    this.deps.limiter.ceilingChanged(connectionId)
    return this.read(connectionId)
  }

  private known(connectionId: string): void {
    if (!this.deps.connections.get(connectionId)) {
      throw new AppErrorException(appError('not_found', { messageKey: 'errors.connections.notFound', params: { field: 'id' } }))
    }
  }
}
