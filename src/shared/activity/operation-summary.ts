import type { ActivityOperation } from '../domain/activity'
import type { OutboxOperation } from '../domain/outbox'
import { assertNever } from '../util/assert-never'

/** Doors named in a send's target; the rest are counted. */
export const TARGET_DOORS = 5

/**
 * What the activity log keeps of a change: its kind, the names and counts it is worded from and
 * its target by name. Credentials (PINs, cards, faces) and secrets are never copied.
 */
export function activityOperationOf(op: OutboxOperation): ActivityOperation {
  switch (op.kind) {
    case 'akuvox.accessGroup.create':
    case 'akuvox.accessGroup.update':
      return { kind: op.kind, params: { name: op.input.accessGroupName }, target: op.input.accessGroupName }
    case 'akuvox.accessGroup.delete':
      return { kind: op.kind, params: {}, target: '' }
    case 'akuvox.accessGroup.residents':
      return {
        kind: op.kind,
        params: { name: op.accessGroupName, count: op.residents.length, change: op.change },
        target: op.accessGroupName,
      }
    case 'akuvox.staff.create':
    case 'akuvox.staff.update':
      return { kind: op.kind, params: { name: op.input.staffAccessName }, target: op.input.staffAccessName }
    case 'akuvox.staff.delete':
      return { kind: op.kind, params: { count: op.staffAccessIds.length }, target: '' }
    case 'tuya.person.add':
      return { kind: op.kind, params: { name: op.input.name }, target: op.input.name }
    case 'tuya.person.edit':
      return { kind: op.kind, params: op.edit.name !== undefined ? { name: op.edit.name } : {}, target: op.edit.name ?? '' }
    case 'tuya.person.disable':
      return { kind: op.kind, params: { count: op.personIds.length }, target: '' }
    case 'tuya.person.delete':
    case 'tuya.person.recover':
      return { kind: op.kind, params: { count: op.move.personIds.length }, target: '' }
    case 'tuya.permissions.send':
      return {
        kind: op.kind,
        params: { sendKind: op.sendKind, certificates: op.certificates, count: op.credentials, doors: op.channels.length },
        // The first doors by name (the row stays small; `doors` says how many in all).
        target: op.channels
          .slice(0, TARGET_DOORS)
          .map((c) => c.name)
          .join(', '),
      }
    default:
      return assertNever(op, 'outbox operation')
  }
}
