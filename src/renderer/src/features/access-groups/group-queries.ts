import type { AccessGroupDetail } from '@shared/domain/access-groups'
import type { GroupMembers } from '@shared/domain/group-members'
import { useQueries } from '@tanstack/react-query'
import { api } from '../../api'
import { domainKey } from '../../query/keys'
import { appErrorOf, unwrap } from '../../query/result-error'
import { useResultQuery } from '../../query/use-result-query'
import type { GroupsScope } from '../../stores/access-groups/store'

const detailKey = (scope: GroupsScope, id: string) => [...domainKey(scope, 'accessGroups'), 'detail', id] as const

/** The cached groups with what waits in the outbox laid over them, and when the list was read in full. */
export function useGroups(scope: GroupsScope) {
  return useResultQuery([...domainKey(scope, 'accessGroups'), 'list'], () => api.accessGroups.list(scope))
}

export function useGroupDetail(scope: GroupsScope, id: string) {
  return useResultQuery(detailKey(scope, id), () => api.accessGroups.detail({ ...scope, accessGroupId: id }))
}

/** The details of several groups (the delete confirmation names each one's doors). */
export function useGroupDetails(scope: GroupsScope, ids: readonly string[]) {
  return useQueries({
    queries: ids.map((id) => ({ queryKey: detailKey(scope, id), queryFn: async () => unwrap(await api.accessGroups.detail({ ...scope, accessGroupId: id })) })),
    combine: (results) => ({
      details: results.every((r) => r.data) ? results.map((r) => r.data as AccessGroupDetail) : null,
      appError: results.map((r) => appErrorOf(r.error)).find((e) => e !== null) ?? null,
      refetch: () => results.forEach((r) => void r.refetch()),
    }),
  })
}

/** Buildings → devices → relays, to pick a group's doors from. */
export function useSiteTree(scope: GroupsScope) {
  return useResultQuery(domainKey(scope, 'tree'), () => api.accessGroups.siteTree(scope))
}

/** Every resident of the site, to add to or remove from a group. */
export function useResidents(scope: GroupsScope) {
  return useResultQuery(domainKey(scope, 'residents'), () => api.accessGroups.residents(scope))
}

const membersKey = (scope: GroupsScope, id: string) => [...domainKey(scope, 'accessGroups'), 'members', id] as const

/** The cloud's user count and a page of the members Fieldkey added to the group itself. */
export function useGroupMembers(scope: GroupsScope, id: string, offset: number, limit: number) {
  return useResultQuery([...membersKey(scope, id), 'page', offset, limit], () => api.accessGroups.members({ ...scope, accessGroupId: id, offset, limit }))
}

/** Which of these residents Fieldkey added to the group (the residents dialog ticks them). */
export function useMembersAmong(scope: GroupsScope, id: string, accountIds: readonly string[]) {
  return useResultQuery([...membersKey(scope, id), 'among', [...accountIds].sort().join(',')], () =>
    api.accessGroups.members({ ...scope, accessGroupId: id, offset: 0, limit: Math.max(1, accountIds.length), accountIds: [...accountIds] }),
  )
}

/** The first few members Fieldkey knows of each group (the delete confirmation names them). */
export function useFirstMembers(scope: GroupsScope, ids: readonly string[], limit: number) {
  return useQueries({
    queries: ids.map((id) => ({
      queryKey: [...membersKey(scope, id), 'page', 0, limit],
      queryFn: async () => unwrap(await api.accessGroups.members({ ...scope, accessGroupId: id, offset: 0, limit })),
    })),
    combine: (results) => ({
      members: results.every((r) => r.data) ? results.map((r) => r.data as GroupMembers) : null,
      appError: results.map((r) => appErrorOf(r.error)).find((e) => e !== null) ?? null,
      refetch: () => results.forEach((r) => void r.refetch()),
    }),
  })
}
