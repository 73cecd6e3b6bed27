import type { InstallIdentity } from '@shared/domain/group-members'
import type { Page } from '@shared/page'
import type { CacheScope } from './cache/scope'
import type { SqlDatabase, SqlValue } from './driver'

/** A resident as a member change names them: the name, building and residence at the time. */
export interface MemberChangeResident {
  readonly accountId: string
  readonly name: string
  readonly buildingName: string
  readonly residenceNo: string
}

export interface MemberChangeInput {
  readonly accessGroupId: string
  readonly residents: readonly MemberChangeResident[]
  readonly change: 'added' | 'removed'
  readonly at: number
  readonly by: InstallIdentity
  /** The outbox entry the change waits in; null: the cloud already has it. */
  readonly queuedOutboxId: number | null
}

/** A resident whose last recorded change in the group is an add. */
export interface CurrentMember extends MemberChangeResident {
  readonly addedAt: number
  readonly installId: string
  readonly machineName: string
  readonly queued: boolean
}

interface Row extends Record<string, unknown> {
  account_id: string
  resident_name: string
  building_name: string
  residence_no: string
  at: number
  install_id: string
  machine_name: string
  queued_outbox_id: number | null
}

/**
 * `group_member_changes`: every resident Fieldkey added to or removed from an access group, and
 * from which installation. A resident's current membership is their last change.
 */
export class GroupMemberChangesRepo {
  constructor(private readonly db: SqlDatabase) {}

  record(scope: CacheScope, input: MemberChangeInput): void {
    this.db.transaction(() => {
      for (const r of input.residents) {
        this.db.run(
          `INSERT INTO group_member_changes (connection_id, project_id, access_group_id, account_id, resident_name, building_name, residence_no,
             change, at, install_id, machine_name, queued_outbox_id)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          scope.connectionId,
          scope.projectId,
          input.accessGroupId,
          r.accountId,
          r.name,
          r.buildingName,
          r.residenceNo,
          input.change,
          input.at,
          input.by.installId,
          input.by.machineName,
          input.queuedOutboxId,
        )
      }
    })
  }

  /** The outbox entry's changes reached the cloud. */
  landed(outboxId: number): void {
    this.db.run('UPDATE group_member_changes SET queued_outbox_id = NULL WHERE queued_outbox_id = ?', outboxId)
  }

  /** The outbox entry was discarded: its changes never happened. */
  discarded(outboxId: number): void {
    this.db.run('DELETE FROM group_member_changes WHERE queued_outbox_id = ?', outboxId)
  }

  /**
   * The group's current members as recorded, in the order they were added; only those of
   * `accountIds` when given. `waiting`: how many of them are still queued in the outbox.
   */
  members(
    scope: CacheScope,
    accessGroupId: string,
    page: { readonly offset: number; readonly limit: number; readonly accountIds?: readonly string[] | undefined },
  ): Page<CurrentMember> & { readonly waiting: number } {
    const filter = page.accountIds === undefined ? '' : 'AND c.account_id IN (SELECT value FROM json_each(?))'
    const args: SqlValue[] = [scope.connectionId, scope.projectId, accessGroupId]
    if (page.accountIds !== undefined) args.push(JSON.stringify(page.accountIds))
    const current = `
      FROM group_member_changes c
      JOIN (
        SELECT MAX(seq) AS seq FROM group_member_changes
        WHERE connection_id = ? AND project_id = ? AND access_group_id = ?
        GROUP BY account_id
      ) last ON c.seq = last.seq
      WHERE c.change = 'added' ${filter}`
    const total = this.db.get<{ n: number }>(`SELECT COUNT(*) AS n ${current}`, ...args)?.n ?? 0
    const waiting = this.db.get<{ n: number }>(`SELECT COUNT(*) AS n ${current} AND c.queued_outbox_id IS NOT NULL`, ...args)?.n ?? 0
    const rows = this.db.all<Row>(
      `SELECT c.account_id, c.resident_name, c.building_name, c.residence_no, c.at, c.install_id, c.machine_name, c.queued_outbox_id
       ${current} ORDER BY c.seq LIMIT ? OFFSET ?`,
      ...args,
      page.limit,
      page.offset,
    )
    return {
      total: Number(total),
      waiting: Number(waiting),
      offset: page.offset,
      items: rows.map((r) => ({
        accountId: r.account_id,
        name: r.resident_name,
        buildingName: r.building_name,
        residenceNo: r.residence_no,
        addedAt: Number(r.at),
        installId: r.install_id,
        machineName: r.machine_name,
        queued: r.queued_outbox_id !== null,
      })),
    }
  }
}
