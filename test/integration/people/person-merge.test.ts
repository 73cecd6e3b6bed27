import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PersonDraft } from '../../../src/shared/people/persons'
import type { TuyaClient } from '../../../src/main/clouds/tuya'
import { type RunningSandboxes, startSandboxes } from '@fieldkey/sandbox'
import { type PeopleHarness, peopleHarness, secondClients } from './harness'

/**
 * A Tuya person edit queued offline meets a newer person in the cloud: fields changed on one
 * side take that side, a field both changed takes the installer's choice, as the sandbox then holds.
 */
let sandboxes: RunningSandboxes
let h: PeopleHarness
let cloud: TuyaClient

beforeAll(async () => {
  sandboxes = await startSandboxes({ seed: 29 })
  h = peopleHarness(sandboxes, '')
  const session = await secondClients(sandboxes)(h.tuya.connectionId)
  if (session.vendor !== 'tuya') throw new Error('not tuya')
  cloud = session.client
  await h.persons.refresh(h.tuya)
})
afterAll(() => sandboxes.close())

function draft(over: Partial<PersonDraft> = {}): PersonDraft {
  const org = h.persons.organisations(h.tuya).find((o) => o.level > 1) ?? h.persons.organisations(h.tuya)[0]
  return {
    name: '张伟',
    structureId: org?.structureId ?? '',
    enabled: true,
    sex: 'male',
    mobileCountry: '+86',
    mobile: '13800138000',
    email: 'zhang.wei@example.com',
    certType: '1',
    certNo: '110101199003070000',
    personCode: 'PC-ZW',
    ...over,
  }
}

describe('a queued Tuya person edit in conflict with the cloud', () => {
  it('keeps the cloud’s rename and the installer’s e-mail; the mobile both changed is the installer’s pick', async () => {
    const added = await h.persons.add(h.tuya, draft())
    const personId = added.kind === 'saved' ? added.personIds[0] : undefined
    if (!personId) throw new Error('the person was not added')
    h.online = false
    const queued = await h.persons.edit(h.tuya, personId, draft({ email: 'zw@example.com', mobile: '13900139000' }))
    h.online = true
    if (queued.kind !== 'queued') throw new Error('the edit was not queued')
    await cloud.editPerson({ personId, name: '张伟（夜班）', mobile: '13700137000' })

    expect(await h.outbox.replay([queued.outboxId])).toMatchObject([{ kind: 'conflict' }])
    const fields = h.outbox.review(queued.outboxId)?.fields ?? []
    expect(fields.filter((f) => f.conflict).map((f) => f.key)).toEqual(['mobile'])
    expect(h.outbox.resolve(queued.outboxId, { kind: 'merge', keepMine: ['mobile'] })).toBe(true)
    expect(await h.outbox.replay([queued.outboxId])).toEqual([{ kind: 'applied', id: queued.outboxId }])
    expect(await cloud.getPerson(personId)).toMatchObject({ name: '张伟（夜班）', email: 'zw@example.com', mobile: '13900139000' })
  })
})
