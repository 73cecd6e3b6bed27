import type { ActivityEntry, ActivityOperation, ActivityParams, ActivityQuery, ActivityReason, ActivityResult } from '@shared/domain/activity'
import type { Page } from '@shared/page'
import type { SqlDatabase, SqlValue } from './driver'

/** One row as written: everything but the id the table gives it. */
export type ActivityRecord = Omit<ActivityEntry, 'id'>

interface Row extends Record<string, unknown> {
  id: number
  at: number
  installer: string | null
  install_id: string | null
  connection_id: string
  connection_label: string
  project_id: string
  project_name: string
  kind: string
  params_json: string
  target: string
  result: string
  error_code: string | null
  reason_key: string | null
  reason_params: string | null
  request_id: string | null
  outbox_id: number | null
}

/** `activity_log`: the installer's changes, append-only, read a page at a time newest first. */
export class ActivityRepo {
  constructor(private readonly db: SqlDatabase) {}

  append(record: ActivityRecord): ActivityEntry {
    const { lastInsertRowid } = this.db.run(
      `INSERT INTO activity_log (at, installer, install_id, connection_id, connection_label, project_id, project_name,
         kind, params_json, target, result, error_code, reason_key, reason_params, request_id, outbox_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      record.at,
      record.installer,
      record.installId,
      record.connectionId,
      record.connectionLabel,
      record.projectId,
      record.projectName,
      record.operation.kind,
      JSON.stringify(record.operation.params),
      record.operation.target,
      record.result,
      record.reason?.code ?? null,
      record.reason?.messageKey ?? null,
      record.reason?.params ? JSON.stringify(record.reason.params) : null,
      record.requestId,
      record.outboxId,
    )
    return { ...record, id: Number(lastInsertRowid) }
  }

  page(query: ActivityQuery): Page<ActivityEntry> {
    const where: string[] = []
    const params: SqlValue[] = []
    if (query.search !== undefined && query.search.trim() !== '') {
      const like = `%${query.search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`
      where.push("(target LIKE ? ESCAPE '\\' OR kind LIKE ? ESCAPE '\\' OR json_extract(params_json, '$.name') LIKE ? ESCAPE '\\')")
      params.push(like, like, like)
    }
    if (query.result !== undefined) {
      where.push('result = ?')
      params.push(query.result)
    }
    if (query.connectionId !== undefined) {
      where.push('connection_id = ?')
      params.push(query.connectionId)
    }
    if (query.projectId !== undefined) {
      where.push('project_id = ?')
      params.push(query.projectId)
    }
    if (query.from !== undefined) {
      where.push('at >= ?')
      params.push(query.from)
    }
    if (query.to !== undefined) {
      where.push('at <= ?')
      params.push(query.to)
    }
    const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''
    const total = Number(this.db.get<{ n: number }>(`SELECT count(*) AS n FROM activity_log ${clause}`, ...params)?.n ?? 0)
    const rows = this.db.all<Row>(`SELECT * FROM activity_log ${clause} ORDER BY at DESC, id DESC LIMIT ? OFFSET ?`, ...params, query.limit, query.offset)
    return { total, offset: query.offset, items: rows.map(entryOf) }
  }
}

function entryOf(row: Row): ActivityEntry {
  const operation: ActivityOperation = {
    kind: row.kind as ActivityOperation['kind'],
    params: JSON.parse(row.params_json) as ActivityParams,
    target: row.target,
  }
  const reason: ActivityReason | null =
    row.error_code !== null && row.reason_key !== null
      ? {
          code: row.error_code,
          messageKey: row.reason_key,
          ...(row.reason_params !== null ? { params: JSON.parse(row.reason_params) as Record<string, string | number> } : {}),
        }
      : null
  return {
    id: row.id,
    at: row.at,
    installer: row.installer,
    installId: row.install_id,
    connectionId: row.connection_id,
    connectionLabel: row.connection_label,
    projectId: row.project_id,
    projectName: row.project_name,
    operation,
    result: row.result as ActivityResult,
    reason,
    requestId: row.request_id,
    outboxId: row.outbox_id,
  }
}
