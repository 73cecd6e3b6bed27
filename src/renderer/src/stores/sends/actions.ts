import type { PermissionsFilter, SendChecked, SendDraft, SendProgress, TasksFilter } from '@shared/sends/types'
import { api } from '../../api'
import { noProject } from '../no-project'
import { type SendsScope, type SendsScreen, INITIAL, batchKey, sameSendsScope, useSendsStore } from './store'

const current = (): SendsScope | null => useSendsStore.getState().scope

export async function openSends(scope: SendsScope): Promise<void> {
  if (!sameSendsScope(current(), scope)) useSendsStore.setState({ ...INITIAL, scope })
  await loadChannels()
}

export async function loadChannels(): Promise<void> {
  const scope = current()
  if (!scope) return
  const result = await api.sends.channels(scope)
  if (!sameSendsScope(current(), scope)) return
  useSendsStore.setState(result.ok ? { listing: result.value, error: null } : { error: result.error })
}

export function showSendsScreen(screen: SendsScreen): void {
  useSendsStore.setState({ screen })
}

export async function startSend(draft: SendDraft) {
  const scope = current()
  if (!scope) return noProject
  const result = await api.sends.start({ ...scope, draft: { ...draft, channelIds: [...draft.channelIds] } })
  if (!result.ok) return result
  if (result.value.outcome === 'queued') showSendsScreen({ kind: 'tasks' })
  else if (result.value.taskIds.length > 0) showSendsScreen({ kind: 'batch', taskIds: result.value.taskIds })
  return result
}

export async function retryFailures(taskIds: readonly string[]) {
  const scope = current()
  if (!scope) return null
  const result = await api.sends.retryFailures({ ...scope, taskIds: [...taskIds] })
  if (result.ok && result.value.taskIds.length > 0) showSendsScreen({ kind: 'batch', taskIds: result.value.taskIds })
  return result
}

export async function resumeTracking(taskIds: readonly string[]) {
  const scope = current()
  if (!scope) return null
  return api.sends.track({ ...scope, taskIds: [...taskIds] })
}

/** Keeps the latest progress of each batch; `onFinished` hears each batch that ends. Returns the unsubscribe. */
export function followSends(onFinished: (progress: SendProgress) => void): () => void {
  return api.on('sends:progress', (progress) => {
    const scope = current()
    if (!scope || !sameSendsScope(scope, progress)) return
    const key = batchKey(progress.taskIds)
    const before = useSendsStore.getState().progress[key]
    useSendsStore.setState((s) => ({ progress: { ...s.progress, [key]: progress } }))
    if (progress.state === 'finished' && before?.state !== 'finished') {
      onFinished(progress)
      void loadChannels()
    }
  })
}

export async function loadPermissions(filter: PermissionsFilter, offset: number, limit: number) {
  const scope = current()
  if (!scope) return null
  return api.sends.permissions({ ...scope, ...filter, offset, limit })
}

export async function loadPermission(accessAuthId: string) {
  const scope = current()
  if (!scope) return null
  return api.sends.permission({ ...scope, accessAuthId })
}

export async function loadPreview(draft: SendDraft) {
  const scope = current()
  if (!scope) return null
  return api.sends.preview({ ...scope, draft: { ...draft, channelIds: [...draft.channelIds] } })
}

export async function loadTasks(filter: TasksFilter, offset: number, limit: number) {
  const scope = current()
  if (!scope) return null
  return api.sends.tasks({ ...scope, ...filter, offset, limit })
}

export async function refreshTasks() {
  const scope = current()
  if (!scope) return null
  return api.sends.refreshTasks(scope)
}

export async function loadTask(taskId: string) {
  const scope = current()
  if (!scope) return null
  return api.sends.task({ ...scope, taskId })
}

export async function loadIssueInfo(recordId: string) {
  const scope = current()
  if (!scope) return null
  return api.sends.issueInfo({ ...scope, recordId })
}

export async function loadGrid(taskIds: readonly string[]) {
  const scope = current()
  if (!scope) return null
  return api.sends.grid({ ...scope, taskIds: [...taskIds] })
}

export async function loadRetryPlan(taskIds: readonly string[]) {
  const scope = current()
  if (!scope) return null
  return api.sends.retryPlan({ ...scope, taskIds: [...taskIds] })
}

export async function loadReport(scope: SendsScope, preparedBy: string) {
  return api.sends.report({ ...scope, preparedBy })
}

/** Hears every send whose lost answer was settled from the cloud's task list; returns the unsubscribe. */
export function followSendChecks(onChecked: (checked: SendChecked) => void): () => void {
  return api.on('sends:checked', (checked) => {
    onChecked(checked)
    if (sameSendsScope(current(), checked)) void loadChannels()
  })
}
