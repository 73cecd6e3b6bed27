import type { Page } from '@shared/page'
import type { ImportRun } from '@shared/people/bulk-delete'
import type { SqlDatabase } from '../driver'
import type { CacheScope } from './scope'

/** A staff member an import created that is still in the cache. */
export interface CreatedStaff {
  readonly id: string
  readonly name: string
}

/**
 * The staff files imported from this laptop and the staff each one created
 * (`import_runs`, `import_created_staff`), so one import can be undone exactly.
 */
export class ImportRunsRepo {
  constructor(private readonly db: SqlDatabase) {}

  begin(scope: CacheScope, runId: string, fileName: string, startedAt: number): void {
    this.db.run(
      'INSERT INTO import_runs (connection_id, project_id, run_id, file_name, started_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING',
      scope.connectionId,
      scope.projectId,
      runId,
      fileName,
      startedAt,
    )
  }

  recordCreated(scope: CacheScope, runId: string, staffId: string, line: number): void {
    this.db.run(
      'INSERT INTO import_created_staff (connection_id, project_id, run_id, staff_id, line) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING',
      scope.connectionId,
      scope.projectId,
      runId,
      staffId,
      line,
    )
  }

  exists(scope: CacheScope, runId: string): boolean {
    return (
      this.db.get('SELECT 1 AS one FROM import_runs WHERE connection_id = ? AND project_id = ? AND run_id = ?', scope.connectionId, scope.projectId, runId) !==
      undefined
    )
  }

  /** Newest first; runs that created nobody are left out (nothing to undo, nothing to show). */
  page(scope: CacheScope, offset: number, limit: number): Page<ImportRun> {
    const where = `r.connection_id = ? AND r.project_id = ? AND EXISTS (
      SELECT 1 FROM import_created_staff c WHERE c.connection_id = r.connection_id AND c.project_id = r.project_id AND c.run_id = r.run_id)`
    const total = this.db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM import_runs r WHERE ${where}`, scope.connectionId, scope.projectId)?.n ?? 0
    const items = this.db
      .all<{ run_id: string; file_name: string; started_at: number; created: number; remaining: number }>(
        `SELECT r.run_id, r.file_name, r.started_at,
           (SELECT COUNT(*) FROM import_created_staff c
             WHERE c.connection_id = r.connection_id AND c.project_id = r.project_id AND c.run_id = r.run_id) AS created,
           (SELECT COUNT(*) FROM import_created_staff c JOIN staff_accesses s
             ON s.connection_id = c.connection_id AND s.project_id = c.project_id AND s.id = c.staff_id
             WHERE c.connection_id = r.connection_id AND c.project_id = r.project_id AND c.run_id = r.run_id) AS remaining
         FROM import_runs r WHERE ${where}
         ORDER BY r.started_at DESC, r.run_id LIMIT ? OFFSET ?`,
        scope.connectionId,
        scope.projectId,
        limit,
        offset,
      )
      .map((r) => ({ runId: r.run_id, fileName: r.file_name, startedAt: r.started_at, created: r.created, remaining: r.remaining }))
    return { total, offset, items }
  }

  /** The staff the run created that the cache still holds, in file order. */
  remaining(scope: CacheScope, runId: string): CreatedStaff[] {
    return this.db.all<{ id: string; name: string }>(
      `SELECT s.id, s.name FROM import_created_staff c JOIN staff_accesses s
         ON s.connection_id = c.connection_id AND s.project_id = c.project_id AND s.id = c.staff_id
       WHERE c.connection_id = ? AND c.project_id = ? AND c.run_id = ? ORDER BY c.line`,
      scope.connectionId,
      scope.projectId,
      runId,
    )
  }
}
