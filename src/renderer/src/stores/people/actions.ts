import { api } from '../../api'
import { refreshQueries } from '../../query/app-client'
import { domainKey } from '../../query/keys'
import { INITIAL, type PeopleScope, type PeopleScreen, samePeopleScope, usePeopleStore } from './store'

const current = (): PeopleScope | null => usePeopleStore.getState().scope

export function showPeopleScreen(screen: PeopleScreen): void {
  usePeopleStore.setState({ screen })
}

/** Shows a project's staff, starting at the list when it is another project than before. */
export function enterStaff(scope: PeopleScope): void {
  if (!samePeopleScope(current(), scope)) usePeopleStore.setState({ ...INITIAL, scope, screen: { kind: 'staffList' } })
}

/** Shows a project's persons, starting at the list when it is another project than before. */
export function enterPersons(scope: PeopleScope): void {
  if (!samePeopleScope(current(), scope)) usePeopleStore.setState({ ...INITIAL, scope, screen: { kind: 'persons' } })
}

/** Marks the open project's staff stale: what shows it reads again (main also says so after each change). */
export async function loadStaff(): Promise<void> {
  const scope = current()
  if (scope) await refreshQueries(domainKey(scope, 'staff'))
}

/** Opens a staff create still waiting in the outbox, to change it there before it is sent; answers why it could not. */
export async function editQueuedStaff(outboxId: number) {
  const entries = await api.outbox.list({})
  if (!entries.ok) return entries
  const entry = entries.value.find((e) => e.id === outboxId)
  // Sent or discarded meanwhile: nothing is left to change here.
  if (entry?.operation.kind === 'akuvox.staff.create')
    showPeopleScreen({ kind: 'staffEdit', staffAccessId: null, queued: { intentKey: entry.intentKey, input: entry.operation.input } })
  return entries
}
