import type { ConnectionSummary, RequestRate, Vendor } from '@shared/domain/connection'
import type { AppError } from '@shared/errors'
import type { InputOf } from '@shared/ipc'
import type { Result } from '@shared/result'
import { api } from '../../api'
import { patchQueryData, putQueryData, refreshQueries } from '../../query/app-client'
import { connectionsKey, projectsKey, requestRateKey } from '../../query/keys'
import { openProject } from '../project/actions'
import { sameScope, useProjectStore } from '../project/store'
import { showSection, useUiStore } from '../ui/store'
import { useConnectionsStore } from './store'

/**
 * On start, the project used last is opened again, as the installer left it: called once with
 * the first list of connections.
 */
export function reopenLastProject(list: readonly ConnectionSummary[]): void {
  const last = [...list].filter((c) => c.defaultProjectId && c.lastUsedAt).sort((a, b) => (b.lastUsedAt ?? 0) - (a.lastUsedAt ?? 0))[0]
  if (!last?.defaultProjectId) return
  // Reopened as left, unless the installer has already gone somewhere (a shortcut pressed while loading).
  const untouched = useUiStore.getState().section === 'home'
  if (untouched) selectConnection(last.id)
  else useConnectionsStore.setState({ selectedId: last.id })
  void openProject({ connectionId: last.id, projectId: last.defaultProjectId }, { show: untouched })
}

export function selectConnection(id: string): void {
  useConnectionsStore.setState({ selectedId: id })
  showSection('connection')
}

/** Every write returns the Result so the dialog that asked can show the error in place. */
function upsert(result: Result<ConnectionSummary, AppError>): Result<ConnectionSummary, AppError> {
  if (result.ok) {
    const saved = result.value
    patchQueryData<readonly ConnectionSummary[]>(
      connectionsKey,
      (list) => list && (list.some((c) => c.id === saved.id) ? list.map((c) => (c.id === saved.id ? saved : c)) : [...list, saved]),
    )
  }
  return result
}

export async function addConnection(input: InputOf<'connections:add'>) {
  const result = upsert(await api.connections.add(input))
  if (result.ok) selectConnection(result.value.id)
  return result
}

export const editConnection = async (input: InputOf<'connections:edit'>) => upsert(await api.connections.edit(input))
export const signOutConnection = async (id: string) => upsert(await api.connections.signOut({ id }))

/** A signed-in test reads the connection's projects again: signing in may have been what they lacked. */
export async function testConnection(id: string) {
  const result = upsert(await api.connections.test({ id }))
  if (result.ok && result.value.state.kind === 'signedIn') await refreshQueries(projectsKey(id))
  return result
}

export async function removeConnection(id: string) {
  const result = await api.connections.remove({ id })
  if (result.ok) {
    patchQueryData<readonly ConnectionSummary[]>(connectionsKey, (list) => list?.filter((c) => c.id !== id))
    useConnectionsStore.setState((s) => ({ selectedId: s.selectedId === id ? null : s.selectedId }))
    showSection('home')
  }
  return result
}

export async function openDemo(vendor: Vendor) {
  const result = upsert(await api.connections.openDemo({ vendor }))
  if (result.ok) selectConnection(result.value.id)
  return result
}

/**
 * Opens a project from the list: its cache shows at once while the cloud confirms the choice
 * (a round trip, a sign-in after a while), so a synced project is on screen without waiting for
 * the network. A refusal stays by the list's button and shows on the opened project too.
 */
export async function chooseProject(id: string, projectId: string) {
  const scope = { connectionId: id, projectId }
  const [chosen] = await Promise.all([api.projects.choose({ id, projectId }), openProject(scope)])
  const result = upsert(chosen)
  if (!result.ok && sameScope(useProjectStore.getState().scope, scope)) useProjectStore.setState({ openError: result.error })
  return result
}

/** The installer's ceiling on the connection's requests per second; null lifts it. */
export async function setMaxRequestRate(id: string, maxPerSecond: number | null): Promise<Result<RequestRate, AppError>> {
  const result = await api.connections.setMaxRate({ id, maxPerSecond })
  if (result.ok) putQueryData(requestRateKey(id), result.value)
  return result
}
