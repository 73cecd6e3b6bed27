import type { SendChecked, SendDraft } from '@shared/sends/types'
import { api } from '../../api'
import { refreshQueries } from '../../query/app-client'
import { domainKey } from '../../query/keys'
import { noProject } from '../no-project'
import { type SendsScope, type SendsScreen, INITIAL, sameSendsScope, useSendsStore } from './store'

const current = (): SendsScope | null => useSendsStore.getState().scope

/** Shows a project's sends, starting at the task list when it is another project than before. */
export function enterSends(scope: SendsScope): void {
  if (!sameSendsScope(current(), scope)) useSendsStore.setState({ ...INITIAL, scope })
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
  else if (result.value.taskIds.length > 0) showSendsScreen({ kind: 'batch', taskIds: result.value.taskIds, startedAt: result.value.startedAt })
  return result
}

export async function retryFailures(taskIds: readonly string[]) {
  const scope = current()
  if (!scope) return null
  const result = await api.sends.retryFailures({ ...scope, taskIds: [...taskIds] })
  if (result.ok && result.value.taskIds.length > 0) showSendsScreen({ kind: 'batch', taskIds: result.value.taskIds, startedAt: result.value.startedAt })
  return result
}

export async function resumeTracking(taskIds: readonly string[]) {
  const scope = current()
  if (!scope) return null
  return api.sends.track({ ...scope, taskIds: [...taskIds] })
}

/** Reads the tasks from the cloud again; the task list then reads the cache again. */
export async function refreshTasks() {
  const scope = current()
  if (!scope) return null
  const result = await api.sends.refreshTasks(scope)
  await refreshQueries(domainKey(scope, 'sends'))
  return result
}

/** Hears every send whose lost answer was settled from the cloud's task list; returns the unsubscribe. */
export function followSendChecks(onChecked: (checked: SendChecked) => void): () => void {
  return api.on('sends:checked', (checked) => {
    onChecked(checked)
    // The channels' send state changed with it.
    void refreshQueries(domainKey(checked, 'sends'))
  })
}
