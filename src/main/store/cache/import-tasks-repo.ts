import type { AkuvoxImportResult, AkuvoxImportType } from '@shared/domain/akuvox'
import type { SqlDatabase } from '../driver'
import type { CacheScope } from './scope'

export interface KnownImportTask {
  readonly taskId: string
  readonly importType: AkuvoxImportType
  readonly createdAt: number
  readonly finished: boolean
  readonly result: AkuvoxImportResult | null
}

interface Row extends Record<string, unknown> {
  id: string
  import_type: AkuvoxImportType
  created_at: number
  finished: number
  json: string | null
}

const FINISHED = new Set(['success', 'partial_failure', 'failure'])

/**
 * Akuvox import tasks. The cloud cannot list them, so the import feature records each task it
 * starts (`remember`) and sync refreshes the unfinished ones.
 */
export class ImportTasksRepo {
  constructor(private readonly db: SqlDatabase) {}

  remember(scope: CacheScope, taskId: string, importType: AkuvoxImportType, at: number): void {
    this.db.run(
      `INSERT INTO import_tasks (connection_id, project_id, id, import_type, status, finished, created_at, updated_at) VALUES (?, ?, ?, ?, 'not_resolved', 0, ?, ?)
       ON CONFLICT (connection_id, project_id, id) DO NOTHING`,
      scope.connectionId,
      scope.projectId,
      taskId,
      importType,
      at,
      at,
    )
  }

  /** Writes only when the task's state moved. Returns whether it did. */
  update(scope: CacheScope, result: AkuvoxImportResult, at: number): boolean {
    const json = JSON.stringify(result)
    const changed = this.db.run(
      'UPDATE import_tasks SET status = ?, finished = ?, updated_at = ?, json = ? WHERE connection_id = ? AND project_id = ? AND id = ? AND json IS NOT ?',
      result.importStatus,
      FINISHED.has(result.importStatus) ? 1 : 0,
      at,
      json,
      scope.connectionId,
      scope.projectId,
      result.taskId,
      json,
    )
    return changed.changes > 0
  }

  list(scope: CacheScope, options: { readonly unfinishedOnly?: boolean } = {}): KnownImportTask[] {
    return this.db
      .all<Row>(
        'SELECT * FROM import_tasks WHERE connection_id = ? AND project_id = ? AND (? = 0 OR finished = 0) ORDER BY created_at DESC',
        scope.connectionId,
        scope.projectId,
        options.unfinishedOnly ? 1 : 0,
      )
      .map((r) => ({
        taskId: r.id,
        importType: r.import_type,
        createdAt: r.created_at,
        finished: r.finished === 1,
        result: r.json === null ? null : (JSON.parse(r.json) as AkuvoxImportResult),
      }))
  }
}
