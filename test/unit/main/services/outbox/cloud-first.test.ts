import { beforeEach, describe, expect, it } from 'vitest'
import type { OutboxEntry } from '../../../../../src/shared/domain/outbox'
import { AppErrorException, appError } from '../../../../../src/shared/errors'
import { silentLogger } from '../../../../../src/main/log/logger'
import { cloudFirst, networkFailure } from '../../../../../src/main/services/outbox/cloud-first'
import { OutboxService } from '../../../../../src/main/services/outbox/outbox-service'
import { outboxOperations } from '../../../../../src/main/services/outbox-operations'
import type { SqlDatabase } from '../../../../../src/main/store/driver'
import { storeWithConnection } from '../../../../helpers/store'

const scope = { connectionId: 'c1', projectId: 'p1' }
const deleteOf = (accessGroupId: string) => ({
  ...scope,
  operation: { kind: 'akuvox.accessGroup.delete' as const, projectId: 'p1', accessGroupId },
  base: null,
})
const fail = (code: 'network' | 'timeout' | 'unavailable' | 'invalid_input') => new AppErrorException(appError(code, { detail: code }))

let db: SqlDatabase
let outbox: OutboxService
let announced: (readonly OutboxEntry[])[]

beforeEach(() => {
  db = storeWithConnection('fk-cloud-first-')
  announced = []
  outbox = new OutboxService({
    db,
    session: () => Promise.reject(new Error('nothing is replayed here')),
    now: () => 1_000,
    operations: outboxOperations(db),
    logger: silentLogger,
    onChange: (entries) => announced.push(entries),
  })
})

describe('cloudFirst', () => {
  it('online: sends, answers what send answered, queues nothing', async () => {
    const sent: string[] = []
    const outcome = await cloudFirst({ outbox, isOnline: () => true }, { send: async () => (sent.push('g1'), 'g1'), queue: () => deleteOf('g1') })
    expect(outcome).toEqual({ kind: 'sent', value: 'g1' })
    expect(sent).toEqual(['g1'])
    expect(outbox.list()).toEqual([])
  })

  it('offline: never sends; the change is stored in the outbox with no reason', async () => {
    let tried = false
    const outcome = await cloudFirst({ outbox, isOnline: () => false }, { send: async () => void (tried = true), queue: () => deleteOf('g1') })
    expect(tried).toBe(false)
    expect(outcome).toMatchObject({ kind: 'queued', reason: null })
    const stored = outbox.list(scope)
    expect(stored.map((e) => e.operation)).toEqual([deleteOf('g1').operation])
    expect(outcome.kind === 'queued' && outcome.entries.map((e) => e.id)).toEqual(stored.map((e) => e.id))
    expect(announced.at(-1)).toHaveLength(1)
  })

  it.each(['network', 'timeout', 'unavailable'] as const)('a %s failure while sending queues the change, with that failure as the reason', async (code) => {
    const outcome = await cloudFirst({ outbox, isOnline: () => true }, { send: () => Promise.reject(fail(code)), queue: () => deleteOf('g2') })
    expect(outcome).toMatchObject({ kind: 'queued', reason: { code } })
    expect(outbox.list(scope).map((e) => e.targetIds)).toEqual([['g2']])
  })

  it('queue hears whether a send was tried (it may have landed) or not (offline)', async () => {
    const heard: (string | null)[] = []
    const queue = (reason: { code: string } | null) => (heard.push(reason?.code ?? null), deleteOf('g4'))
    await cloudFirst({ outbox, isOnline: () => false }, { send: async () => undefined, queue })
    await cloudFirst({ outbox, isOnline: () => true }, { send: () => Promise.reject(fail('timeout')), queue })
    expect(heard).toEqual([null, 'timeout'])
  })

  it('a refusal by the cloud is thrown as it is and nothing is queued', async () => {
    const refusal = fail('invalid_input')
    await expect(cloudFirst({ outbox, isOnline: () => true }, { send: () => Promise.reject(refusal), queue: () => deleteOf('g3') })).rejects.toBe(refusal)
    const plain = new Error('bug')
    await expect(cloudFirst({ outbox, isOnline: () => true }, { send: () => Promise.reject(plain), queue: () => deleteOf('g3') })).rejects.toBe(plain)
    expect(outbox.list()).toEqual([])
  })

  it('several changes (a batch) are stored in the given order, as a fresh outbox over the same database reads them', async () => {
    const outcome = await cloudFirst(
      { outbox, isOnline: () => false },
      { send: async () => undefined, queue: () => [deleteOf('a'), deleteOf('b'), deleteOf('c')] },
    )
    expect(outcome.kind === 'queued' && outcome.entries.map((e) => e.targetIds[0])).toEqual(['a', 'b', 'c'])
    const again = new OutboxService({
      db,
      session: () => Promise.reject(new Error('no')),
      now: () => 2_000,
      operations: outboxOperations(db),
      logger: silentLogger,
      onChange: () => undefined,
    })
    expect(again.list(scope).map((e) => e.targetIds[0])).toEqual(['a', 'b', 'c'])
  })

  it('networkFailure tells "could not reach" from "said no"', () => {
    expect(networkFailure(fail('timeout'))?.code).toBe('timeout')
    expect(networkFailure(fail('invalid_input'))).toBeNull()
    expect(networkFailure(new Error('x'))).toBeNull()
  })
})
