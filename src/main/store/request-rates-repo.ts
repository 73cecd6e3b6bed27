import type { SqlDatabase } from './driver'

/** Where a rate was learned: a project of a connection, or the connection outside any project (null). */
export interface RateRow {
  readonly connectionId: string
  readonly projectId: string | null
}

/**
 * The request rates learned per connection and project, and the installer's ceiling per
 * connection (migration 13). Rows go with their connection; a connection not saved (yet) keeps
 * nothing.
 */
export class RequestRatesRepo {
  constructor(private readonly db: SqlDatabase) {}

  /** The rate learned for the project; else the connection's latest; null when none. */
  recall(where: RateRow): number | null {
    const exact = this.db.get<{ per_second: number }>(
      'SELECT per_second FROM request_rates WHERE connection_id = ? AND project_id = ?',
      where.connectionId,
      where.projectId ?? '',
    )
    return exact?.per_second ?? this.latest(where.connectionId)?.perSecond ?? null
  }

  /** The rate most recently learned on the connection, in any project. */
  latest(connectionId: string): { readonly perSecond: number; readonly at: number } | null {
    const row = this.db.get<{ per_second: number; updated_at: number }>(
      'SELECT per_second, updated_at FROM request_rates WHERE connection_id = ? ORDER BY updated_at DESC LIMIT 1',
      connectionId,
    )
    return row ? { perSecond: row.per_second, at: row.updated_at } : null
  }

  remember(where: RateRow, perSecond: number, at: number): void {
    this.db.run(
      `INSERT INTO request_rates (connection_id, project_id, per_second, updated_at)
       SELECT ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM connections WHERE id = ?)
       ON CONFLICT (connection_id, project_id) DO UPDATE SET per_second = excluded.per_second, updated_at = excluded.updated_at`,
      where.connectionId,
      where.projectId ?? '',
      perSecond,
      at,
      where.connectionId,
    )
  }

  ceiling(connectionId: string): number | null {
    return (
      this.db.get<{ max_per_second: number }>('SELECT max_per_second FROM request_rate_ceilings WHERE connection_id = ?', connectionId)?.max_per_second ?? null
    )
  }

  setCeiling(connectionId: string, maxPerSecond: number | null): void {
    if (maxPerSecond === null) {
      this.db.run('DELETE FROM request_rate_ceilings WHERE connection_id = ?', connectionId)
      return
    }
    this.db.run(
      `INSERT INTO request_rate_ceilings (connection_id, max_per_second) VALUES (?, ?)
       ON CONFLICT (connection_id) DO UPDATE SET max_per_second = excluded.max_per_second`,
      connectionId,
      maxPerSecond,
    )
  }
}
