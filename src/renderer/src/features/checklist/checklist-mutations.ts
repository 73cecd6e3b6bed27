import type { DoorCheckMethod, DoorCheckResult } from '@shared/domain/checklist'
import { api } from '../../api'
import { refreshQueries } from '../../query/app-client'
import { type ProjectScopeKey, domainKey } from '../../query/keys'

export interface DoorTestInput {
  readonly doorKey: string
  readonly result: DoorCheckResult | 'untested'
  readonly method: DoorCheckMethod
  readonly note: string
}

/** Keeps the installer's test of a door; the list and the progress read again before the answer returns. */
export async function recordDoorTest(scope: ProjectScopeKey, test: DoorTestInput) {
  const result = await api.checklist.record({ ...scope, ...test })
  if (result.ok) await refreshQueries(domainKey(scope, 'checklist'))
  return result
}
