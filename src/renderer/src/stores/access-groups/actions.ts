import type { AccessGroupDraft } from '@shared/domain/access-groups'
import type { ResidentRef } from '@shared/domain/residents'
import { api } from '../../api'
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
export async function refreshFromCloud(): Promise<void> {
  const scope = current()
  if (!scope) return
  useAccessGroupsStore.setState({ refreshing: true })
  const result = await api.accessGroups.refresh(scope)
  if (!sameGroupsScope(current(), scope)) return
  useAccessGroupsStore.setState({ refreshing: false, error: result.ok ? null : result.error })
}

export function showScreen(screen: GroupsScreen): void {
  useAccessGroupsStore.setState({ screen })
}

/** Create (no id) or update; the caller shows the outcome (saved, or queued in the outbox). */
export async function saveGroup(draft: AccessGroupDraft, id: string | null) {
  const scope = current()
  if (!scope) return null
  return id === null ? api.accessGroups.create({ ...scope, draft }) : api.accessGroups.update({ ...scope, accessGroupId: id, draft })
}

export async function deleteGroups(ids: readonly string[]) {
  const scope = current()
  if (!scope) return null
  return api.accessGroups.delete({ ...scope, accessGroupIds: [...ids] })
}

export async function changeResidents(id: string, residents: readonly ResidentRef[], kind: 'add' | 'remove') {
  const scope = current()
  if (!scope) return null
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
  if (!scope) return null
  const result = await api.outbox.replay({ entryIds: [...outboxIds] })
  await refreshQueries(domainKey(scope, 'accessGroups'))
  if (result.ok) useAccessGroupsStore.setState({ lastReplay: result.value })
  return result
}
