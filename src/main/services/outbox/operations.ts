import type { OutboxBase, OutboxOperation } from '@shared/domain/cache'
import { AppErrorException, appError } from '@shared/errors'
import { assertNever } from '@shared/util/assert-never'
import type { AkuvoxClient } from '../../clouds/akuvox'
import type { TuyaClient } from '../../clouds/tuya'
import type { CloudSession } from '../connections/cloud-session'
import { personsLike } from './person-match'
import { accessGroupBase, combinedBase, personBase, staffBase } from './versions'

function wrongCloud(op: OutboxOperation): AppErrorException {
  return new AppErrorException(appError('invalid_input', { detail: `${op.kind} cannot be sent to this connection's cloud`, params: { field: 'operation' } }))
}

function akuvox(session: CloudSession, op: OutboxOperation): AkuvoxClient {
  if (session.vendor !== 'akuvox') throw wrongCloud(op)
  return session.client
}

function tuya(session: CloudSession, op: OutboxOperation): TuyaClient {
  if (session.vendor !== 'tuya') throw wrongCloud(op)
  return session.client
}

/** The ids a change touches: replay keeps later changes to a target behind a failed one. */
export function targetIdsOf(op: OutboxOperation): readonly string[] {
  switch (op.kind) {
    case 'akuvox.accessGroup.create':
      return []
    case 'akuvox.accessGroup.update':
      return [op.input.accessGroupId]
    case 'akuvox.accessGroup.delete':
      return [op.accessGroupId]
    case 'akuvox.staff.create':
      return []
    case 'akuvox.staff.update':
      return [op.input.staffAccessId]
    case 'akuvox.staff.delete':
      return op.staffAccessIds
    case 'tuya.person.add':
      return op.input.personId === undefined ? [] : [op.input.personId]
    case 'tuya.person.edit':
      return [op.edit.personId]
    case 'tuya.person.disable':
      return op.personIds
    case 'tuya.person.delete':
    case 'tuya.person.recover':
      return op.move.personIds
    default:
      return assertNever(op, 'outbox operation')
  }
}

/**
 * Sends the change. Creates go through the clients' create-once guards, and a Tuya add is matched
 * against the persons already there first (no duplicates on retry).
 */
export async function apply(session: CloudSession, op: OutboxOperation, signal: AbortSignal): Promise<void> {
  const options = { signal }
  switch (op.kind) {
    case 'akuvox.accessGroup.create':
      await akuvox(session, op).createAccessGroup(op.input, options)
      return
    case 'akuvox.accessGroup.update':
      return akuvox(session, op).updateAccessGroup(op.input, options)
    case 'akuvox.accessGroup.delete':
      return akuvox(session, op).deleteAccessGroup({ projectId: op.projectId, accessGroupId: op.accessGroupId }, options)
    case 'akuvox.staff.create': {
      const client = akuvox(session, op)
      if (op.unconfirmed && (await client.findCreatedStaffAccess(op.input, options)) !== null) return
      await client.createStaffAccess(op.input, options)
      return
    }
    case 'akuvox.staff.update':
      return akuvox(session, op).updateStaffAccess(op.input, options)
    case 'akuvox.staff.delete': {
      const [only, ...rest] = op.staffAccessIds
      if (only !== undefined && rest.length === 0) return akuvox(session, op).deleteStaffAccess({ projectId: op.projectId, staffAccessId: only }, options)
      return akuvox(session, op).batchDeleteStaffAccesses({ projectId: op.projectId, staffAccessIds: op.staffAccessIds }, options)
    }
    case 'tuya.person.add': {
      // The add may have landed before its answer (or the read after it) was lost: match before creating.
      const client = tuya(session, op)
      if ((await personsLike(client, op.input, signal)).length > 0) return
      return client.addPerson(op.input, options)
    }
    case 'tuya.person.edit':
      return tuya(session, op).editPerson(op.edit, options)
    case 'tuya.person.disable':
      return tuya(session, op).disablePersons(op.personIds, options)
    case 'tuya.person.delete':
      return tuya(session, op).deletePersons(op.move, options)
    case 'tuya.person.recover':
      return tuya(session, op).recoverPersons(op.move, options)
    default:
      return assertNever(op, 'outbox operation')
  }
}

/** Null when the target no longer exists on the server. */
async function orGone<T>(read: () => Promise<T>): Promise<T | null> {
  try {
    return await read()
  } catch (error) {
    if (error instanceof AppErrorException && error.error.code === 'not_found') return null
    throw error
  }
}

/**
 * The target's version on the server now, to compare with the change's base. Changes without
 * a target (creates) have nothing to conflict with: undefined.
 */
export async function currentVersion(session: CloudSession, op: OutboxOperation, signal: AbortSignal): Promise<OutboxBase | null | undefined> {
  const options = { signal }
  switch (op.kind) {
    case 'akuvox.accessGroup.create':
    case 'akuvox.staff.create':
    case 'tuya.person.add':
      return undefined
    case 'akuvox.accessGroup.update':
    case 'akuvox.accessGroup.delete': {
      const projectId = op.kind === 'akuvox.accessGroup.update' ? op.input.projectId : op.projectId
      const accessGroupId = op.kind === 'akuvox.accessGroup.update' ? op.input.accessGroupId : op.accessGroupId
      const group = await orGone(() => akuvox(session, op).getAccessGroupInfo({ projectId, accessGroupId }, options))
      return group && accessGroupBase(group)
    }
    case 'akuvox.staff.update': {
      const staff = await orGone(() => akuvox(session, op).getStaffAccessInfo({ projectId: op.input.projectId, staffAccessId: op.input.staffAccessId }, options))
      return staff && staffBase(staff)
    }
    case 'akuvox.staff.delete': {
      const client = akuvox(session, op)
      const staff = await Promise.all(op.staffAccessIds.map((staffAccessId) => orGone(() => client.getStaffAccessInfo({ projectId: op.projectId, staffAccessId }, options))))
      return combinedBase(staff.map((s) => s && staffBase(s)))
    }
    case 'tuya.person.recover': {
      const client = tuya(session, op)
      const persons = await Promise.all(op.move.personIds.map((id) => orGone(() => client.getRecycledPerson(id, options))))
      return combinedBase(persons.map((p) => p && personBase(p)))
    }
    case 'tuya.person.edit': {
      const person = await orGone(() => tuya(session, op).getPerson(op.edit.personId, options))
      return person && personBase(person)
    }
    case 'tuya.person.disable':
    case 'tuya.person.delete': {
      const client = tuya(session, op)
      const ids = op.kind === 'tuya.person.disable' ? op.personIds : op.move.personIds
      const persons = await Promise.all(ids.map((id) => orGone(() => client.getPerson(id, options))))
      return combinedBase(persons.map((p) => p && personBase(p)))
    }
    default:
      return assertNever(op, 'outbox operation')
  }
}
