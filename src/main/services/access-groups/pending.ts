import type { PendingGroupChange } from '@shared/domain/access-groups'
import type { OutboxEntry, OutboxOperation } from '@shared/domain/outbox'
import { assertNever } from '@shared/util/assert-never'

type GroupOperation = Extract<OutboxOperation, { readonly kind: `akuvox.accessGroup.${string}` }>

export function isGroupOperation(op: OutboxOperation): op is GroupOperation {
  return op.kind.startsWith('akuvox.accessGroup.')
}

/** The row id of a create that is still in the outbox (it has no cloud id yet). */
export const pendingCreateId = (outboxId: number): string => `pending:${outboxId}`

export function outboxIdOfPendingCreate(id: string): number | null {
  const match = /^pending:(\d+)$/.exec(id)
  return match ? Number(match[1]) : null
}

/** What an outbox entry of a group says, for the list; `names` gives a delete the name it had. */
export function pendingChangeOf(entry: OutboxEntry, names: ReadonlyMap<string, string>): PendingGroupChange | null {
  const op = entry.operation
  if (!isGroupOperation(op)) return null
  const common = { outboxId: entry.id, state: entry.state, createdAt: entry.createdAt, lastError: entry.lastError }
  switch (op.kind) {
    case 'akuvox.accessGroup.create':
      return { ...common, kind: 'create', name: op.input.accessGroupName, accessGroupId: null }
    case 'akuvox.accessGroup.update':
      return { ...common, kind: 'update', name: op.input.accessGroupName, accessGroupId: op.input.accessGroupId }
    case 'akuvox.accessGroup.delete':
      return { ...common, kind: 'delete', name: names.get(op.accessGroupId) ?? op.accessGroupId, accessGroupId: op.accessGroupId }
    case 'akuvox.accessGroup.residents':
      return { ...common, kind: 'residents', name: names.get(op.accessGroupId) ?? op.accessGroupName, accessGroupId: op.accessGroupId }
    default:
      return assertNever(op, 'access-group operation')
  }
}
