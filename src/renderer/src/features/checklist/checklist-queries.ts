import { readAllPages } from '../../query/read-all-pages'
import type { ChecklistDoor, ChecklistFilter } from '@shared/domain/checklist'
import { api } from '../../api'
import { type ProjectScopeKey, domainKey } from '../../query/keys'
import { usePagedQuery } from '../../query/use-paged-query'
import { useResultQuery } from '../../query/use-result-query'

/** Doors tested, faulty and offline per building. */
export function useChecklistSummary(scope: ProjectScopeKey) {
  return useResultQuery([...domainKey(scope, 'checklist'), 'summary'], () => api.checklist.summary(scope))
}

/** The doors matching the filter, a page at a time as the list scrolls. */
export function useChecklistPages(scope: ProjectScopeKey, filter: ChecklistFilter) {
  return usePagedQuery<ChecklistDoor>([...domainKey(scope, 'checklist'), 'pages', filter], (offset, limit) =>
    api.checklist.doors({ ...scope, state: filter.state, buildingKey: filter.buildingKey, offset, limit }),
  )
}

/** Every door the filter shows, a page at a time, for an export. */
export const readChecklistForExport = (scope: ProjectScopeKey, filter: ChecklistFilter, onProgress: (read: number, total: number) => void) =>
  readAllPages<ChecklistDoor>(
    (offset, limit) => api.checklist.doors({ ...scope, state: filter.state, buildingKey: filter.buildingKey, offset, limit }),
    onProgress,
  )
