import type { AccessGroupDraft } from '@shared/domain/access-groups'
import type { ResidentRef } from '@shared/domain/residents'
import type { DuplicateRef } from '@shared/duplicates/rule-book'
import { api } from '../../api'
import { noProject } from '../no-project'
import { refreshQueries } from '../../query/app-client'
import { domainKey } from '../../query/keys'
import { type GroupsScope, type GroupsScreen, INITIAL, sameGroupsScope, useAccessGroupsStore } from './store'

/**
 * The changes below are made in main, which says `accessGroups:changed` after each: the lists
 * on screen read again through the query cache, so none of them reloads anything itself.
 */
const current = (): GroupsScope | null => useAccessGroupsStore.getState().scope

/** Shows a project's groups, starting at the list when it is another project than before. */
export function enterGroups(scope: GroupsScope): void {
  if (!sameGroupsScope(current(), scope)) useAccessGroupsStore.setState({ ...INITIAL, scope })
}

/** Reads the project from the cloud again (a sync); the lists follow main's change event. */
/** Reads the project's groups from the cloud again; the caller shows a refusal. */
export async function refreshFromCloud() {
  const scope = current()
  if (!scope) return noProject
  return api.accessGroups.refresh(scope)
}

export function showScreen(screen: GroupsScreen): void {
  useAccessGroupsStore.setState({ screen })
}

/** Create (no id) or update; the caller shows the outcome (saved, or queued in the outbox). */
/** `confirmedDuplicates`: the installer agreed to a name another group has (main refuses it otherwise). */
export async function saveGroup(draft: AccessGroupDraft, id: string | null, confirmedDuplicates: readonly DuplicateRef[], intentKey: string) {
  const scope = current()
  if (!scope) return noProject
  const confirmed = confirmedDuplicates.length > 0 ? { confirmedDuplicates } : {}
  return id === null
    ? api.accessGroups.create({ ...scope, draft, intentKey, ...confirmed })
    : api.accessGroups.update({ ...scope, accessGroupId: id, draft, intentKey, ...confirmed })
}

export async function deleteGroups(ids: readonly string[], intentKey: string) {
  const scope = current()
  if (!scope) return noProject
  return api.accessGroups.delete({ ...scope, accessGroupIds: [...ids], intentKey })
}

export async function changeResidents(id: string, residents: readonly ResidentRef[], kind: 'add' | 'remove') {
  const scope = current()
  if (!scope) return noProject
  const input = { ...scope, accessGroupId: id, residents: [...residents] }
  return kind === 'add' ? api.accessGroups.addResidents(input) : api.accessGroups.removeResidents(input)
}

/**
 * Sends the reviewed pending changes of this project. Main reads the project again and says so;
 * the groups on screen have read it again before the outcome shows, so "Sent" never stands next
 * to the list as it was.
 */
export async function replayPending(outboxIds: readonly number[]) {
  const scope = current()
  if (!scope) return noProject
  const result = await api.outbox.replay({ entryIds: [...outboxIds] })
  await refreshQueries(domainKey(scope, 'accessGroups'))
  if (result.ok) useAccessGroupsStore.setState({ lastReplay: result.value })
  return result
}
