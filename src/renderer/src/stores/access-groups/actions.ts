import type { AccessGroupDraft } from '@shared/domain/access-groups'
import type { ResidentRef } from '@shared/domain/residents'
import type { DuplicateRef } from '@shared/duplicates/rule-book'
import { api } from '../../api'
import { noProject } from '../no-project'
import { type GroupsScope, type GroupsScreen, INITIAL, sameGroupsScope, useAccessGroupsStore } from './store'

const current = (): GroupsScope | null => useAccessGroupsStore.getState().scope

/** Shows a project's groups: the cached list first, the site tree and residents alongside. */
export async function openGroups(scope: GroupsScope): Promise<void> {
  if (!sameGroupsScope(current(), scope)) useAccessGroupsStore.setState({ ...INITIAL, scope })
  await Promise.all([loadGroups(), loadTree(), loadResidents()])
}

export async function loadGroups(): Promise<void> {
  const scope = current()
  if (!scope) return
  useAccessGroupsStore.setState({ loading: true })
  const result = await api.accessGroups.list(scope)
  if (!sameGroupsScope(current(), scope)) return
  useAccessGroupsStore.setState(result.ok ? { listing: result.value, loading: false, error: null } : { loading: false, error: result.error })
}

async function loadTree(): Promise<void> {
  const scope = current()
  if (!scope) return
  const result = await api.accessGroups.siteTree(scope)
  if (sameGroupsScope(current(), scope) && result.ok) useAccessGroupsStore.setState({ tree: result.value })
}

async function loadResidents(): Promise<void> {
  const scope = current()
  if (!scope) return
  const result = await api.accessGroups.residents(scope)
  if (sameGroupsScope(current(), scope) && result.ok) useAccessGroupsStore.setState({ residents: result.value })
}

/** Reads the project from the cloud again (a sync), then shows what the cache now holds. */
export async function refreshFromCloud(): Promise<void> {
  const scope = current()
  if (!scope) return
  useAccessGroupsStore.setState({ refreshing: true })
  const result = await api.accessGroups.refresh(scope)
  if (!sameGroupsScope(current(), scope)) return
  useAccessGroupsStore.setState(result.ok ? { listing: result.value, refreshing: false, error: null } : { refreshing: false, error: result.error })
  if (result.ok) await Promise.all([loadTree(), loadResidents()])
}

export function showScreen(screen: GroupsScreen): void {
  useAccessGroupsStore.setState({ screen })
}

export async function loadDetail(id: string) {
  const scope = current()
  if (!scope) return null
  return api.accessGroups.detail({ ...scope, accessGroupId: id })
}

/** Create (no id) or update; the caller shows the outcome (saved, or queued in the outbox). */
/** `confirmedDuplicates`: the installer agreed to a name another group has (main refuses it otherwise). */
export async function saveGroup(draft: AccessGroupDraft, id: string | null, confirmedDuplicates: readonly DuplicateRef[], intentKey: string) {
  const scope = current()
  if (!scope) return noProject
  const confirmed = confirmedDuplicates.length > 0 ? { confirmedDuplicates } : {}
  const result =
    id === null
      ? await api.accessGroups.create({ ...scope, draft, intentKey, ...confirmed })
      : await api.accessGroups.update({ ...scope, accessGroupId: id, draft, intentKey, ...confirmed })
  await loadGroups()
  return result
}

export async function deleteGroups(ids: readonly string[], intentKey: string) {
  const scope = current()
  if (!scope) return noProject
  const result = await api.accessGroups.delete({ ...scope, accessGroupIds: [...ids], intentKey })
  await loadGroups()
  return result
}

export async function changeResidents(id: string, residents: readonly ResidentRef[], kind: 'add' | 'remove') {
  const scope = current()
  if (!scope) return noProject
  const input = { ...scope, accessGroupId: id, residents: [...residents] }
  const result = kind === 'add' ? await api.accessGroups.addResidents(input) : await api.accessGroups.removeResidents(input)
  await loadGroups()
  return result
}

/** Sends the reviewed pending changes of this project. */
export async function replayPending(outboxIds: readonly number[]) {
  const scope = current()
  if (!scope) return noProject
  const result = await api.outbox.replay({ entryIds: [...outboxIds] })
  if (result.ok) useAccessGroupsStore.setState({ lastReplay: result.value })
  await Promise.all([loadGroups(), loadTree()])
  return result
}

/** Reloads when main says this project's groups changed; returns the unsubscribe. */
export function followAccessGroups(): () => void {
  return api.on('accessGroups:changed', (changed) => {
    if (sameGroupsScope(current(), changed)) void loadGroups()
  })
}
