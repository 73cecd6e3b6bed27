import type { AkuvoxStaffAccessSummary } from '@shared/domain/akuvox'
import type { TuyaOrganisation, TuyaPerson } from '@shared/domain/tuya'
import type { PersonsFilter } from '@shared/people/persons'
import type { NamedRef, StaffCredentials, StaffGroupOption } from '@shared/people/staff'
import { likeContaining, phoneKey, textKey } from '@shared/search/keys'
import type { StaffSearchTerms } from '@shared/search/staff-search'
import type { SqlDatabase, SqlValue } from '../driver'
import type { CacheScope } from './scope'

const like = likeContaining

interface Where {
  readonly where: string
  readonly params: SqlValue[]
}

/** Reads for the people views: staff credentials, buildings, and persons by the seed's filters. */
export class PeopleQueryRepo {
  constructor(private readonly db: SqlDatabase) {}

  /** The staff's names and credentials: all of them, or one page in id order. */
  staffCredentials(scope: CacheScope, page?: { readonly offset: number; readonly limit: number }): StaffCredentials[] {
    const byId = new Map<string, { name: string; pinCodes: string[]; rfCards: string[] }>()
    const slice = page ? ' ORDER BY id LIMIT ? OFFSET ?' : ''
    const sliceParams = page ? [page.limit, page.offset] : []
    const staff = `SELECT id, name FROM staff_accesses WHERE connection_id = ? AND project_id = ?${slice}`
    for (const s of this.db.all<{ id: string; name: string }>(staff, scope.connectionId, scope.projectId, ...sliceParams)) {
      byId.set(s.id, { name: s.name, pinCodes: [], rfCards: [] })
    }
    const rows = this.db.all<{ staff_id: string; kind: string; number: string }>(
      `SELECT c.staff_id, c.kind, c.number FROM staff_credentials c JOIN (SELECT id FROM (${staff})) s ON s.id = c.staff_id
       WHERE c.connection_id = ? AND c.project_id = ? AND c.kind IN ('pin', 'rf_card')`,
      scope.connectionId,
      scope.projectId,
      ...sliceParams,
      scope.connectionId,
      scope.projectId,
    )
    for (const r of rows) {
      const staff = byId.get(r.staff_id)
      if (!staff) continue
      if (r.kind === 'pin') staff.pinCodes.push(r.number)
      else staff.rfCards.push(r.number)
    }
    return [...byId].map(([staffAccessId, s]) => ({ staffAccessId, ...s }))
  }

  /**
   * One page of staff whose name contains the text, or whose card (in any of its formats), PIN
   * (exactly), floor, or access group name (by containment) the terms name: the keys were stored
   * when the rows were written, so this looks them up in `staff_search_keys`' primary key.
   */
  staffPage(scope: CacheScope, terms: StaffSearchTerms | null, page: { offset: number; limit: number }): { total: number; items: AkuvoxStaffAccessSummary[] } {
    const { where, params } = staffWhere(scope, terms)
    const total = this.db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM staff_accesses WHERE ${where}`, ...params)?.n ?? 0
    const items = this.db
      .all<{ json: string }>(`SELECT json FROM staff_accesses WHERE ${where} ORDER BY name, id LIMIT ? OFFSET ?`, ...params, page.limit, page.offset)
      .map((r) => JSON.parse(r.json) as AkuvoxStaffAccessSummary)
    return { total, items }
  }

  staffCount(scope: CacheScope): number {
    return (
      this.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM staff_accesses WHERE connection_id = ? AND project_id = ?', scope.connectionId, scope.projectId)
        ?.n ?? 0
    )
  }

  staffSummary(scope: CacheScope, staffAccessId: string): AkuvoxStaffAccessSummary | null {
    const row = this.db.get<{ json: string }>(
      'SELECT json FROM staff_accesses WHERE connection_id = ? AND project_id = ? AND id = ?',
      scope.connectionId,
      scope.projectId,
      staffAccessId,
    )
    return row ? (JSON.parse(row.json) as AkuvoxStaffAccessSummary) : null
  }

  accessGroups(scope: CacheScope): StaffGroupOption[] {
    return this.db
      .all<{ id: string; name: string; group_type: string }>(
        'SELECT id, name, group_type FROM access_groups WHERE connection_id = ? AND project_id = ? ORDER BY name, id',
        scope.connectionId,
        scope.projectId,
      )
      .map((g) => ({ id: g.id, name: g.name, system: g.group_type === 'system' }))
  }

  buildings(scope: CacheScope): NamedRef[] {
    return this.db.all<{ id: string; name: string }>(
      'SELECT id, name FROM buildings WHERE connection_id = ? AND project_id = ? ORDER BY name, id',
      scope.connectionId,
      scope.projectId,
    )
  }

  organisations(scope: CacheScope): TuyaOrganisation[] {
    return this.db
      .all<{ json: string }>(
        'SELECT json FROM organisations WHERE connection_id = ? AND project_id = ? ORDER BY level, name, id',
        scope.connectionId,
        scope.projectId,
      )
      .map((r) => JSON.parse(r.json) as TuyaOrganisation)
  }

  person(table: 'persons' | 'recycled_persons', scope: CacheScope, personId: string): TuyaPerson | null {
    const row = this.db.get<{ json: string }>(
      `SELECT json FROM ${table} WHERE connection_id = ? AND project_id = ? AND id = ?`,
      scope.connectionId,
      scope.projectId,
      personId,
    )
    return row ? (JSON.parse(row.json) as TuyaPerson) : null
  }

  /** `structureIds`: the organisations to match (with their sub-organisations already expanded by the caller). */
  persons(
    scope: CacheScope,
    filter: PersonsFilter,
    structureIds: readonly string[] | null,
    page: { offset: number; limit: number },
  ): { total: number; items: TuyaPerson[] } {
    const { where, params } = personsWhere(scope, filter, structureIds)
    const total = this.db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM persons WHERE ${where}`, ...params)?.n ?? 0
    const rows = this.db
      .all<{ json: string }>(`SELECT json FROM persons WHERE ${where} ORDER BY name, id LIMIT ? OFFSET ?`, ...params, page.limit, page.offset)
      .map((r) => JSON.parse(r.json) as TuyaPerson)
    return { total, items: rows }
  }

  recycled(scope: CacheScope, search: string | undefined, page: { offset: number; limit: number }): { total: number; items: TuyaPerson[] } {
    const params: SqlValue[] = [scope.connectionId, scope.projectId]
    let where = 'connection_id = ? AND project_id = ?'
    if (search?.trim()) {
      const found = personSearch(search)
      where += ` AND ${found.where}`
      params.push(...found.params)
    }
    const total = this.db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM recycled_persons WHERE ${where}`, ...params)?.n ?? 0
    const rows = this.db
      .all<{ json: string }>(`SELECT json FROM recycled_persons WHERE ${where} ORDER BY name, id LIMIT ? OFFSET ?`, ...params, page.limit, page.offset)
      .map((r) => JSON.parse(r.json) as TuyaPerson)
    return { total, items: rows }
  }
}

/**
 * The staff a search finds: by name, or by a stored key. Each kind of key is its own branch of a
 * UNION, so each is one range of the keys' primary key (an OR across fields would read every
 * key of the project).
 */
export function staffWhere(scope: CacheScope, terms: StaffSearchTerms | null): Where {
  const params: SqlValue[] = [scope.connectionId, scope.projectId]
  if (terms === null) return { where: 'connection_id = ? AND project_id = ?', params }
  const branch = 'SELECT staff_id FROM staff_search_keys WHERE connection_id = ? AND project_id = ? AND field = ? AND key'
  const branches: string[] = [`${branch} LIKE ? ESCAPE '\\'`]
  const keyParams: SqlValue[] = [scope.connectionId, scope.projectId, 'group', like(textKey(terms.text))]
  if (terms.cards.length > 0) {
    branches.push(`${branch} IN (${terms.cards.map(() => '?').join(', ')})`)
    keyParams.push(scope.connectionId, scope.projectId, 'card', ...terms.cards)
  }
  if (terms.pin !== null) {
    branches.push(`${branch} = ?`)
    keyParams.push(scope.connectionId, scope.projectId, 'pin', terms.pin)
  }
  if (terms.floor !== null) {
    branches.push(`${branch} = ?`)
    keyParams.push(scope.connectionId, scope.projectId, 'floor', terms.floor)
  }
  return {
    where: `connection_id = ? AND project_id = ? AND (name LIKE ? ESCAPE '\\' OR id IN (${branches.join(' UNION ALL ')}))`,
    params: [...params, like(terms.text), ...keyParams],
  }
}

/** Name, mobile (by its digits, however it was typed) or person code, for the persons' one search box. */
function personSearch(search: string): Where {
  const text = search.trim()
  const phone = phoneKey(text)
  const clauses = [`name LIKE ? ESCAPE '\\'`, `person_code LIKE ? ESCAPE '\\'`]
  const params: SqlValue[] = [like(text), like(text)]
  if (phone !== null && phone.length >= 3) {
    clauses.push(`mobile_key LIKE ? ESCAPE '\\'`)
    params.push(like(phone))
  } else {
    clauses.push(`mobile LIKE ? ESCAPE '\\'`)
    params.push(like(text))
  }
  return { where: `(${clauses.join(' OR ')})`, params }
}

function personsWhere(scope: CacheScope, filter: PersonsFilter, structureIds: readonly string[] | null): Where {
  const clauses = ['connection_id = ?', 'project_id = ?']
  const params: SqlValue[] = [scope.connectionId, scope.projectId]
  const text = (column: string, value: string | undefined) => {
    if (!value?.trim()) return
    clauses.push(`${column} LIKE ? ESCAPE '\\'`)
    params.push(like(value.trim()))
  }
  if (filter.search?.trim()) {
    const found = personSearch(filter.search)
    clauses.push(found.where)
    params.push(...found.params)
  }
  text('name', filter.name)
  const mobile = filter.mobile === undefined ? null : phoneKey(filter.mobile)
  if (mobile) text('mobile_key', mobile)
  else text('mobile', filter.mobile)
  text('email', filter.email)
  text('person_code', filter.personCode)
  text("json_extract(json, '$.certNo')", filter.certNo)
  if (filter.certType) {
    clauses.push("json_extract(json, '$.certType') = ?")
    params.push(filter.certType)
  }
  if (filter.enabled !== undefined) {
    clauses.push('enabled = ?')
    params.push(filter.enabled ? 1 : 0)
  }
  if (filter.sex !== undefined) {
    clauses.push("json_extract(json, '$.sex') = ?")
    params.push(filter.sex)
  }
  if (structureIds !== null) {
    // Qualified: json_each has a hidden column named json, which an unqualified name would mean.
    clauses.push(`EXISTS (SELECT 1 FROM json_each(persons.json, '$.structureIds') WHERE value IN (${structureIds.map(() => '?').join(', ') || 'NULL'}))`)
    params.push(...structureIds)
  }
  return { where: clauses.join(' AND '), params }
}
