import { type AppError, isAppError } from '@shared/errors'
import type { SqlDatabase } from '../driver'
import type { CacheScope } from './scope'

export interface HealthPollRecord {
  readonly lastAttemptAt: number
  readonly lastSuccessAt: number | null
  readonly consecutiveFailures: number
  readonly lastError: AppError | null
}

interface Row extends Record<string, unknown> {
  last_attempt_at: number
  last_success_at: number | null
  consecutive_failures: number
  last_error: string | null
}

/** The outcome of the last status polls of each project (kept across restarts for "stale"). */
export class HealthPollsRepo {
  constructor(private readonly db: SqlDatabase) {}

  get(scope: CacheScope): HealthPollRecord | null {
    const r = this.db.get<Row>('SELECT * FROM health_polls WHERE connection_id = ? AND project_id = ?', scope.connectionId, scope.projectId)
    if (!r) return null
    const error: unknown = r.last_error === null ? null : JSON.parse(r.last_error)
    return {
      lastAttemptAt: r.last_attempt_at,
      lastSuccessAt: r.last_success_at,
      consecutiveFailures: r.consecutive_failures,
      lastError: isAppError(error) ? error : null,
    }
  }

  put(scope: CacheScope, record: HealthPollRecord): void {
    this.db.run(
      `INSERT INTO health_polls (connection_id, project_id, last_attempt_at, last_success_at, consecutive_failures, last_error) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (connection_id, project_id) DO UPDATE SET last_attempt_at = excluded.last_attempt_at, last_success_at = excluded.last_success_at,
         consecutive_failures = excluded.consecutive_failures, last_error = excluded.last_error`,
      scope.connectionId,
      scope.projectId,
      record.lastAttemptAt,
      record.lastSuccessAt,
      record.consecutiveFailures,
      record.lastError === null ? null : JSON.stringify(record.lastError),
    )
  }
}
