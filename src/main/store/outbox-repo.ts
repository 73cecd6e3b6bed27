import type { OutboxBase, OutboxConflict, OutboxEntry, OutboxOperation, OutboxState } from '@shared/domain/outbox'
import { type AppError, isAppError } from '@shared/errors'
import type { SqlDatabase } from './driver'

interface Row extends Record<string, unknown> {
  id: number
  connection_id: string
  project_id: string
  operation: string
  payload: string
  target_ids: string
  base_version: string | null
  base_snapshot: string | null
  created_at: number
  state: OutboxState
  attempts: number
  last_attempt_at: number | null
  last_error: string | null
  conflict: string | null
  intent_key: string
}

/** An entry as it is queued; the repository gives it its id and a pending state. */
export type NewOutboxEntry = Pick<OutboxEntry, 'connectionId' | 'projectId' | 'operation' | 'targetIds' | 'base' | 'createdAt' | 'intentKey'>

export interface OutboxResult {
  readonly outboxId: number
  readonly connectionId: string
  readonly projectId: string
  readonly operation: OutboxOperation['kind']
  readonly at: number
  readonly outcome: 'applied' | 'failed' | 'conflict' | 'skipped'
  readonly detail: unknown
}

function fromRow(r: Row): OutboxEntry {
  const error: unknown = r.last_error === null ? null : JSON.parse(r.last_error)
  return {
    id: r.id,
    connectionId: r.connection_id,
    projectId: r.project_id,
    operation: JSON.parse(r.payload) as OutboxOperation,
    targetIds: JSON.parse(r.target_ids) as string[],
    base: r.base_version === null ? null : { version: r.base_version, snapshot: r.base_snapshot === null ? null : (JSON.parse(r.base_snapshot) as unknown) },
    createdAt: r.created_at,
    state: r.state,
    attempts: r.attempts,
    lastAttemptAt: r.last_attempt_at,
    lastError: isAppError(error) ? error : null,
    conflict: r.conflict === null ? null : (JSON.parse(r.conflict) as OutboxConflict),
    intentKey: r.intent_key,
  }
}

/** The outbox table and the log of replay results. Entries are kept in the order they were made. */
export class OutboxRepo {
  constructor(private readonly db: SqlDatabase) {}

  insert(e: NewOutboxEntry): OutboxEntry {
    const { lastInsertRowid } = this.db.run(
      `INSERT INTO outbox (connection_id, project_id, operation, payload, target_ids, base_version, base_snapshot, created_at, state, intent_key)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?)`,
      e.connectionId,
      e.projectId,
      e.operation.kind,
      JSON.stringify(e.operation),
      JSON.stringify(e.targetIds),
      e.base?.version ?? null,
      e.base === null ? null : JSON.stringify(e.base.snapshot),
      e.createdAt,
      e.intentKey,
    )
    const entry = this.get(lastInsertRowid)
    if (!entry) throw new Error('outbox entry vanished after insert')
    return entry
  }

  get(id: number): OutboxEntry | null {
    const row = this.db.get<Row>('SELECT * FROM outbox WHERE id = ?', id)
    return row ? fromRow(row) : null
  }

  byIntent(intentKey: string): OutboxEntry | null {
    const row = this.db.get<Row>('SELECT * FROM outbox WHERE intent_key = ?', intentKey)
    return row ? fromRow(row) : null
  }

  /**
   * The intent's entry now carries this change instead: it waits again as a new change (state,
   * error and conflict cleared) but keeps its place in the order and its base, what the installer
   * saw before the intent's first change.
   */
  replace(id: number, operation: OutboxOperation, targetIds: readonly string[]): OutboxEntry | null {
    this.db.run(
      "UPDATE outbox SET operation = ?, payload = ?, target_ids = ?, state = 'pending', last_error = NULL, conflict = NULL WHERE id = ?",
      operation.kind,
      JSON.stringify(operation),
      JSON.stringify(targetIds),
      id,
    )
    return this.get(id)
  }

  list(scope: { readonly connectionId?: string; readonly projectId?: string } = {}): OutboxEntry[] {
    return this.db
      .all<Row>(
        'SELECT * FROM outbox WHERE (? IS NULL OR connection_id = ?) AND (? IS NULL OR project_id = ?) ORDER BY id',
        scope.connectionId ?? null,
        scope.connectionId ?? null,
        scope.projectId ?? null,
        scope.projectId ?? null,
      )
      .map(fromRow)
  }

  /** The same change, now known better (e.g. a send found not to have landed); its kind and targets stay. */
  replaceOperation(id: number, operation: OutboxOperation): boolean {
    return this.db.run('UPDATE outbox SET payload = ? WHERE id = ? AND operation = ?', JSON.stringify(operation), id, operation.kind).changes > 0
  }

  delete(id: number): boolean {
    return this.db.run('DELETE FROM outbox WHERE id = ?', id).changes > 0
  }

  failed(id: number, at: number, error: AppError): void {
    this.db.run("UPDATE outbox SET state = 'failed', attempts = attempts + 1, last_attempt_at = ?, last_error = ? WHERE id = ?", at, JSON.stringify(error), id)
  }

  conflicted(id: number, at: number, conflict: OutboxConflict): void {
    this.db.run(
      "UPDATE outbox SET state = 'conflict', attempts = attempts + 1, last_attempt_at = ?, conflict = ? WHERE id = ?",
      at,
      JSON.stringify(conflict),
      id,
    )
  }

  /** The installer settled a conflict: the change to send (the merge, or their own record whole), made over the cloud's version. */
  resolve(id: number, operation: OutboxOperation, base: OutboxBase): boolean {
    return (
      this.db.run(
        "UPDATE outbox SET state = 'pending', conflict = NULL, payload = ?, base_version = ?, base_snapshot = ? WHERE id = ? AND state = 'conflict'",
        JSON.stringify(operation),
        base.version,
        JSON.stringify(base.snapshot),
        id,
      ).changes > 0
    )
  }

  record(result: OutboxResult): void {
    this.db.run(
      'INSERT INTO outbox_results (outbox_id, connection_id, project_id, operation, at, outcome, detail) VALUES (?, ?, ?, ?, ?, ?, ?)',
      result.outboxId,
      result.connectionId,
      result.projectId,
      result.operation,
      result.at,
      result.outcome,
      result.detail === undefined ? null : JSON.stringify(result.detail),
    )
  }

  results(outboxId: number): OutboxResult[] {
    return this.db
      .all<{
        outbox_id: number
        connection_id: string
        project_id: string
        operation: OutboxOperation['kind']
        at: number
        outcome: OutboxResult['outcome']
        detail: string | null
      }>('SELECT * FROM outbox_results WHERE outbox_id = ? ORDER BY seq', outboxId)
      .map((r) => ({
        outboxId: r.outbox_id,
        connectionId: r.connection_id,
        projectId: r.project_id,
        operation: r.operation,
        at: r.at,
        outcome: r.outcome,
        detail: r.detail === null ? null : (JSON.parse(r.detail) as unknown),
      }))
  }
}
