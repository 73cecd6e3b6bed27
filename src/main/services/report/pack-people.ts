import type { TuyaPerson } from '@shared/domain/tuya'
import type { Page } from '@shared/page'
import { maskPin } from '@shared/report/pin-mask'
import type { PackPerson } from '@shared/report/types'
import { AccessGroupsRepo } from '../../store/cache/access-groups-repo'
import { ItemsRepo } from '../../store/cache/items-repo'
import type { CacheScope } from '../../store/cache/scope'
import { SendsRepo } from '../../store/cache/sends-repo'
import { GroupMemberChangesRepo } from '../../store/group-member-changes-repo'
import type { SqlDatabase } from '../../store/driver'
import { groupDoors } from './group-doors'

/**
 * One page of the handover pack's people, from the cache: Akuvox staff (with their PINs masked
 * here, so a PIN never leaves main whole) and then residents with the groups Fieldkey added them
 * to; Tuya persons with the doors their permissions name.
 */
export function packPeople(db: SqlDatabase, scope: CacheScope, vendor: 'akuvox' | 'tuya', offset: number, limit: number): Page<PackPerson> {
  return vendor === 'tuya' ? tuyaPeople(db, scope, offset, limit) : akuvoxPeople(db, scope, offset, limit)
}

function akuvoxPeople(db: SqlDatabase, scope: CacheScope, offset: number, limit: number): Page<PackPerson> {
  const items = new ItemsRepo(db)
  const staffTotal = items.count('staffAccesses', scope)
  const total = staffTotal + items.count('accounts', scope)
  const groups = new AccessGroupsRepo(db).list(scope)
  const doorsOf = new Map(groups.map((g) => [g.summary.accessGroupName, groupDoors(g.detail)]))
  const staff = offset < staffTotal ? items.list('staffAccesses', scope, { offset, limit }) : []
  const rest = limit - staff.length
  const residents = rest > 0 ? items.list('accounts', scope, { offset: Math.max(0, offset - staffTotal), limit: rest }) : []
  // The cloud keeps no resident's groups; those Fieldkey added them to are known (group_member_changes).
  const groupsOf = new Map<string, string[]>()
  const members = new GroupMemberChangesRepo(db)
  const accountIds = residents.map((r) => r.accountId)
  if (accountIds.length > 0)
    for (const g of groups)
      for (const m of members.members(scope, g.summary.accessGroupId, { offset: 0, limit: accountIds.length, accountIds }).items)
        groupsOf.set(m.accountId, [...(groupsOf.get(m.accountId) ?? []), g.summary.accessGroupName])
  const people: PackPerson[] = [
    ...staff.map((s) => ({
      name: s.staffAccessName,
      kind: 'staff' as const,
      place: s.floorAccesses.map((f) => f.buildingName).join(', '),
      pins: s.pinCodes.map((p) => maskPin(p.number)),
      cards: s.rfCards.map((c) => c.number),
      faces: s.faces.length,
      groups: s.accessGroupNames,
      doors: [...new Set(s.accessGroupNames.flatMap((g) => doorsOf.get(g) ?? []))],
    })),
    ...residents.map((r) => {
      const known = groupsOf.get(r.accountId) ?? []
      return {
        name: [r.firstName, r.lastName].join(' ').trim() || r.accountName,
        kind: 'resident' as const,
        place: [r.buildingName, r.residenceNo].filter((p) => p !== '').join(' · '),
        pins: [],
        cards: [],
        faces: 0,
        groups: known,
        doors: [...new Set(known.flatMap((g) => doorsOf.get(g) ?? []))],
      }
    }),
  ]
  return { total, offset, items: people }
}

function tuyaPeople(db: SqlDatabase, scope: CacheScope, offset: number, limit: number): Page<PackPerson> {
  const items = new ItemsRepo(db)
  const sends = new SendsRepo(db)
  const persons = items.list('persons', scope, { offset, limit }) as readonly TuyaPerson[]
  return {
    total: items.count('persons', scope),
    offset,
    items: persons.map((p) => ({
      name: p.name,
      kind: 'person' as const,
      place: p.structureName,
      pins: [],
      cards: [],
      faces: p.imagePath === '' ? 0 : 1,
      groups: [],
      doors: [...new Set(sends.auths(scope, { personId: p.personId }).map((a) => a.accessControlChannelName))],
    })),
  }
}
