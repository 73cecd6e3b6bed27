import type { AkuvoxStaffAccessSummary, AkuvoxUser } from '@shared/domain/akuvox'
import type { TuyaAccessAuth, TuyaAuthTask, TuyaOrganisation, TuyaPerson, TuyaTaskRecord } from '@shared/domain/tuya'
import type { SqlDatabase, SqlValue } from '../driver'
import type { CacheScope } from './scope'

/** The cached lists views page through, with the domain object each row holds. */
export interface CachedItems {
  readonly accounts: AkuvoxUser
  readonly staffAccesses: AkuvoxStaffAccessSummary
  readonly persons: TuyaPerson
  readonly recycledPersons: TuyaPerson
  readonly organisations: TuyaOrganisation
  readonly accessAuths: TuyaAccessAuth
  readonly authTasks: TuyaAuthTask
  readonly authTaskRecords: TuyaTaskRecord
}

const TABLES: Readonly<Record<keyof CachedItems, { readonly table: string; readonly searchColumn: string; readonly order: string }>> = {
  accounts: { table: 'accounts', searchColumn: 'name', order: 'building_id, residence_no, name' },
  staffAccesses: { table: 'staff_accesses', searchColumn: 'name', order: 'name' },
  persons: { table: 'persons', searchColumn: 'name', order: 'name' },
  recycledPersons: { table: 'recycled_persons', searchColumn: 'name', order: 'name' },
  organisations: { table: 'organisations', searchColumn: 'name', order: 'level, name' },
  accessAuths: { table: 'access_auths', searchColumn: 'name', order: 'name, channel_name' },
  authTasks: { table: 'auth_tasks', searchColumn: 'channel_name', order: 'start_time DESC' },
  authTaskRecords: { table: 'auth_task_records', searchColumn: 'name', order: 'task_id, name' },
}

export interface ItemsQuery {
  readonly search?: string
  readonly offset?: number
  readonly limit?: number
  /** authTaskRecords: the records of one task. */
  readonly taskId?: string
}

/** Paged, searchable reads of the cached lists for the views. */
export class ItemsRepo {
  constructor(private readonly db: SqlDatabase) {}

  list<K extends keyof CachedItems>(kind: K, scope: CacheScope, query: ItemsQuery = {}): CachedItems[K][] {
    const { table, order } = TABLES[kind]
    const { where, params } = itemsWhere(kind, scope, query)
    return this.db
      .all<{ json: string }>(
        `SELECT json FROM ${table} WHERE ${where} ORDER BY ${order}, id LIMIT ? OFFSET ?`,
        ...params,
        query.limit ?? 200,
        query.offset ?? 0,
      )
      .map((r) => JSON.parse(r.json) as CachedItems[K])
  }

  count(kind: keyof CachedItems, scope: CacheScope, query: ItemsQuery = {}): number {
    const { where, params } = itemsWhere(kind, scope, query)
    return this.db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${TABLES[kind].table} WHERE ${where}`, ...params)?.n ?? 0
  }
}

function itemsWhere(kind: keyof CachedItems, scope: CacheScope, query: ItemsQuery): { where: string; params: SqlValue[] } {
  const clauses = ['connection_id = ?', 'project_id = ?']
  const params: SqlValue[] = [scope.connectionId, scope.projectId]
  const search = query.search?.trim()
  if (search) {
    clauses.push(`${TABLES[kind].searchColumn} LIKE ? ESCAPE '\\'`)
    params.push(`%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)
  }
  if (kind === 'authTaskRecords' && query.taskId !== undefined) {
    clauses.push('task_id = ?')
    params.push(query.taskId)
  }
  return { where: clauses.join(' AND '), params }
}
