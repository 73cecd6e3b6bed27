import type { AppError } from '@shared/errors'
import type { Result } from '@shared/result'
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

/** Marks the open project's persons stale: what shows them reads again. */
export async function loadPersons(): Promise<void> {
  const scope = current()
  if (scope) await refreshQueries(domainKey(scope, 'persons'))
}

/** Runs a write, shows its error if it failed, and reloads the lists either way. */
export async function runWrite<T>(
  write: (scope: PeopleScope) => Promise<Result<T, AppError>>,
  reload: () => Promise<void>,
): Promise<Result<T, AppError> | null> {
  const scope = current()
  if (!scope) return null
  usePeopleStore.setState({ busy: true })
  const result = await write(scope)
  usePeopleStore.setState({ busy: false, error: result.ok ? null : result.error })
  await reload()
  return result
}

export async function refreshStaff(): Promise<void> {
  await runWrite((scope) => api.staff.refresh(scope), loadStaff)
}

export async function refreshPersons(): Promise<void> {
  await runWrite((scope) => api.persons.refresh(scope), loadPersons)
}
