import { beforeEach, describe, expect, it } from 'vitest'
import type { OutboxBase, OutboxOperation } from '../../../../../src/shared/domain/outbox'
import { silentLogger } from '../../../../../src/main/log/logger'
import type { CloudSession } from '../../../../../src/main/services/connections/cloud-session'
import { clientFor } from '../../../../../src/main/services/connections/client-for'
import type { OperationHandler, OperationHandlers } from '../../../../../src/main/services/outbox/operation-handler'
import { OutboxService } from '../../../../../src/main/services/outbox/outbox-service'
import { outboxOperations } from '../../../../../src/main/services/outbox-operations'
import type { SqlDatabase } from '../../../../../src/main/store/driver'
import { storeWithConnection } from '../../../../helpers/store'

const scope = { connectionId: 'c1', projectId: 'p1' }
const session = { vendor: 'akuvox', client: {} } as unknown as CloudSession
const base = (version: string): OutboxBase => ({ version, snapshot: { version } })
const disable = (...personIds: string[]): OutboxOperation => ({ kind: 'tuya.person.disable', personIds })

let db: SqlDatabase
beforeEach(() => {
  db = storeWithConnection('fk-outbox-ops-')
})

/** The real handlers, with one kind replaced by a recording one. */
function withDisable(handler: OperationHandler<'tuya.person.disable'>): OperationHandlers {
  return { ...outboxOperations(db), 'tuya.person.disable': handler }
}

function outboxWith(operations: OperationHandlers): OutboxService {
  return new OutboxService({ db, session: async () => session, now: () => 1_000, operations, logger: silentLogger, onChange: () => undefined })
}

describe('the outbox replays through the handler each domain registered', () => {
  it("takes a change's targets, version and send from its kind's handler, and calls afterApplied once it landed", async () => {
    const calls: string[] = []
    const outbox = outboxWith(
      withDisable({
        targetIds: (op) => op.personIds.map((id) => `person:${id}`),
        currentVersion: async (_s, op) => (calls.push(`version ${op.personIds.join()}`), base('v1')),
        apply: async (_s, op) => void calls.push(`apply ${op.personIds.join()}`),
        afterApplied: (entry, op) => void calls.push(`after ${entry.id} ${op.personIds.join()}`),
      }),
    )
    const entry = outbox.enqueue({ ...scope, operation: disable('a', 'b'), base: base('v1') })
    expect(entry.targetIds).toEqual(['person:a', 'person:b'])

    const outcomes = await outbox.replay([entry.id])
    expect(outcomes).toEqual([{ kind: 'applied', id: entry.id }])
    expect(calls).toEqual(['version a,b', 'apply a,b', `after ${entry.id} a,b`])
    expect(outbox.list()).toEqual([])
  })

  it('a version the handler reads that differs from the base is a conflict, and nothing is sent', async () => {
    const applied: string[] = []
    const outbox = outboxWith(
      withDisable({
        targetIds: (op) => op.personIds,
        currentVersion: async () => base('theirs'),
        apply: async (_s, op) => void applied.push(...op.personIds),
      }),
    )
    const entry = outbox.enqueue({ ...scope, operation: disable('a'), base: base('mine') })
    const [outcome] = await outbox.replay([entry.id])
    expect(outcome?.kind).toBe('conflict')
    expect(applied).toEqual([])
    expect(outbox.list()[0]?.state).toBe('conflict')
  })

  it("a later change to a target a failed one touches is held back, by the handler's target ids", async () => {
    const outbox = outboxWith(
      withDisable({
        targetIds: () => ['same-door'],
        currentVersion: async () => undefined,
        apply: async (_s, op) => {
          if (op.personIds[0] === 'first') throw new Error('refused')
        },
      }),
    )
    const first = outbox.enqueue({ ...scope, operation: disable('first'), base: null })
    const second = outbox.enqueue({ ...scope, operation: disable('second'), base: null })
    const outcomes = await outbox.replay([first.id, second.id])
    expect(outcomes.map((o) => o.kind)).toEqual(['failed', 'skipped'])
  })
})

describe('clientFor', () => {
  it("answers the session's client for its own cloud and one error naming the cloud needed for the other", () => {
    const akuvox = { vendor: 'akuvox', client: { name: 'akuvox client' } } as unknown as CloudSession
    expect(clientFor(akuvox, 'akuvox')).toBe((akuvox as { client: unknown }).client)
    let thrown: unknown
    try {
      clientFor(akuvox, 'tuya')
    } catch (error) {
      thrown = error
    }
    expect(thrown).toMatchObject({ error: { code: 'invalid_input', messageKey: 'errors.needsVendor.tuya', params: { field: 'connectionId' } } })
  })
})
