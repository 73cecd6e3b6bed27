import type { MergeResolution } from '@shared/merge/three-way'
import { api } from '../../api'
import { noProject } from '../no-project'
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

/** Starts a sync of the open project; the caller shows a refusal where the installer asked for it. */
export async function startSync() {
  const scope = useProjectStore.getState().scope
  if (!scope) return noProject
  putQueryData(syncProgressKey(scope), {})
  putQueryData(syncOutcomeKey(scope), null)
  const result = await api.sync.start(scope)
  await refreshQueries(domainKey(scope, 'overview'))
  return result
}

export async function cancelSync() {
  const scope = useProjectStore.getState().scope
  return scope ? api.sync.cancel(scope) : noProject
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

/** A change in conflict, field by field with the cloud's record (null: it can only be kept or discarded whole). */
export function reviewConflict(entryId: number) {
  return api.outbox.review({ entryId })
}

/** Settles a conflict as the installer chose, then sends that change at once. */
export async function resolveConflict(entryId: number, resolution: MergeResolution) {
  const result = await api.outbox.resolve({
    entryId,
    resolution: resolution.kind === 'merge' ? { kind: 'merge', keepMine: [...resolution.keepMine] } : resolution,
  })
  if (result.ok && result.value.resolved) return replayOutbox([entryId])
  await refreshQueries(outboxKey)
  return result
}

/** Asks main to check the devices' status now; the overview reads the answer again. */
export async function checkHealth(scope: ProjectScope) {
  const result = await api.health.check(scope)
  await refreshQueries(domainKey(scope, 'overview'))
  return result
}
