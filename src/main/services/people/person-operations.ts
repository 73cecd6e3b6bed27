import type { TuyaClient } from '../../clouds/tuya'
import { clientFor } from '../connections/client-for'
import type { OperationHandlers } from '../outbox/operation-handler'
import { orGone } from '../outbox/or-gone'
import { personsLike } from '../outbox/person-match'
import { combinedBase, personBase } from '../outbox/versions'
import { personEditMerge } from './person-merge'

type Handlers = Pick<OperationHandlers, 'tuya.person.add' | 'tuya.person.edit' | 'tuya.person.disable' | 'tuya.person.delete' | 'tuya.person.recover'>

/** One version over several persons, each read from the list or the recycle bin. */
async function personsVersion(client: TuyaClient, ids: readonly string[], read: 'persons' | 'recycled', signal: AbortSignal) {
  const get = (id: string) => (read === 'persons' ? client.getPerson(id, { signal }) : client.getRecycledPerson(id, { signal }))
  const persons = await Promise.all(ids.map((id) => orGone(() => get(id))))
  return combinedBase(persons.map((p) => p && personBase(p)))
}

/** Tuya person changes as the outbox queues and replays them. */
export const personOperations: Handlers = {
  'tuya.person.add': {
    targetIds: (op) => (op.input.personId === undefined ? [] : [op.input.personId]),
    // The add may have landed before its answer (or the read after it) was lost: match before creating.
    apply: async (session, op, signal) => {
      const client = clientFor(session, 'tuya')
      if ((await personsLike(client, op.input, signal)).length > 0) return
      return client.addPerson(op.input, { signal })
    },
    currentVersion: async () => undefined,
  },
  'tuya.person.edit': {
    targetIds: (op) => [op.edit.personId],
    apply: (session, op, signal) => clientFor(session, 'tuya').editPerson(op.edit, { signal }),
    currentVersion: async (session, op, signal) => {
      const person = await orGone(() => clientFor(session, 'tuya').getPerson(op.edit.personId, { signal }))
      return person && personBase(person)
    },
    merge: personEditMerge,
  },
  'tuya.person.disable': {
    targetIds: (op) => op.personIds,
    apply: (session, op, signal) => clientFor(session, 'tuya').disablePersons(op.personIds, { signal }),
    currentVersion: (session, op, signal) => personsVersion(clientFor(session, 'tuya'), op.personIds, 'persons', signal),
  },
  'tuya.person.delete': {
    targetIds: (op) => op.move.personIds,
    apply: (session, op, signal) => clientFor(session, 'tuya').deletePersons(op.move, { signal }),
    currentVersion: (session, op, signal) => personsVersion(clientFor(session, 'tuya'), op.move.personIds, 'persons', signal),
  },
  'tuya.person.recover': {
    targetIds: (op) => op.move.personIds,
    apply: (session, op, signal) => clientFor(session, 'tuya').recoverPersons(op.move, { signal }),
    currentVersion: (session, op, signal) => personsVersion(clientFor(session, 'tuya'), op.move.personIds, 'recycled', signal),
  },
}
