import type { ProjectSummary } from '@shared/domain/connection'
import type { SqlDatabase } from './driver'

/** The projects each connection's account can see, as last read from the cloud. */
export class ProjectsRepo {
  constructor(private readonly db: SqlDatabase) {}

  list(connectionId: string): ProjectSummary[] {
    return this.db
      .all<{ project_id: string; name: string }>('SELECT project_id, name FROM projects WHERE connection_id = ? ORDER BY name, project_id', connectionId)
      .map((r) => ({ connectionId, id: r.project_id, name: r.name }))
  }

  /** A project the connection listed, or the one it was set up with (Tuya) or last chose. */
  has(connectionId: string, projectId: string): boolean {
    return (
      this.db.get(
        `SELECT 1 AS known FROM projects WHERE connection_id = ? AND project_id = ?
         UNION ALL SELECT 1 FROM connections WHERE id = ? AND default_project_id = ?`,
        connectionId,
        projectId,
        connectionId,
        projectId,
      ) !== undefined
    )
  }

  /** Replaces the connection's list in one transaction: projects gone from the cloud go here too. */
  replace(connectionId: string, projects: readonly ProjectSummary[], at: number): void {
    this.db.transaction(() => {
      this.db.run('DELETE FROM projects WHERE connection_id = ?', connectionId)
      for (const p of projects) {
        this.db.run('INSERT INTO projects (connection_id, project_id, name, seen_at) VALUES (?, ?, ?, ?)', connectionId, p.id, p.name, at)
      }
    })
  }
}
