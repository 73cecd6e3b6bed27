import type { OutboxOperation } from '@shared/domain/outbox'
import { assertNever } from '@shared/util/assert-never'
import type { TFunction } from 'i18next'
import { sendKindLabel } from '../../i18n/labels'

/** An outbox change in words, as the installer would say it. */
export function describeOperation(t: TFunction, op: OutboxOperation): string {
  const key = `project.outbox.op.${op.kind}`
  switch (op.kind) {
    case 'akuvox.accessGroup.create':
    case 'akuvox.accessGroup.update':
      return t(key, { name: op.input.accessGroupName })
    case 'akuvox.accessGroup.delete':
      return t(key, { target: op.accessGroupId })
    case 'akuvox.accessGroup.residents':
      return t(`${key}.${op.change}`, { count: op.residents.length, name: op.accessGroupName })
    case 'akuvox.staff.create':
    case 'akuvox.staff.update':
      return t(`people.outbox.op.${op.kind}`, { name: op.input.staffAccessName })
    case 'akuvox.staff.delete':
      return t(`people.outbox.op.${op.kind}`, { count: op.staffAccessIds.length })
    case 'tuya.person.recover':
      return t(`people.outbox.op.${op.kind}`, { count: op.move.personIds.length })
    case 'tuya.person.add':
      return t(key, { name: op.input.name })
    case 'tuya.person.edit':
      return t(key, { target: op.edit.name ?? op.edit.personId })
    case 'tuya.person.disable':
      return t(key, { count: op.personIds.length })
    case 'tuya.person.delete':
      return t(key, { count: op.move.personIds.length })
    case 'tuya.permissions.send':
      return t(key, {
        kind: sendKindLabel(t, op.sendKind),
        policy: t(`sends.policy.${op.certificates}`),
        channels: op.channels.map((c) => c.name).join(', '),
        count: op.credentials,
      })
    default:
      return assertNever(op, 'outbox operation')
  }
}

/** What the outbox knows beyond the change itself (a send whose answer was lost), or null. */
export function operationNote(t: TFunction, op: OutboxOperation, when: (at: number) => string): string | null {
  if (op.kind !== 'tuya.permissions.send') return null
  switch (op.check.state) {
    case 'none':
      return null
    case 'unconfirmed':
      return t('project.outbox.sendCheck.unconfirmed')
    case 'notFound':
      return t('project.outbox.sendCheck.notFound', { time: when(op.check.checkedAt) })
    default:
      return assertNever(op.check, 'send check')
  }
}
