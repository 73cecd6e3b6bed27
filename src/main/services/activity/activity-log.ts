import type { ActivityEntry, ActivityOperation, ActivityQuery, ActivityResult } from '@shared/domain/activity'
import type { OutboxOperation } from '@shared/domain/outbox'
import type { AppError } from '@shared/errors'
import { activityOperationOf } from '@shared/activity/operation-summary'
import type { Page } from '@shared/page'
import type { Logger } from '../../log/logger'
import { ActivityRepo } from '../../store/activity-repo'
import type { SqlDatabase } from '../../store/driver'

/** One change to record: what it was (an outbox operation, or already summarised) and what became of it. */
export interface ActivityChange {
  readonly connectionId: string
  readonly projectId: string
  readonly operation: OutboxOperation | ActivityOperation
  readonly result: ActivityResult
  readonly error?: AppError | null
  readonly outboxId?: number | null
  /** The target's name when the operation knows it only by id (from what the installer saw of it). */
  readonly targetName?: string | null
}

/** Where every change is recorded; the outbox holds one and hands it to the change paths. */
export interface ActivityRecorder {
  record(change: ActivityChange): void
}

export const NO_ACTIVITY: ActivityRecorder = { record: () => undefined }

export interface ActivityLogDeps {
  readonly db: SqlDatabase
  readonly now: () => number
  readonly logger: Logger
  readonly installer: () => string | null
  readonly installId: () => string | null
  readonly connectionLabel: (connectionId: string) => string | null
  readonly projectName: (connectionId: string, projectId: string) => string | null
  /** A row was added: the activity screen reads again. */
  readonly onChange: (entry: ActivityEntry) => void
}

/**
 * The installer activity log: one row per change and per result, kept in the local database.
 * Recording never fails a change: a write that fails is logged and the change goes on.
 */
export class ActivityLog implements ActivityRecorder {
  private readonly repo: ActivityRepo

  constructor(private readonly deps: ActivityLogDeps) {
    this.repo = new ActivityRepo(deps.db)
  }

  record(change: ActivityChange): void {
    try {
      const summary = 'params' in change.operation ? change.operation : activityOperationOf(change.operation)
      // A change known only by ids (a delete) is named from what the installer saw of its target.
      const named = summary.target === '' && change.targetName ? change.targetName : null
      const operation = named ? { ...summary, target: named, params: { name: named, ...summary.params } } : summary
      const error = change.error ?? null
      const entry = this.repo.append({
        at: this.deps.now(),
        installer: this.deps.installer(),
        installId: this.deps.installId(),
        connectionId: change.connectionId,
        connectionLabel: this.deps.connectionLabel(change.connectionId) ?? '',
        projectId: change.projectId,
        projectName: this.deps.projectName(change.connectionId, change.projectId) ?? '',
        operation,
        result: change.result,
        reason: error ? { code: error.code, messageKey: error.messageKey, ...(error.params ? { params: error.params } : {}) } : null,
        requestId: error?.vendor?.requestId ?? null,
        outboxId: change.outboxId ?? null,
      })
      this.deps.onChange(entry)
    } catch (error) {
      this.deps.logger.warn('activity log write failed', { result: change.result, error: String(error) })
    }
  }

  page(query: ActivityQuery): Page<ActivityEntry> {
    return this.repo.page(query)
  }
}

/** Targets named in one row of a change to several (the count is in the row's words). */
const NAMED_TARGETS = 5

/**
 * The name a target had when the installer saw it (the outbox base's snapshot), if it has one;
 * for several targets (a batch delete), the first few names.
 */
export function nameInSnapshot(snapshot: unknown): string | null {
  if (Array.isArray(snapshot)) {
    const names = snapshot.map(nameInSnapshot).filter((n): n is string => n !== null)
    return names.length > 0 ? names.slice(0, NAMED_TARGETS).join(', ') + (names.length > NAMED_TARGETS ? ', …' : '') : null
  }
  if (typeof snapshot !== 'object' || snapshot === null) return null
  const s = snapshot as Record<string, unknown>
  for (const field of ['name', 'accessGroupName', 'staffAccessName']) {
    const value = s[field]
    if (typeof value === 'string' && value.trim() !== '') return value
  }
  return null
}
