import type { StaffContext, StaffCredentials } from '@shared/people/staff'
import { type Result, ok } from '@shared/result'
import { api } from '../../api'
import type { PeopleScope } from './store'

const PAGE = 500

/** Groups and buildings, then every staff's credentials a page at a time (they grow with the project). */
export async function readStaffContext(scope: PeopleScope): Promise<Result<StaffContext>> {
  const head = await api.staff.context(scope)
  if (!head.ok) return head
  const staff: StaffCredentials[] = []
  for (;;) {
    const page = await api.staff.credentials({ ...scope, offset: staff.length, limit: PAGE })
    if (!page.ok) return page
    staff.push(...page.value.items)
    if (page.value.items.length === 0 || staff.length >= page.value.total) break
  }
  return ok({ accessGroups: head.value.accessGroups, buildings: head.value.buildings, staff })
}
