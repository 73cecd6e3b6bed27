import { readAllPages } from '../../query/read-all-pages'
import type { ActivityEntry, ActivityResult } from '@shared/domain/activity'
import { api } from '../../api'
import { useQueryClient } from '@tanstack/react-query'
import { usePagedQuery } from '../../query/use-paged-query'
import { useResultMutation } from '../../query/use-result-mutation'
import { useResultQuery } from '../../query/use-result-query'
import { activityKey, installerKey } from '../../query/keys'

export interface ActivityFilter {
  readonly search: string
  readonly result: ActivityResult | null
  /** Only this project's changes; null: every project. */
  readonly scope: { readonly connectionId: string; readonly projectId: string } | null
  /** Only changes since this moment (epoch ms); null: all. */
  readonly from: number | null
}

const PAGE = 100

/** The log, newest first, read a page at a time as the list scrolls. */
export function useActivityPage(filter: ActivityFilter) {
  return usePagedQuery<ActivityEntry>([...activityKey, filter], readActivityPage(filter), PAGE)
}

const readActivityPage = (filter: ActivityFilter) => (offset: number, limit: number) =>
  api.activity.page({
    offset,
    limit,
    ...(filter.search.trim() !== '' ? { search: filter.search.trim() } : {}),
    ...(filter.result ? { result: filter.result } : {}),
    ...(filter.scope ?? {}),
    ...(filter.from !== null ? { from: filter.from } : {}),
  })

/** Every entry the filter shows, a page at a time, for an export. */
export const readActivityForExport = (filter: ActivityFilter, onProgress: (read: number, total: number) => void) =>
  readAllPages<ActivityEntry>(readActivityPage(filter), onProgress)

/** The installer's name the log records with each change. */
export function useInstaller() {
  return useResultQuery(installerKey, () => api.app.installer())
}

/** Sets the installer's name; every screen that shows it reads the saved one. */
export function useSetInstaller() {
  const client = useQueryClient()
  return useResultMutation((name: string) => api.app.setInstaller({ name }), { onDone: (saved) => client.setQueryData(installerKey, saved) })
}
