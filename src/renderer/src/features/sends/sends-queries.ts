import type { PermissionsFilter, SendDraft, SendProgress, TasksFilter, TaskView, TrackedTask } from '@shared/sends/types'
import type { ActivityEntry } from '@shared/domain/activity'
import type { ChecklistDoor } from '@shared/domain/checklist'
import type { TuyaAccessAuth } from '@shared/domain/tuya'
import { useEffect, useRef } from 'react'
import type { AppError } from '@shared/errors'
import type { PdfSaved } from '@shared/report/pdf-save'
import { PACK_PEOPLE_PAGE, type PackPerson } from '@shared/report/types'
import type { Result } from '@shared/result'
import { api } from '../../api'
import { useButtonChange } from '../../components/use-button-change'
import { domainKey, sendProgressKey } from '../../query/keys'
import { type ReadAll, readAllPages } from '../../query/read-all-pages'
import { usePagedQuery } from '../../query/use-paged-query'
import { usePushed } from '../../query/use-pushed'
import { useResultQuery } from '../../query/use-result-query'
import { type SendsScope, useSendsStore } from '../../stores/sends/store'
import { PACK_ACTIVITY_MAX, type PackRecords } from './pack/pack-context'

/**
 * The sends of the open project. Everything here is under the project's `sends` domain, which
 * each progress report of a running send marks stale (follow-changes.ts): the task list, the
 * grid, the records and the report follow a send as it runs.
 */
const sendsKey = (scope: SendsScope | null) => (scope ? domainKey(scope, 'sends') : ['sends', 'none'])

/** The scope the sends screens show (set when the page opens). */
export const useSendsScope = (): SendsScope | null => useSendsStore((s) => s.scope)

/** Channels with their devices and permissions counts. */
export function useChannels(scope: SendsScope) {
  return useResultQuery([...sendsKey(scope), 'channels'], () => api.sends.channels(scope))
}

export function useTaskPages(scope: SendsScope | null, filter: TasksFilter) {
  return usePagedQuery<TrackedTask>(
    [...sendsKey(scope), 'tasks', filter],
    scope && ((offset, limit) => api.sends.tasks({ ...scope, ...filter, offset, limit })),
    100,
  )
}

export function usePermissionPages(scope: SendsScope | null, filter: PermissionsFilter) {
  return usePagedQuery<TuyaAccessAuth>(
    [...sendsKey(scope), 'permissions', filter],
    scope && ((offset, limit) => api.sends.permissions({ ...scope, ...filter, offset, limit })),
  )
}

/** One permission: the cloud's detail when reachable, else the cached row. */
export function usePermission(scope: SendsScope | null, accessAuthId: string) {
  return useResultQuery([...sendsKey(scope), 'permission', accessAuthId], scope && (() => api.sends.permission({ ...scope, accessAuthId })))
}

export function useTask(scope: SendsScope | null, taskId: string) {
  return useResultQuery<TaskView>([...sendsKey(scope), 'task', taskId], scope && (() => api.sends.task({ ...scope, taskId })))
}

/** A record's issue info per credential type; null until the installer opens one. */
export function useIssueInfo(scope: SendsScope | null, recordId: string | null) {
  return useResultQuery([...sendsKey(scope), 'issueInfo', recordId], scope && recordId !== null ? () => api.sends.issueInfo({ ...scope, recordId }) : null)
}

/** Person × credential results of a batch, as its records land. */
export function useGrid(scope: SendsScope | null, taskIds: readonly string[]) {
  return useResultQuery([...sendsKey(scope), 'grid', [...taskIds]], scope && (() => api.sends.grid({ ...scope, taskIds: [...taskIds] })))
}

/** What "retry failures" would send again; read once the installer asks. */
export function useRetryPlan(scope: SendsScope | null, taskIds: readonly string[], asked: boolean) {
  return useResultQuery([...sendsKey(scope), 'retryPlan', [...taskIds]], scope && asked ? () => api.sends.retryPlan({ ...scope, taskIds: [...taskIds] }) : null)
}

/** What a send would do, for the wizard's review step; null until the installer reaches it. */
export function useSendPreview(scope: SendsScope | null, draft: SendDraft | null) {
  return useResultQuery(
    [...sendsKey(scope), 'preview', draft],
    scope && draft ? () => api.sends.preview({ ...scope, draft: { ...draft, channelIds: [...draft.channelIds] } }) : null,
  )
}

/** The handover report, generated from the cache once the installer asks (with the name it is prepared by). */
export function useReport(scope: SendsScope, preparedBy: string | null) {
  return useResultQuery([...sendsKey(scope), 'report', preparedBy], preparedBy === null ? null : () => api.sends.report({ ...scope, preparedBy }))
}

/** Every person of the handover pack, read a page at a time once the installer asks (`asked` names the request). */
export function usePackPeople(scope: SendsScope, asked: number | null) {
  return useResultQuery([...sendsKey(scope), 'packPeople', asked], asked === null ? null : () => readAllPackPeople(scope))
}

/** The people of the pack, as many as one import takes (`total` says when the project has more). */
const readAllPackPeople = (scope: SendsScope): Promise<ReadAll<PackPerson>> =>
  readAllPages((offset, limit) => api.report.people({ ...scope, offset, limit: Math.min(limit, PACK_PEOPLE_PAGE) }))

/** The door checklist and the project's activity log for the pack, read again on each Produce. */
export function usePackRecords(scope: SendsScope, asked: number | null) {
  return useResultQuery([...sendsKey(scope), 'packRecords', asked], asked === null ? null : () => readPackRecords(scope))
}

async function readPackRecords(scope: SendsScope): Promise<Result<PackRecords, AppError>> {
  const checklist = await readAllPages<ChecklistDoor>((offset, limit) => api.checklist.doors({ ...scope, offset, limit }))
  if (!checklist.ok) return checklist
  const activity = await readAllPages<ActivityEntry>(
    (offset, limit) => api.activity.page({ connectionId: scope.connectionId, projectId: scope.projectId, offset, limit }),
    undefined,
    PACK_ACTIVITY_MAX,
  )
  if (!activity.ok) return activity
  return { ok: true, value: { checklist: checklist.value.items, activity: activity.value.items, activityTotal: activity.value.total } }
}

/** Desktop only: saves the printed pack as a PDF where the installer chooses. */
export function useSavePackPdf(onDone: (saved: PdfSaved) => void) {
  return useButtonChange((fileName: string) => api.report.savePdf({ fileName }), onDone)
}

/** The latest progress main reported for a batch, or undefined before the first report. */
export function useSendProgress(scope: SendsScope | null, taskIds: readonly string[]) {
  return usePushed<SendProgress>(sendProgressKey(scope ?? { connectionId: '', projectId: '' }, taskIds))
}

/** Hears each batch of the project that finishes (once per batch), to tell the installer. */
export function useSendsFinished(scope: SendsScope, onFinished: (progress: SendProgress) => void): void {
  const tell = useRef(onFinished)
  useEffect(() => {
    tell.current = onFinished
  })
  useEffect(() => {
    const finished = new Set<string>()
    return api.on('sends:progress', (progress) => {
      if (progress.connectionId !== scope.connectionId || progress.projectId !== scope.projectId) return
      const batch = [...progress.taskIds].sort().join(',')
      if (progress.state !== 'finished') finished.delete(batch)
      else if (!finished.has(batch)) {
        finished.add(batch)
        tell.current(progress)
      }
    })
  }, [scope])
}
