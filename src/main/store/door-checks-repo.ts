import { DOOR_CHECK_METHODS, type DoorCheck, type DoorCheckMethod } from '@shared/domain/checklist'
import type { CacheScope } from './cache/scope'
import type { SqlDatabase } from './driver'

interface Row extends Record<string, unknown> {
  door_key: string
  result: string
  method: string
  note: string
  tested_at: number
}

const isMethod = (value: string): value is DoorCheckMethod => (DOOR_CHECK_METHODS as readonly string[]).includes(value)

function check(row: Row): DoorCheck {
  return {
    result: row.result === 'fault' ? 'fault' : 'passed',
    method: isMethod(row.method) ? row.method : 'other',
    note: row.note,
    testedAt: row.tested_at,
  }
}

/** `door_checks`: the installer's test of each door, local to this computer, never sent to a cloud. */
export class DoorChecksRepo {
  constructor(private readonly db: SqlDatabase) {}

  /** Every door's test in the project, by door key (one row per door of the site at most). */
  all(scope: CacheScope): Map<string, DoorCheck> {
    const rows = this.db.all<Row>(
      'SELECT door_key, result, method, note, tested_at FROM door_checks WHERE connection_id = ? AND project_id = ?',
      scope.connectionId,
      scope.projectId,
    )
    return new Map(rows.map((r) => [r.door_key, check(r)]))
  }

  get(scope: CacheScope, doorKey: string): DoorCheck | null {
    const row = this.db.get<Row>(
      'SELECT door_key, result, method, note, tested_at FROM door_checks WHERE connection_id = ? AND project_id = ? AND door_key = ?',
      scope.connectionId,
      scope.projectId,
      doorKey,
    )
    return row ? check(row) : null
  }

  /** Keeps the latest test of the door, replacing the one before. */
  save(scope: CacheScope, doorKey: string, value: DoorCheck): void {
    this.db.run(
      `INSERT INTO door_checks (connection_id, project_id, door_key, result, method, note, tested_at) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (connection_id, project_id, door_key) DO UPDATE SET
         result = excluded.result, method = excluded.method, note = excluded.note, tested_at = excluded.tested_at`,
      scope.connectionId,
      scope.projectId,
      doorKey,
      value.result,
      value.method,
      value.note,
      value.testedAt,
    )
  }

  clear(scope: CacheScope, doorKey: string): void {
    this.db.run('DELETE FROM door_checks WHERE connection_id = ? AND project_id = ? AND door_key = ?', scope.connectionId, scope.projectId, doorKey)
  }
}
