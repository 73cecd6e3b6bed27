import type { ConnectionProfile, Vendor } from '@shared/domain/connection'
import type { SqlDatabase } from './driver'

export type ConnectionRecord = ConnectionProfile

interface Row extends Record<string, unknown> {
  id: string
  vendor: Vendor
  label: string
  region: string | null
  base_url: string
  default_project_id: string | null
  is_demo: number
  created_at: number
  last_used_at: number | null
}

const fromRow = (r: Row): ConnectionRecord => ({
  id: r.id,
  vendor: r.vendor,
  label: r.label,
  server: r.region === null ? { kind: 'custom', baseUrl: r.base_url } : { kind: 'region', region: r.region },
  baseUrl: r.base_url,
  defaultProjectId: r.default_project_id,
  isDemo: r.is_demo === 1,
  createdAt: r.created_at,
  lastUsedAt: r.last_used_at,
})

export class ConnectionsRepo {
  constructor(private readonly db: SqlDatabase) {}

  list(): ConnectionRecord[] {
    return this.db.all<Row>('SELECT * FROM connections ORDER BY is_demo, COALESCE(last_used_at, created_at) DESC').map(fromRow)
  }

  get(id: string): ConnectionRecord | undefined {
    const row = this.db.get<Row>('SELECT * FROM connections WHERE id = ?', id)
    return row && fromRow(row)
  }

  findDemo(vendor: Vendor): ConnectionRecord | undefined {
    const row = this.db.get<Row>('SELECT * FROM connections WHERE is_demo = 1 AND vendor = ? LIMIT 1', vendor)
    return row && fromRow(row)
  }

  insert(c: ConnectionRecord): void {
    this.db.run(
      `INSERT INTO connections (id, vendor, label, region, base_url, default_project_id, is_demo, created_at, last_used_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      c.id,
      c.vendor,
      c.label,
      c.server.kind === 'region' ? c.server.region : null,
      c.baseUrl,
      c.defaultProjectId,
      c.isDemo ? 1 : 0,
      c.createdAt,
      c.lastUsedAt,
    )
  }

  update(c: ConnectionRecord): void {
    this.db.run(
      `UPDATE connections SET label = ?, region = ?, base_url = ?, default_project_id = ?, last_used_at = ? WHERE id = ?`,
      c.label,
      c.server.kind === 'region' ? c.server.region : null,
      c.baseUrl,
      c.defaultProjectId,
      c.lastUsedAt,
      c.id,
    )
  }

  /** Cached data of the connection goes with it (tables reference connections ON DELETE CASCADE). */
  delete(id: string): boolean {
    return this.db.run('DELETE FROM connections WHERE id = ?', id).changes > 0
  }
}
