import type { ConnectionSummary, Vendor } from '@shared/domain/connection'
import type { AppError } from '@shared/errors'
import type { InputOf } from '@shared/ipc'
import type { Result } from '@shared/result'
import { api } from '../../api'
import { openProject } from '../project/actions'
import { showSection, useUiStore } from '../ui/store'
import { useConnectionsStore } from './store'

function setList(list: readonly ConnectionSummary[]): void {
  useConnectionsStore.setState((s) => ({
    list,
    loaded: true,
    listError: null,
    selectedId: s.selectedId && list.some((c) => c.id === s.selectedId) ? s.selectedId : null,
  }))
}

/**
 * Loads the connections and follows changes pushed by main; returns the unsubscribe. On start,
 * the project used last is opened again, as the installer left it.
 */
export function followConnections(): () => void {
  const off = api.on('connections:changed', setList)
  void api.connections.list().then((result) => {
    if (!result.ok) return useConnectionsStore.setState({ loaded: true, listError: result.error })
    setList(result.value)
    const last = [...result.value].filter((c) => c.defaultProjectId && c.lastUsedAt).sort((a, b) => (b.lastUsedAt ?? 0) - (a.lastUsedAt ?? 0))[0]
    if (last?.defaultProjectId) {
      // Reopened as left, unless the installer has already gone somewhere (a shortcut pressed while loading).
      const untouched = useUiStore.getState().section === 'home'
      if (untouched) selectConnection(last.id)
      else useConnectionsStore.setState({ selectedId: last.id })
      void openProject({ connectionId: last.id, projectId: last.defaultProjectId }, { show: untouched })
    }
  })
  return off
}

export function selectConnection(id: string): void {
  useConnectionsStore.setState({ selectedId: id })
  showSection('connection')
  const projects = useConnectionsStore.getState().projects[id]
  if (!projects || projects.status === 'error') void loadProjects(id)
}

/** Every write returns the Result so the dialog that asked can show the error in place. */
async function upsert(result: Result<ConnectionSummary, AppError>): Promise<Result<ConnectionSummary, AppError>> {
  if (result.ok) {
    const { list } = useConnectionsStore.getState()
    if (!list.some((c) => c.id === result.value.id)) setList([...list, result.value])
  }
  return result
}

export async function addConnection(input: InputOf<'connections:add'>) {
  const result = await upsert(await api.connections.add(input))
  if (result.ok) selectConnection(result.value.id)
  return result
}

export const editConnection = async (input: InputOf<'connections:edit'>) => upsert(await api.connections.edit(input))
export const testConnection = async (id: string) => upsert(await api.connections.test({ id }))
export const signOutConnection = async (id: string) => upsert(await api.connections.signOut({ id }))

export async function removeConnection(id: string) {
  const result = await api.connections.remove({ id })
  if (result.ok) {
    useConnectionsStore.setState((s) => ({
      list: s.list.filter((c) => c.id !== id),
      selectedId: s.selectedId === id ? null : s.selectedId,
    }))
    showSection('home')
  }
  return result
}

export async function openDemo(vendor: Vendor) {
  const result = await upsert(await api.connections.openDemo({ vendor }))
  if (result.ok) selectConnection(result.value.id)
  return result
}

export async function loadProjects(id: string): Promise<void> {
  useConnectionsStore.setState((s) => ({ projects: { ...s.projects, [id]: { status: 'loading' } } }))
  const result = await api.projects.list({ id })
  useConnectionsStore.setState((s) => ({
    projects: { ...s.projects, [id]: result.ok ? { status: 'ready', items: result.value } : { status: 'error', error: result.error } },
  }))
}

export async function chooseProject(id: string, projectId: string) {
  const result = await upsert(await api.projects.choose({ id, projectId }))
  if (result.ok) await openProject({ connectionId: id, projectId })
  return result
}
