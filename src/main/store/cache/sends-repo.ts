import type { TuyaAccessAuth, TuyaAuthTask, TuyaTaskRecord } from '@shared/domain/tuya'
import type { PendingStatuses } from '@shared/sends/pending'
import type { SqlDatabase } from '../driver'
import type { CacheScope } from './scope'
import { accessAuthSpec, authTaskRecordSpec, authTaskSpec } from './tuya-specs'
import type { TableSpec } from './table-spec'

export interface SendChannel {
  readonly channelId: string
  readonly name: string
  readonly deviceId: string
  readonly deviceName: string
  readonly roomId: string
  readonly positionPath: string
  readonly online: boolean
  readonly lastSeenAt: number | null
}

/** Rows the sends tracker writes between syncs live on page 0 of this collection until a sync lists them. */
const TRACKED = 'sends'
/** Ids bound in one `IN (…)` list, well under SQLite's limit on a statement's parameters. */
const IN_LIST_MAX = 500

/**
 * The sends views' reads of the Tuya cache, and what the send tracker writes into it: polled tasks
 * and records, and permissions re-read after a send. Writes never move a row a sync placed (its
 * collection and page stay), so the next sync's page bookkeeping is unaffected.
 */
export class SendsRepo {
  constructor(private readonly db: SqlDatabase) {}

  channels(scope: CacheScope): SendChannel[] {
    return this.db
      .all<{
        id: string
        name: string
        device_id: string
        device_name: string
        room_id: string
        position_path: string
        online: number
        last_seen_at: number | null
      }>(
        `SELECT c.id, c.name, c.device_id, c.device_name, c.room_id, c.position_path, COALESCE(d.online, c.online) AS online, d.last_seen_at
         FROM channels c LEFT JOIN devices d ON d.connection_id = c.connection_id AND d.project_id = c.project_id AND d.id = c.device_id
         WHERE c.connection_id = ? AND c.project_id = ? ORDER BY c.device_name, c.name`,
        scope.connectionId,
        scope.projectId,
      )
      .map((r) => ({
        channelId: r.id,
        name: r.name,
        deviceId: r.device_id,
        deviceName: r.device_name,
        roomId: r.room_id,
        positionPath: r.position_path,
        online: r.online === 1,
        lastSeenAt: r.last_seen_at,
      }))
  }

  /** Per channel: permissions, and those with a credential of each kind still to be sent. */
  pendingByChannel(scope: CacheScope): Map<string, PendingStatuses> {
    const rows = this.db.all<{ channel_id: string; total: number; card: number; face: number; fingerprint: number }>(
      `SELECT channel_id, COUNT(*) AS total,
         SUM(json_extract(json, '$.cardIssueStatus') = 'pending' AND json_extract(json, '$.authCardNum') > 0) AS card,
         SUM(json_extract(json, '$.faceIssueStatus') = 'pending' AND json_extract(json, '$.authFaceNum') > 0) AS face,
         SUM(json_extract(json, '$.fingerprintIssueStatus') = 'pending' AND json_extract(json, '$.authFingerprintNum') > 0) AS fingerprint
       FROM access_auths WHERE connection_id = ? AND project_id = ? GROUP BY channel_id`,
      scope.connectionId,
      scope.projectId,
    )
    return new Map(rows.map((r) => [r.channel_id, { total: r.total, pending: { card: r.card, face: r.face, fingerprint: r.fingerprint } }]))
  }

  auths(scope: CacheScope, by: { readonly channelId?: string; readonly personId?: string } = {}): TuyaAccessAuth[] {
    return this.db
      .all<{ json: string }>(
        `SELECT json FROM access_auths WHERE connection_id = ? AND project_id = ? AND (? IS NULL OR channel_id = ?) AND (? IS NULL OR person_id = ?) ORDER BY name, channel_name, id`,
        scope.connectionId,
        scope.projectId,
        by.channelId ?? null,
        by.channelId ?? null,
        by.personId ?? null,
        by.personId ?? null,
      )
      .map((r) => JSON.parse(r.json) as TuyaAccessAuth)
  }

  /**
   * The permissions of these channels, by channel, each in `auths` order: a few queries for any
   * number of channels (a preview of a thousand doors), not one scan of the table per channel.
   */
  authsByChannel(scope: CacheScope, channelIds: readonly string[]): Map<string, TuyaAccessAuth[]> {
    const byChannel = new Map<string, TuyaAccessAuth[]>(channelIds.map((id) => [id, []]))
    for (let i = 0; i < channelIds.length; i += IN_LIST_MAX) {
      const ids = channelIds.slice(i, i + IN_LIST_MAX)
      const rows = this.db.all<{ channel_id: string; json: string }>(
        `SELECT channel_id, json FROM access_auths WHERE connection_id = ? AND project_id = ? AND channel_id IN (${ids.map(() => '?').join(', ')}) ORDER BY name, channel_name, id`,
        scope.connectionId,
        scope.projectId,
        ...ids,
      )
      for (const r of rows) byChannel.get(r.channel_id)?.push(JSON.parse(r.json) as TuyaAccessAuth)
    }
    return byChannel
  }

  auth(scope: CacheScope, accessAuthId: string): TuyaAccessAuth | null {
    const row = this.db.get<{ json: string }>(
      'SELECT json FROM access_auths WHERE connection_id = ? AND project_id = ? AND id = ?',
      scope.connectionId,
      scope.projectId,
      accessAuthId,
    )
    return row ? (JSON.parse(row.json) as TuyaAccessAuth) : null
  }

  /** Every cached task, newest first. */
  tasks(scope: CacheScope): TuyaAuthTask[] {
    return this.db
      .all<{ json: string }>(
        'SELECT json FROM auth_tasks WHERE connection_id = ? AND project_id = ? ORDER BY start_time DESC, id',
        scope.connectionId,
        scope.projectId,
      )
      .map((r) => JSON.parse(r.json) as TuyaAuthTask)
  }

  records(scope: CacheScope, taskId: string): TuyaTaskRecord[] {
    return this.db
      .all<{ json: string }>(
        'SELECT json FROM auth_task_records WHERE connection_id = ? AND project_id = ? AND task_id = ? ORDER BY name, id',
        scope.connectionId,
        scope.projectId,
        taskId,
      )
      .map((r) => JSON.parse(r.json) as TuyaTaskRecord)
  }

  /** One person's records over every cached task, by task id. */
  personRecords(scope: CacheScope, personId: string): Map<string, TuyaTaskRecord> {
    const rows = this.db.all<{ task_id: string; json: string }>(
      'SELECT task_id, json FROM auth_task_records WHERE connection_id = ? AND project_id = ? AND person_id = ?',
      scope.connectionId,
      scope.projectId,
      personId,
    )
    return new Map(rows.map((r) => [r.task_id, JSON.parse(r.json) as TuyaTaskRecord]))
  }

  /** Failed-record counts per task. */
  failedByTask(scope: CacheScope): Map<string, number> {
    const rows = this.db.all<{ task_id: string; n: number }>(
      `SELECT task_id, COUNT(*) AS n FROM auth_task_records WHERE connection_id = ? AND project_id = ? AND issue_status IN ('failed', 'terminated') GROUP BY task_id`,
      scope.connectionId,
      scope.projectId,
    )
    return new Map(rows.map((r) => [r.task_id, r.n]))
  }

  putTasks(scope: CacheScope, tasks: readonly TuyaAuthTask[]): void {
    this.db.transaction(() => {
      for (const t of tasks) this.keep(authTaskSpec, scope, TRACKED, t)
    })
  }

  /** A task's records as last polled: rows it no longer lists are dropped. */
  putRecords(scope: CacheScope, taskId: string, records: readonly TuyaTaskRecord[]): void {
    const spec = authTaskRecordSpec(taskId)
    this.db.transaction(() => {
      const ids = new Set(records.map(spec.key))
      const existing = this.db.all<{ id: string }>(
        'SELECT id FROM auth_task_records WHERE connection_id = ? AND project_id = ? AND task_id = ?',
        scope.connectionId,
        scope.projectId,
        taskId,
      )
      for (const row of existing) {
        if (!ids.has(row.id))
          this.db.run('DELETE FROM auth_task_records WHERE connection_id = ? AND project_id = ? AND id = ?', scope.connectionId, scope.projectId, row.id)
      }
      for (const r of records) this.keep(spec, scope, `authTaskRecords/${taskId}`, r)
    })
  }

  /** Permissions re-read after a send (their issue statuses moved). */
  putAuths(scope: CacheScope, auths: readonly TuyaAccessAuth[]): void {
    this.db.transaction(() => {
      for (const a of auths) this.keep(accessAuthSpec, scope, TRACKED, a)
    })
  }

  /** A person's permissions as the cloud just listed them in full: the person's rows it no longer lists are dropped. */
  replacePersonAuths(scope: CacheScope, personId: string, auths: readonly TuyaAccessAuth[]): void {
    this.db.transaction(() => {
      const keep = new Set(auths.map(accessAuthSpec.key))
      const existing = this.db.all<{ id: string }>(
        'SELECT id FROM access_auths WHERE connection_id = ? AND project_id = ? AND person_id = ?',
        scope.connectionId,
        scope.projectId,
        personId,
      )
      for (const row of existing) {
        if (!keep.has(row.id))
          this.db.run('DELETE FROM access_auths WHERE connection_id = ? AND project_id = ? AND id = ?', scope.connectionId, scope.projectId, row.id)
      }
      for (const a of auths) this.keep(accessAuthSpec, scope, TRACKED, a)
    })
  }

  /** Upserts one row; an existing row keeps the collection and page a sync gave it. */
  private keep<T>(spec: TableSpec<T>, scope: CacheScope, coll: string, item: T): void {
    const names = ['connection_id', 'project_id', 'id', 'coll', 'page_no', ...spec.columns, 'json']
    const updates = [...spec.columns, 'json'].map((c) => `${c} = excluded.${c}`)
    this.db.run(
      `INSERT INTO ${spec.table} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})
       ON CONFLICT (connection_id, project_id, id) DO UPDATE SET ${updates.join(', ')}`,
      scope.connectionId,
      scope.projectId,
      spec.key(item),
      coll,
      0,
      ...spec.values(item),
      JSON.stringify(spec.json(item)),
    )
  }
}
