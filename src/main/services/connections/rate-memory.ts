import type { RateMemory } from '../../clouds/adaptive-limiter'
import { rateScopeOf } from '../../clouds/rate-key'
import type { RequestRatesRepo } from '../../store/request-rates-repo'

/** The limiter's memory in the store: learned rates per connection and project, ceilings per connection. */
export function storedRateMemory(repo: RequestRatesRepo, now: () => number): RateMemory {
  return {
    recall: (key) => repo.recall(rateScopeOf(key)),
    remember: (key, perSecond) => repo.remember(rateScopeOf(key), perSecond, now()),
    ceiling: (connectionId) => repo.ceiling(connectionId),
  }
}
