import type { MergeResolution } from '@shared/merge/three-way'
import { api } from '../../api'
import { noProject } from '../no-project'
import { showSection } from '../ui/store'
import { type ProjectScope, sameScope, useProjectStore } from './store'

/**
 * Opens a project: main starts watching its devices and syncs it if the cache is old. The
 * overview shows at once (filling in when main answers), so a section chosen meanwhile stays;
 * `show: false` opens it without leaving the current section.
 */
export async function openProject(scope: ProjectScope, options: { readonly show?: boolean } = {}): Promise<void> {
  if (!sameScope(useProjectStore.getState().scope, scope)) {
    useProjectStore.setState({ scope, view: null, viewError: null, progress: {}, lastOutcome: null })
  }
  if (options.show ?? true) showSection('overview')
  const result = await api.project.open(scope)
  if (!sameScope(useProjectStore.getState().scope, scope)) return
  useProjectStore.setState(result.ok ? { view: result.value, viewError: null } : { viewError: result.error })
  void loadOutbox()
}

export async function refreshView(): Promise<void> {
  const scope = useProjectStore.getState().scope
  if (!scope) return
  const result = await api.project.overview(scope)
  if (sameScope(useProjectStore.getState().scope, scope)) {
    useProjectStore.setState(result.ok ? { view: result.value, viewError: null } : { viewError: result.error })
  }
}

/** Starts a sync of the open project; the caller shows a refusal where the installer asked for it. */
export async function startSync() {
  const scope = useProjectStore.getState().scope
  if (!scope) return noProject
  useProjectStore.setState({ progress: {}, lastOutcome: null })
  const result = await api.sync.start(scope)
  if (result.ok) await refreshView()
  return result
}

export async function cancelSync() {
  const scope = useProjectStore.getState().scope
  return scope ? api.sync.cancel(scope) : noProject
}

export async function loadOutbox(): Promise<void> {
  const result = await api.outbox.list({})
  if (result.ok) useProjectStore.setState({ outbox: result.value })
}

export async function replayOutbox(entryIds: readonly number[]) {
  const result = await api.outbox.replay({ entryIds: [...entryIds] })
  if (result.ok) useProjectStore.setState({ lastReplay: result.value })
  await Promise.all([loadOutbox(), refreshView()])
  return result
}

export async function discardOutboxEntry(entryId: number) {
  const result = await api.outbox.discard({ entryId })
  await Promise.all([loadOutbox(), refreshView()])
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
  await loadOutbox()
  return result
}

/** Follows sync progress and outcomes, device health and the outbox; returns the unsubscribe. */
export function followProject(): () => void {
  const offs = [
    api.on('sync:progress', (p) => {
      const { scope, progress } = useProjectStore.getState()
      if (sameScope(scope, p)) useProjectStore.setState({ progress: { ...progress, [p.collection]: p } })
    }),
    api.on('sync:outcome', (outcome) => {
      if (!sameScope(useProjectStore.getState().scope, outcome)) return
      useProjectStore.setState({ lastOutcome: outcome })
      void refreshView()
    }),
    api.on('health:changed', (change) => {
      if (sameScope(useProjectStore.getState().scope, change)) void refreshView()
    }),
    api.on('outbox:changed', (outbox) => useProjectStore.setState({ outbox })),
  ]
  void loadOutbox()
  return () => offs.forEach((off) => off())
}
