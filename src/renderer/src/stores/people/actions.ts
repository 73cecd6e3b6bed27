import { api } from '../../api'
import { readStaffContext } from './staff-context'
import { INITIAL, type PeopleScope, type PeopleScreen, samePeopleScope, usePeopleStore } from './store'

const current = (): PeopleScope | null => usePeopleStore.getState().scope

export function showPeopleScreen(screen: PeopleScreen): void {
  usePeopleStore.setState({ screen })
}

export async function openStaff(scope: PeopleScope): Promise<void> {
  if (!samePeopleScope(current(), scope)) usePeopleStore.setState({ ...INITIAL, scope, screen: { kind: 'staffList' } })
  await loadStaff()
}

export async function openPersons(scope: PeopleScope): Promise<void> {
  if (!samePeopleScope(current(), scope)) usePeopleStore.setState({ ...INITIAL, scope, screen: { kind: 'persons' } })
  await loadPersons()
}

export async function loadStaff(): Promise<void> {
  const scope = current()
  if (!scope) return
  const [listing, context] = await Promise.all([api.staff.listing(scope), readStaffContext(scope)])
  if (!samePeopleScope(current(), scope)) return
  usePeopleStore.setState((s) => ({
    staffListing: listing.ok ? listing.value : s.staffListing,
    staffContext: context.ok ? context.value : s.staffContext,
    error: listing.ok ? (context.ok ? null : context.error) : listing.error,
    revision: s.revision + 1,
  }))
}

export async function loadPersons(): Promise<void> {
  const scope = current()
  if (!scope) return
  const [listing, organisations] = await Promise.all([api.persons.listing(scope), api.persons.organisations(scope)])
  if (!samePeopleScope(current(), scope)) return
  usePeopleStore.setState((s) => ({
    personsListing: listing.ok ? listing.value : s.personsListing,
    organisations: organisations.ok ? organisations.value : s.organisations,
    error: listing.ok ? null : listing.error,
    revision: s.revision + 1,
  }))
}

/** Opens a staff create still waiting in the outbox, to change it there before it is sent. */
export async function editQueuedStaff(outboxId: number): Promise<void> {
  const entries = await api.outbox.list({})
  const entry = entries.ok ? entries.value.find((e) => e.id === outboxId) : undefined
  if (entry?.operation.kind !== 'akuvox.staff.create') return
  showPeopleScreen({ kind: 'staffEdit', staffAccessId: null, queued: { intentKey: entry.intentKey, input: entry.operation.input } })
}

/** Reloads when main says this project's staff or persons changed; returns the unsubscribe. */
export function followPeople(event: 'staff:changed' | 'persons:changed', reload: () => Promise<void>): () => void {
  return api.on(event, (changed) => {
    if (samePeopleScope(current(), changed)) void reload()
  })
}
