import { AppErrorException, appError } from '@shared/errors'
import { type SiteZone, type SiteZoneView, type ZoneSuggestion, regionSuggestion } from '@shared/domain/site-zone'
import type { CacheScope } from '../../store/cache/scope'
import type { ConnectionsRepo } from '../../store/connections-repo'
import type { SiteZonesRepo } from '../../store/site-zones-repo'

export interface SiteZoneServiceDeps {
  readonly zones: SiteZonesRepo
  readonly connections: ConnectionsRepo
  /** The time zone this computer is set to (injected, so tests can put the laptop anywhere). */
  readonly laptopZone: () => string
  readonly now: () => number
}

/** The zone the runtime uses when none is named: this computer's own. */
export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
}

/**
 * The site time zone of each project: what schedules are entered and shown in. Read with the two
 * zones worth proposing until the installer has set one.
 */
export class SiteZoneService {
  constructor(private readonly deps: SiteZoneServiceDeps) {}

  view(scope: CacheScope): SiteZoneView {
    const suggestions: ZoneSuggestion[] = []
    const connection = this.deps.connections.get(scope.connectionId)
    const region = connection
      ? regionSuggestion(connection.vendor, connection.server.kind === 'region' ? connection.server.region : null, connection.baseUrl)
      : null
    if (region) suggestions.push(region)
    const laptop = this.deps.laptopZone()
    if (laptop !== region?.zone) suggestions.push({ source: 'laptop', zone: laptop })
    return { siteZone: this.deps.zones.get(scope), suggestions }
  }

  /** `zone` has passed the contract's check (a zone this runtime knows, in its canonical spelling). */
  set(scope: CacheScope, zone: string): SiteZone {
    this.deps.zones.set(scope, zone, this.deps.now())
    return this.current(scope)
  }

  settleClockChange(scope: CacheScope, changeAt: number): SiteZone {
    this.current(scope)
    this.deps.zones.settleClockChange(scope, changeAt)
    return this.current(scope)
  }

  private current(scope: CacheScope): SiteZone {
    const zone = this.deps.zones.get(scope)
    if (!zone) throw new AppErrorException(appError('not_found', { messageKey: 'errors.siteZoneNotSet' }))
    return zone
  }
}
