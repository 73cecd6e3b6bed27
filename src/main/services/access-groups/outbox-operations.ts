import type { AccessGroupsRepo } from '../../store/cache/access-groups-repo'
import type { GroupMemberChangesRepo } from '../../store/group-member-changes-repo'
import { clientFor } from '../connections/client-for'
import type { OperationHandlers } from '../outbox/operation-handler'
import { orGone } from '../outbox/or-gone'
import { accessGroupBase } from '../outbox/versions'
import { groupUpdateMerge } from './group-merge'
import { replayResidents } from './residents'

type Handlers = Pick<
  OperationHandlers,
  'akuvox.accessGroup.create' | 'akuvox.accessGroup.update' | 'akuvox.accessGroup.delete' | 'akuvox.accessGroup.residents'
>

/** Access-group changes as the outbox queues and replays them. */
export function accessGroupOperations(groups: AccessGroupsRepo, members: GroupMemberChangesRepo): Handlers {
  return {
    'akuvox.accessGroup.create': {
      targetIds: () => [],
      apply: async (session, op, signal) => {
        await clientFor(session, 'akuvox').createAccessGroup(op.input, { signal })
      },
      // A create has no target yet: nothing to conflict with.
      currentVersion: async () => undefined,
    },
    'akuvox.accessGroup.update': {
      targetIds: (op) => [op.input.accessGroupId],
      apply: (session, op, signal) => clientFor(session, 'akuvox').updateAccessGroup(op.input, { signal }),
      currentVersion: async (session, op, signal) => {
        const { projectId, accessGroupId } = op.input
        const group = await orGone(() => clientFor(session, 'akuvox').getAccessGroupInfo({ projectId, accessGroupId }, { signal }))
        return group && accessGroupBase(group)
      },
      // The cached copy of the group is out of date: the next sync reads its info again.
      afterApplied: (entry, op) => groups.invalidate(entry, op.input.accessGroupId),
      merge: groupUpdateMerge,
    },
    'akuvox.accessGroup.delete': {
      targetIds: (op) => [op.accessGroupId],
      apply: (session, op, signal) => clientFor(session, 'akuvox').deleteAccessGroup({ projectId: op.projectId, accessGroupId: op.accessGroupId }, { signal }),
      currentVersion: async (session, op, signal) => {
        const group = await orGone(() =>
          clientFor(session, 'akuvox').getAccessGroupInfo({ projectId: op.projectId, accessGroupId: op.accessGroupId }, { signal }),
        )
        return group && accessGroupBase(group)
      },
    },
    'akuvox.accessGroup.residents': {
      targetIds: (op) => [op.accessGroupId],
      apply: (session, op, signal) => replayResidents(clientFor(session, 'akuvox'), op, signal),
      // Adding or removing a member reaches the same state whatever changed meanwhile.
      currentVersion: async () => undefined,
      // The residents recorded as waiting for this change are members (or not) now…
      afterApplied: (entry) => members.landed(entry.id),
      // …or never were.
      afterDiscarded: (entry) => members.discarded(entry.id),
    },
  }
}
