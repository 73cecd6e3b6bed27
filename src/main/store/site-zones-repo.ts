import type { SiteZone } from '@shared/domain/site-zone'
import type { CacheScope } from './cache/scope'
import type { SqlDatabase } from './driver'

interface Row extends Record<string, unknown> {
  zone: string
  set_at: number
  clock_change_settled_at: number | null
}

/** `site_zones`: the time zone each project's building is in, as the installer set it. */
export class SiteZonesRepo {
  constructor(private readonly db: SqlDatabase) {}

  get(scope: CacheScope): SiteZone | null {
    const row = this.db.get<Row>(
      'SELECT zone, set_at, clock_change_settled_at FROM site_zones WHERE connection_id = ? AND project_id = ?',
      scope.connectionId,
      scope.projectId,
    )
    return row ? { zone: row.zone, setAt: row.set_at, clockChangeSettledAt: row.clock_change_settled_at } : null
  }

  /** Sets the zone; another zone than before forgets which clock change was settled (it was another zone's). */
  set(scope: CacheScope, zone: string, at: number): void {
    this.db.run(
      `INSERT INTO site_zones (connection_id, project_id, zone, set_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (connection_id, project_id) DO UPDATE SET
         clock_change_settled_at = CASE WHEN site_zones.zone = excluded.zone THEN site_zones.clock_change_settled_at END,
         zone = excluded.zone, set_at = excluded.set_at`,
      scope.connectionId,
      scope.projectId,
      zone,
      at,
    )
  }

  /** Records the clock change dealt with; false when the project has no zone. */
  settleClockChange(scope: CacheScope, at: number): boolean {
    const changed = this.db.run(
      'UPDATE site_zones SET clock_change_settled_at = max(coalesce(clock_change_settled_at, 0), ?) WHERE connection_id = ? AND project_id = ?',
      at,
      scope.connectionId,
      scope.projectId,
    )
    return changed.changes > 0
  }
}
