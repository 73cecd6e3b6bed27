import { api } from '../../api'
import { putQueryData, refreshQueries } from '../../query/app-client'
import { domainKey, outboxKey, syncOutcomeKey, syncProgressKey } from '../../query/keys'
import { showSection } from '../ui/store'
import { type ProjectScope, sameScope, useProjectStore } from './store'

/**
 * Opens a project: main starts watching its devices and syncs it if the cache is old. The
 * overview shows at once (filling in when main answers), so a section chosen meanwhile stays;
 * `show: false` opens it without leaving the current section.
 */
export async function openProject(scope: ProjectScope, options: { readonly show?: boolean } = {}): Promise<void> {
  if (!sameScope(useProjectStore.getState().scope, scope)) useProjectStore.setState({ scope, openError: null, lastReplay: null })
  if (options.show ?? true) showSection('overview')
  const result = await api.project.open(scope)
  if (!sameScope(useProjectStore.getState().scope, scope)) return
  useProjectStore.setState({ openError: result.ok ? null : result.error })
  if (result.ok) putQueryData(domainKey(scope, 'overview'), result.value)
}

/** Starts a sync of the open project; its progress and outcome arrive as events. */
export async function startSync(): Promise<void> {
  const scope = useProjectStore.getState().scope
  if (!scope) return
  putQueryData(syncProgressKey(scope), {})
  putQueryData(syncOutcomeKey(scope), null)
  const result = await api.sync.start(scope)
  if (!result.ok) putQueryData(syncOutcomeKey(scope), { ...scope, kind: 'failed', error: result.error })
  await refreshQueries(domainKey(scope, 'overview'))
}

export async function cancelSync(): Promise<void> {
  const scope = useProjectStore.getState().scope
  if (scope) await api.sync.cancel(scope)
}

export async function replayOutbox(entryIds: readonly number[]) {
  const result = await api.outbox.replay({ entryIds: [...entryIds] })
  await refreshQueries(outboxKey)
  if (result.ok) useProjectStore.setState({ lastReplay: result.value })
  return result
}

export async function discardOutboxEntry(entryId: number) {
  const result = await api.outbox.discard({ entryId })
  await refreshQueries(outboxKey)
  return result
}

export async function keepMine(entryId: number) {
  const result = await api.outbox.keepMine({ entryId })
  await refreshQueries(outboxKey)
  return result
}

/** Asks main to check the devices' status now; the overview reads the answer again. */
export async function checkHealth(scope: ProjectScope) {
  const result = await api.health.check(scope)
  await refreshQueries(domainKey(scope, 'overview'))
  return result
}
