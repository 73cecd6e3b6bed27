import type { AccessGroupDraft, SaveOutcome, SiteDevice, UtcSchedule } from '@shared/domain/access-groups'
import type { AppError } from '@shared/errors'
import { type Result, ok } from '@shared/result'
import type { ResidentRef } from '@shared/domain/residents'
import type { DuplicateRef } from '@shared/duplicates/rule-book'
import { api } from '../../api'
import { noProject } from '../no-project'
import { refreshQueries } from '../../query/app-client'
import { domainKey, siteZoneKey } from '../../query/keys'
import { type GroupsScope, type GroupsScreen, INITIAL, sameGroupsScope, useAccessGroupsStore } from './store'

/**
 * The changes below are made in main, which says `accessGroups:changed` after each: the lists
 * on screen read again through the query cache, so none of them reloads anything itself.
 */
const current = (): GroupsScope | null => useAccessGroupsStore.getState().scope

/** Shows a project's groups, starting at the list when it is another project than before. */
export function enterGroups(scope: GroupsScope): void {
  if (!sameGroupsScope(current(), scope)) useAccessGroupsStore.setState({ ...INITIAL, scope })
}

/** Reads the project from the cloud again (a sync); the lists follow main's change event. */
/** Reads the project's groups from the cloud again; the caller shows a refusal. */
export async function refreshFromCloud() {
  const scope = current()
  if (!scope) return noProject
  return api.accessGroups.refresh(scope)
}

export function showScreen(screen: GroupsScreen): void {
  useAccessGroupsStore.setState({ screen })
}

/** Create (no id) or update; the caller shows the outcome (saved, or queued in the outbox). */
/** `confirmedDuplicates`: the installer agreed to a name another group has (main refuses it otherwise). */
export async function saveGroup(draft: AccessGroupDraft, id: string | null, confirmedDuplicates: readonly DuplicateRef[], intentKey: string) {
  const scope = current()
  if (!scope) return noProject
  const confirmed = confirmedDuplicates.length > 0 ? { confirmedDuplicates } : {}
  return id === null
    ? api.accessGroups.create({ ...scope, draft, intentKey, ...confirmed })
    : api.accessGroups.update({ ...scope, accessGroupId: id, draft, intentKey, ...confirmed })
}

export async function deleteGroups(ids: readonly string[], intentKey: string) {
  const scope = current()
  if (!scope) return noProject
  return api.accessGroups.delete({ ...scope, accessGroupIds: [...ids], intentKey })
}

export async function changeResidents(id: string, residents: readonly ResidentRef[], kind: 'add' | 'remove') {
  const scope = current()
  if (!scope) return noProject
  const input = { ...scope, accessGroupId: id, residents: [...residents] }
  return kind === 'add' ? api.accessGroups.addResidents(input) : api.accessGroups.removeResidents(input)
}

/**
 * Sends the reviewed pending changes of this project. Main reads the project again and says so;
 * the groups on screen have read it again before the outcome shows, so "Sent" never stands next
 * to the list as it was.
 */
export async function replayPending(outboxIds: readonly number[]) {
  const scope = current()
  if (!scope) return noProject
  const result = await api.outbox.replay({ entryIds: [...outboxIds] })
  await refreshQueries(domainKey(scope, 'accessGroups'))
  if (result.ok) useAccessGroupsStore.setState({ lastReplay: result.value })
  return result
}

/** What shifting one group's schedule came to: saved or queued as any edit, or not tried for want of its doors. */
export type ShiftOutcome = SaveOutcome | { readonly kind: 'doorsUnknown' }

const selections = (doors: readonly SiteDevice[]) =>
  doors
    .map((d) => ({ deviceId: d.deviceId, relayIds: d.relays.map((r) => r.relayId), securityRelayIds: d.securityRelays.map((r) => r.relayId) }))
    .filter((d) => d.relayIds.length + d.securityRelayIds.length > 0)

/**
 * A group saved again with new UTC times and nothing else changed, through the same update as
 * the wizard's (offline it waits in the outbox). Its name and doors are read first: an update
 * sends the whole group.
 */
export async function shiftSchedule(id: string, schedule: UtcSchedule, intentKey: string): Promise<Result<ShiftOutcome, AppError>> {
  const scope = current()
  if (!scope) return noProject
  const detail = await api.accessGroups.detail({ ...scope, accessGroupId: id })
  if (!detail.ok) return detail
  const { row, doors } = detail.value
  if (doors === null) return ok({ kind: 'doorsUnknown' })
  return api.accessGroups.update({ ...scope, accessGroupId: id, draft: { name: row.name, schedule, doors: selections(doors) }, intentKey })
}

/** One group to shift: its new UTC schedule and the intent key its update is sent under. */
export interface ShiftRequest {
  readonly id: string
  readonly after: UtcSchedule
  readonly intentKey: string
}

/**
 * The reviewed clock-change step: each group in turn (`onEach` says how each went, for the
 * dialog to show); when every one was shifted or queued, the change is recorded as dealt with so
 * it is not offered again. A group that failed keeps the step open.
 */
export async function shiftGroups(
  requests: readonly ShiftRequest[],
  changeAt: number,
  onEach: (id: string, outcome: Result<ShiftOutcome, AppError>) => void,
): Promise<Result<{ readonly allShifted: boolean }, AppError>> {
  let allShifted = true
  for (const request of requests) {
    const outcome = await shiftSchedule(request.id, request.after, request.intentKey)
    onEach(request.id, outcome)
    if (!outcome.ok || outcome.value.kind === 'doorsUnknown') allShifted = false
  }
  const scope = current()
  if (!scope) return noProject
  if (!allShifted) return ok({ allShifted })
  const settled = await api.project.settleClockChange({ ...scope, changeAt })
  if (!settled.ok) return settled
  await refreshQueries(siteZoneKey(scope))
  return ok({ allShifted })
}
