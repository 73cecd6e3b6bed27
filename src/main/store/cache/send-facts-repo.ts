import { TUYA_SEND_CERTIFICATE_CODES, type TuyaIssueInfo, type TuyaSendCertificates } from '@shared/domain/tuya'
import type { SqlDatabase } from '../driver'
import type { CacheScope } from './scope'

const isPolicy = (value: string): value is TuyaSendCertificates => value in TUYA_SEND_CERTIFICATE_CODES

/** What Fieldkey learns about sends beyond the cloud's lists: each task's credential policy and each record's issue info. */
export class SendFactsRepo {
  constructor(private readonly db: SqlDatabase) {}

  policy(scope: CacheScope, taskId: string): TuyaSendCertificates | null {
    const row = this.db.get<{ policy: string }>(
      'SELECT policy FROM auth_task_policies WHERE connection_id = ? AND project_id = ? AND task_id = ?',
      scope.connectionId,
      scope.projectId,
      taskId,
    )
    return row && isPolicy(row.policy) ? row.policy : null
  }

  savePolicies(scope: CacheScope, taskIds: readonly string[], policy: TuyaSendCertificates): void {
    this.db.transaction(() => {
      for (const id of taskIds) {
        this.db.run(
          'INSERT INTO auth_task_policies (connection_id, project_id, task_id, policy) VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET policy = excluded.policy',
          scope.connectionId,
          scope.projectId,
          id,
          policy,
        )
      }
    })
  }

  /** The issue info held for these records (those never read are absent). */
  issueInfos(scope: CacheScope, recordIds: readonly string[]): Map<string, TuyaIssueInfo> {
    const out = new Map<string, TuyaIssueInfo>()
    for (const id of recordIds) {
      const info = this.issueInfo(scope, id)
      if (info) out.set(id, info)
    }
    return out
  }

  issueInfo(scope: CacheScope, recordId: string): TuyaIssueInfo | null {
    const row = this.db.get<{ json: string }>(
      'SELECT json FROM auth_record_issue_info WHERE connection_id = ? AND project_id = ? AND record_id = ?',
      scope.connectionId,
      scope.projectId,
      recordId,
    )
    return row ? (JSON.parse(row.json) as TuyaIssueInfo) : null
  }

  /** The issue info held for a record that has settled (succeeded, failed, terminated): it no longer changes. */
  settledIssueInfo(scope: CacheScope, recordId: string): TuyaIssueInfo | null {
    const row = this.db.get<{ json: string }>(
      `SELECT i.json FROM auth_record_issue_info i
         JOIN auth_task_records r ON r.connection_id = i.connection_id AND r.project_id = i.project_id AND r.id = i.record_id
        WHERE i.connection_id = ? AND i.project_id = ? AND i.record_id = ? AND r.issue_status IN ('succeeded', 'failed', 'terminated')`,
      scope.connectionId,
      scope.projectId,
      recordId,
    )
    return row ? (JSON.parse(row.json) as TuyaIssueInfo) : null
  }

  saveIssueInfo(scope: CacheScope, info: TuyaIssueInfo): void {
    this.db.run(
      'INSERT INTO auth_record_issue_info (connection_id, project_id, record_id, json) VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET json = excluded.json',
      scope.connectionId,
      scope.projectId,
      info.authTaskRecordId,
      JSON.stringify(info),
    )
  }
}
