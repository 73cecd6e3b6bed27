import type { accessGroupInvokes } from '@shared/ipc/channels/access-groups'
import type { AccessGroupsService } from '../../services/access-groups'
import type { Handlers } from '../router'

export function accessGroupHandlers(groups: AccessGroupsService): Pick<Handlers, keyof typeof accessGroupInvokes> {
  return {
    'accessGroups:list': (scope) => groups.list(scope),
    'accessGroups:refresh': (scope) => groups.refresh(scope),
    'accessGroups:detail': ({ accessGroupId, ...scope }) => groups.detail(scope, accessGroupId),
    'accessGroups:siteTree': (scope) => groups.siteTree(scope),
    'accessGroups:residents': (scope) => groups.residents(scope),
    'accessGroups:members': ({ accessGroupId, offset, limit, accountIds, ...scope }) => groups.members(scope, accessGroupId, { offset, limit, accountIds }),
    'accessGroups:create': ({ draft, confirmedDuplicates, intentKey, ...scope }) => groups.create(scope, draft, confirmedDuplicates, intentKey),
    'accessGroups:update': ({ draft, accessGroupId, confirmedDuplicates, intentKey, ...scope }) =>
      groups.update(scope, accessGroupId, draft, confirmedDuplicates, intentKey),
    'accessGroups:delete': ({ accessGroupIds, intentKey, ...scope }) => groups.remove(scope, accessGroupIds, intentKey),
    'accessGroups:addResidents': ({ accessGroupId, residents, ...scope }) => groups.addResidents(scope, accessGroupId, residents),
    'accessGroups:removeResidents': ({ accessGroupId, residents, ...scope }) => groups.removeResidents(scope, accessGroupId, residents),
  }
}
