import type { OutboxEntry, OutboxOperation } from '@shared/domain/outbox'
import type { PendingPersonChange } from '@shared/people/persons'
import type { PendingStaffChange } from '@shared/people/staff'
import { assertNever } from '@shared/util/assert-never'

type StaffOperation = Extract<OutboxOperation, { readonly kind: `akuvox.staff.${string}` }>
type PersonOperation = Extract<OutboxOperation, { readonly kind: `tuya.person.${string}` }>

const common = (entry: OutboxEntry) => ({ outboxId: entry.id, state: entry.state, lastError: entry.lastError })

function isStaff(op: OutboxOperation): op is StaffOperation {
  return op.kind === 'akuvox.staff.create' || op.kind === 'akuvox.staff.update' || op.kind === 'akuvox.staff.delete'
}

function isPerson(op: OutboxOperation): op is PersonOperation {
  return op.kind.startsWith('tuya.person.')
}

/** The staff changes among a project's outbox entries, for the list's pending panel. */
export function pendingStaff(entries: readonly OutboxEntry[], names: (id: string) => string): PendingStaffChange[] {
  return entries.flatMap((entry): PendingStaffChange[] => {
    const op = entry.operation
    if (!isStaff(op)) return []
    const base = { ...common(entry), createdAt: entry.createdAt }
    if (op.kind === 'akuvox.staff.create') return [{ ...base, kind: 'create', name: op.input.staffAccessName, staffAccessIds: [] }]
    if (op.kind === 'akuvox.staff.update') return [{ ...base, kind: 'update', name: op.input.staffAccessName, staffAccessIds: [op.input.staffAccessId] }]
    return [{ ...base, kind: 'delete', name: op.staffAccessIds.map(names).join(', '), staffAccessIds: op.staffAccessIds }]
  })
}

export function pendingPersons(entries: readonly OutboxEntry[], names: (id: string) => string): PendingPersonChange[] {
  return entries.flatMap((entry): PendingPersonChange[] => {
    const op = entry.operation
    if (!isPerson(op)) return []
    switch (op.kind) {
      case 'tuya.person.add':
        return [{ ...common(entry), kind: 'add', label: op.input.name, personIds: [] }]
      case 'tuya.person.edit':
        return [{ ...common(entry), kind: 'edit', label: op.edit.name ?? names(op.edit.personId), personIds: [op.edit.personId] }]
      case 'tuya.person.disable':
        return [{ ...common(entry), kind: 'disable', label: op.personIds.map(names).join(', '), personIds: op.personIds }]
      case 'tuya.person.delete':
        return [{ ...common(entry), kind: 'delete', label: op.move.personIds.map(names).join(', '), personIds: op.move.personIds }]
      case 'tuya.person.recover':
        return [{ ...common(entry), kind: 'recover', label: op.move.personIds.map(names).join(', '), personIds: op.move.personIds }]
      default:
        return assertNever(op, 'person operation')
    }
  })
}
