import type {
  AccessGroupDetail,
  AccessGroupsChanged,
  AccessGroupsListing,
  DeleteOutcome,
  ResidentChange,
  SaveOutcome,
  SiteTree,
} from '../../domain/access-groups'
import type { Resident } from '../../domain/residents'
import type { GroupMembers } from '../../domain/group-members'
import { event, invoke } from '../define'
import { byGroup, createGroupInput, deleteGroupsInput, groupMembersInput, projectScope, residentsChangeInput, updateGroupInput } from '../schemas/access-groups'

export const accessGroupInvokes = {
  /** The project's groups from the cache, with the changes waiting in the outbox. */
  'accessGroups:list': invoke<AccessGroupsListing>()(projectScope),
  /** Reads the project from the cloud into the cache, then lists. */
  'accessGroups:refresh': invoke<AccessGroupsListing>()(projectScope),
  'accessGroups:detail': invoke<AccessGroupDetail>()(byGroup),
  /** Buildings → devices → relays from the cache, for the doors step. */
  'accessGroups:siteTree': invoke<SiteTree>()(projectScope),
  'accessGroups:residents': invoke<readonly Resident[]>()(projectScope),
  /** The cloud's user count and a page of the members Fieldkey added itself (the cloud lists none). */
  'accessGroups:members': invoke<GroupMembers>()(groupMembersInput),
  /** Online: saved in the cloud, then in the cache. Offline or on a network failure: queued. */
  'accessGroups:create': invoke<SaveOutcome>()(createGroupInput),
  'accessGroups:update': invoke<SaveOutcome>()(updateGroupInput),
  /** One group, or several in one batch call. */
  'accessGroups:delete': invoke<DeleteOutcome>()(deleteGroupsInput),
  'accessGroups:addResidents': invoke<readonly ResidentChange[]>()(residentsChangeInput),
  'accessGroups:removeResidents': invoke<readonly ResidentChange[]>()(residentsChangeInput),
} as const

export const accessGroupEvents = {
  /** A project's groups changed (saved, queued, replayed, refreshed): lists should reload. */
  'accessGroups:changed': event<AccessGroupsChanged>(),
} as const
