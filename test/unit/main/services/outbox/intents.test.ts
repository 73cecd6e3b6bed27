import { beforeEach, describe, expect, it } from 'vitest'
import type { AkuvoxStaffAccessInput } from '../../../../../src/shared/domain/akuvox'
import type { OutboxOperation } from '../../../../../src/shared/domain/outbox'
import { AppErrorException, appError } from '../../../../../src/shared/errors'
import { silentLogger } from '../../../../../src/main/log/logger'
import { cloudFirst } from '../../../../../src/main/services/outbox/cloud-first'
import { OutboxService } from '../../../../../src/main/services/outbox/outbox-service'
import { outboxOperations } from '../../../../../src/main/services/outbox-operations'
import type { SqlDatabase } from '../../../../../src/main/store/driver'
import { storeWithConnection } from '../../../../helpers/store'

/**
 * One change per intent, on a real SQLite outbox: the same form submitted twice queues one
 * entry; a change to a create still waiting replaces it; two forms queue two entries.
 */
const scope = { connectionId: 'c1', projectId: 'p1' }
const FORM_A = '6f1c2f0e-7a51-4d7b-9d61-0f3e0c9e1a01'
const FORM_B = '6f1c2f0e-7a51-4d7b-9d61-0f3e0c9e1a02'
const staff = (name: string, floors: readonly string[] = ['1']): AkuvoxStaffAccessInput => ({
  projectId: 'p1',
  staffAccessName: name,
  pinCodes: ['1234'],
  accessGroupIds: ['g1'],
  floorAccesses: [{ buildingId: 'b1', floors }],
})
const create = (input: AkuvoxStaffAccessInput, unconfirmed = false): OutboxOperation => ({
  kind: 'akuvox.staff.create',
  input,
  ...(unconfirmed ? { unconfirmed: true as const } : {}),
})
const person = (name: string): OutboxOperation => ({
  kind: 'tuya.person.add',
  input: { name, structureId: 's1', enabled: true, sex: 'unknown', mobileCountry: '', mobile: '', email: '', certType: '', certNo: '', personCode: '' },
})
const offlineNetwork = () => new AppErrorException(appError('network', { detail: 'no route' }))

let db: SqlDatabase
let outbox: OutboxService
const service = (database: SqlDatabase) =>
  new OutboxService({
    db: database,
    session: () => Promise.reject(new Error('nothing is replayed here')),
    now: () => 1_000,
    operations: outboxOperations(database),
    logger: silentLogger,
    onChange: () => undefined,
  })

beforeEach(() => {
  db = storeWithConnection('fk-intents-')
  outbox = service(db)
})

const offline = { isOnline: () => false }

describe('one outbox entry per intent', () => {
  it('the same form saved twice offline queues one entry (it failed before: two identical creates)', async () => {
    const change = { send: () => Promise.reject(new Error('offline: never sent')), queue: () => ({ ...scope, operation: create(staff('Ana')), base: null }) }
    const first = await cloudFirst({ outbox, ...offline }, { ...change, intentKey: FORM_A })
    const second = await cloudFirst({ outbox, ...offline }, { ...change, intentKey: FORM_A })
    expect(outbox.list(scope)).toHaveLength(1)
    expect(first.kind === 'queued' && second.kind === 'queued' && second.entries[0]?.id).toBe(first.kind === 'queued' && first.entries[0]?.id)
  })

  it('an edit of a create still waiting folds into it: one entry, holding the edit, in its place', async () => {
    const queue = (input: AkuvoxStaffAccessInput) => () => ({ ...scope, operation: create(input), base: null })
    await cloudFirst({ outbox, ...offline }, { send: async () => 'x', queue: queue(staff('Ana')), intentKey: FORM_A })
    await cloudFirst({ outbox, ...offline }, { send: async () => 'x', queue: queue(staff('Ben')), intentKey: FORM_B })
    // Online again, the installer changes Ana's floors before the outbox is replayed: nothing is sent.
    let sent = false
    const folded = await cloudFirst(
      { outbox, isOnline: () => true },
      { send: async () => ((sent = true), 'x'), queue: queue(staff('Ana', ['1', '2'])), intentKey: FORM_A },
    )
    expect(sent).toBe(false)
    expect(folded).toMatchObject({ kind: 'queued', reason: null })
    const entries = service(db).list(scope)
    expect(entries.map((e) => e.operation)).toEqual([create(staff('Ana', ['1', '2'])), create(staff('Ben'))])
    expect(entries.map((e) => e.intentKey)).toEqual([FORM_A, FORM_B])
  })

  it('a Tuya person added offline and edited before replay stays one entry', async () => {
    await cloudFirst({ outbox, ...offline }, { send: async () => [], queue: () => ({ ...scope, operation: person('Li Wei'), base: null }), intentKey: FORM_A })
    await cloudFirst(
      { outbox, ...offline },
      { send: async () => [], queue: () => ({ ...scope, operation: person('Li Wei Jr'), base: null }), intentKey: FORM_A },
    )
    expect(outbox.list(scope).map((e) => e.operation)).toEqual([person('Li Wei Jr')])
  })

  it('a replaced entry waits again (its failure cleared) and a create that may have landed stays marked so', () => {
    const entry = outbox.enqueue({ ...scope, operation: create(staff('Ana'), true), base: null, intentKey: FORM_A })
    db.run("UPDATE outbox SET state = 'failed', last_error = ? WHERE id = ?", JSON.stringify(appError('server')), entry.id)
    const replaced = outbox.enqueue({ ...scope, operation: create(staff('Ana', ['3'])), base: null, intentKey: FORM_A })
    expect(replaced).toMatchObject({ id: entry.id, state: 'pending', lastError: null, operation: create(staff('Ana', ['3']), true) })
  })

  it('changes without a key each get their own entry and a key of their own', () => {
    outbox.enqueue({ ...scope, operation: create(staff('Ana')), base: null })
    outbox.enqueue({ ...scope, operation: create(staff('Ana')), base: null })
    const keys = outbox.list(scope).map((e) => e.intentKey)
    expect(keys).toHaveLength(2)
    expect(new Set(keys).size).toBe(2)
  })

  it('online, a second submit while the first is sending gets the first answer; the cloud hears one call', async () => {
    let calls = 0
    let release: (id: string) => void = () => undefined
    const send = () => {
      calls++
      return new Promise<string>((resolve) => (release = resolve))
    }
    const change = { send, queue: () => ({ ...scope, operation: create(staff('Ana')), base: null }), intentKey: FORM_A }
    const first = cloudFirst({ outbox, isOnline: () => true }, change)
    const second = cloudFirst({ outbox, isOnline: () => true }, change)
    release('s1')
    expect(await first).toEqual({ kind: 'sent', value: 's1' })
    expect(await second).toEqual({ kind: 'sent', value: 's1' })
    expect(await cloudFirst({ outbox, isOnline: () => true }, change)).toEqual({ kind: 'sent', value: 's1' })
    expect(calls).toBe(1)
  })

  it('a refused submit is not remembered: trying again under the same key calls the cloud again', async () => {
    let calls = 0
    const refuse = async (): Promise<string> => {
      calls++
      throw new AppErrorException(appError('invalid_input'))
    }
    const change = { send: refuse, queue: () => ({ ...scope, operation: create(staff('Ana')), base: null }), intentKey: FORM_A }
    await expect(cloudFirst({ outbox, isOnline: () => true }, change)).rejects.toBeInstanceOf(AppErrorException)
    await expect(cloudFirst({ outbox, isOnline: () => true }, change)).rejects.toBeInstanceOf(AppErrorException)
    expect(calls).toBe(2)
  })

  it('a send that failed on the network queues once, however often the form is submitted', async () => {
    const change = {
      send: () => Promise.reject(offlineNetwork()),
      queue: () => ({ ...scope, operation: create(staff('Ana'), true), base: null }),
      intentKey: FORM_A,
    }
    await cloudFirst({ outbox, isOnline: () => true }, change)
    await cloudFirst({ outbox, isOnline: () => true }, change)
    expect(outbox.list(scope)).toHaveLength(1)
  })
})
