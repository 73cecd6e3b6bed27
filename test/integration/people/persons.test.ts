import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { TuyaPerson, TuyaPersonFilter } from '../../../src/shared/domain/tuya'
import type { PersonDraft, PersonsFilter } from '../../../src/shared/people/persons'
import type { TuyaClient } from '../../../src/main/clouds/tuya'
import { type RunningSandboxes, startSandboxes } from '@fieldkey/sandbox'
import { type PeopleHarness, adminSend, peopleHarness, secondClients } from './harness'

let sandboxes: RunningSandboxes
let h: PeopleHarness
/** An independent client: what the cloud holds, read apart from the service under test. */
let cloud: TuyaClient

beforeAll(async () => {
  sandboxes = await startSandboxes({ seed: 23 })
  h = peopleHarness(sandboxes, '')
  const session = await secondClients(sandboxes)(h.tuya.connectionId)
  if (session.vendor !== 'tuya') throw new Error('not tuya')
  cloud = session.client
  await h.persons.refresh(h.tuya)
})
afterAll(() => sandboxes.close())

async function cloudPersons(filter: Omit<TuyaPersonFilter, 'page' | 'pageSize'> = {}): Promise<TuyaPerson[]> {
  const all: TuyaPerson[] = []
  for await (const page of cloud.iteratePersons(filter, { pageSize: 200 })) all.push(...page.items)
  return all
}

async function cloudRecycled(): Promise<TuyaPerson[]> {
  const all: TuyaPerson[] = []
  for await (const page of cloud.iterateRecycledPersons({}, { pageSize: 200 })) all.push(...page.items)
  return all
}

const ids = (persons: readonly { personId: string }[]): string[] => persons.map((p) => p.personId).sort()
const cachedIds = (filter: PersonsFilter): string[] => ids(h.persons.page(h.tuya, filter, { offset: 0, limit: 100_000 }).items)

function draft(name: string, over: Partial<PersonDraft> = {}): PersonDraft {
  const org = h.persons.organisations(h.tuya).find((o) => o.level > 1) ?? h.persons.organisations(h.tuya)[0]
  return {
    name,
    structureId: org?.structureId ?? '',
    enabled: true,
    sex: 'female',
    mobileCountry: '+86',
    mobile: '13800138000',
    email: `${name.toLowerCase().replace(/\W+/g, '.')}@example.com`,
    certType: '1',
    certNo: '110101199003070000',
    personCode: `PC-${name.replace(/\W+/g, '')}`,
    ...over,
  }
}

describe('Tuya persons against the sandbox', () => {
  it("answers the seed's filters from the cache exactly as the cloud does", async () => {
    const everyone = await cloudPersons()
    expect(h.persons.listing(h.tuya).total).toBe(everyone.length)
    const orgs = h.persons.organisations(h.tuya)
    const sample = everyone.find((p) => p.mobile && p.email && p.certNo && p.personCode) ?? (everyone[0] as TuyaPerson)
    // The seed's persons have certificate types but no numbers: the number is checked on the added person below.
    const withCert = everyone.find((p) => p.certType !== '' && p.certType !== '_') ?? sample
    // The sample's own organisation (persons directly in it) and its parent (more, through its sub-organisations).
    const own = orgs.find((o) => o.structureId === sample.structureIds[0])
    const parent = orgs.find((o) => o.structureId === own?.parentStructureId)
    if (!own || !parent) throw new Error('the sample person has no parent organisation')
    const cases: readonly [PersonsFilter, Omit<TuyaPersonFilter, 'page' | 'pageSize'>][] = [
      [
        { structureId: own.structureId, searchScope: 'direct' },
        { structureId: own.structureId, searchScope: 'direct' },
      ],
      [
        { structureId: parent.structureId, searchScope: 'withSubOrganisations' },
        { structureId: parent.structureId, searchScope: 'withSubOrganisations' },
      ],
      [{ name: sample.name }, { name: sample.name }],
      [{ enabled: false }, { enabled: false }],
      [
        { enabled: true, sex: 'male' },
        { enabled: true, sex: 'male' },
      ],
      [{ mobile: sample.mobile }, { mobile: sample.mobile }],
      [{ email: sample.email }, { email: sample.email }],
      [{ certType: withCert.certType }, { certType: withCert.certType }],
      [{ personCode: sample.personCode }, { personCode: sample.personCode }],
    ]
    for (const [mine, theirs] of cases) {
      const expected = ids(await cloudPersons(theirs))
      expect(expected.length, JSON.stringify(theirs)).toBeGreaterThan(0)
      expect(cachedIds(mine), JSON.stringify(mine)).toEqual(expected)
    }
    // The parent alone holds fewer than with its sub-organisations, in the cache as in the cloud.
    const parentOnly = ids(await cloudPersons({ structureId: parent.structureId, searchScope: 'direct' }))
    expect(cachedIds({ structureId: parent.structureId, searchScope: 'direct' })).toEqual(parentOnly)
    expect(cachedIds(cases[1]?.[0] ?? {}).length).toBeGreaterThan(parentOnly.length)
  })

  let added = ''

  it('adds a person with organisation, mobile with country code, certificate, person code and sex; the detail is the cloud’s', async () => {
    const d = draft('Lena Park')
    const outcome = await h.persons.add(h.tuya, d)
    expect(outcome.kind).toBe('saved')
    const [id] = outcome.kind === 'saved' ? outcome.personIds : []
    added = id ?? ''
    const there = await cloud.getPerson(added)
    expect(there).toMatchObject({
      name: 'Lena Park',
      structureIds: [d.structureId],
      sex: 'female',
      mobileCountry: '+86',
      mobile: '13800138000',
      certType: '1',
      certNo: d.certNo,
      personCode: d.personCode,
      enabled: true,
    })
    expect(await h.persons.detail(h.tuya, added)).toEqual(there)
    expect(cachedIds({ personCode: d.personCode })).toEqual([added])
    const byCertificate = { certType: d.certType, certNo: d.certNo }
    expect(ids(await cloudPersons(byCertificate))).toEqual([added])
    expect(cachedIds(byCertificate)).toEqual([added])
  })

  it('edits it (name, mobile, moved to another organisation)', async () => {
    const orgs = h.persons.organisations(h.tuya)
    const other = orgs.find((o) => o.structureId !== draft('x').structureId && o.level > 1) ?? (orgs[0] as (typeof orgs)[number])
    const d = draft('Lena Park-Kim', { mobile: '13900139000', structureId: other.structureId, personCode: 'PC-LenaPark' })
    expect(await h.persons.edit(h.tuya, added, d)).toEqual({ kind: 'saved', personIds: [added] })
    expect(await cloud.getPerson(added)).toMatchObject({ name: 'Lena Park-Kim', mobile: '13900139000', structureIds: [other.structureId] })
    expect(h.persons.page(h.tuya, { name: 'Lena Park-Kim' }, { offset: 0, limit: 10 }).items.map((p) => p.structureIds)).toEqual([[other.structureId]])
  })

  it('disables one, then many', async () => {
    const enabled = (await cloudPersons({ enabled: true })).filter((p) => p.personId !== added).slice(0, 2)
    expect((await h.persons.disable(h.tuya, [added])).kind).toBe('saved')
    expect((await cloud.getPerson(added)).enabled).toBe(false)
    expect((await h.persons.disable(h.tuya, ids(enabled))).kind).toBe('saved')
    for (const p of enabled) expect((await cloud.getPerson(p.personId)).enabled).toBe(false)
    expect(cachedIds({ enabled: false })).toEqual(ids(await cloudPersons({ enabled: false })))
  })

  let binned: string[] = []

  it('deletes one, then many, to the recycle bin; the bin lists them with details', async () => {
    const others = (await cloudPersons({ enabled: true })).slice(0, 2)
    binned = [added, ...ids(others)]
    expect(await h.persons.remove(h.tuya, [added])).toEqual({ kind: 'saved', personIds: [added] })
    expect(await h.persons.remove(h.tuya, ids(others))).toEqual({ kind: 'saved', personIds: ids(others) })
    const live = ids(await cloudPersons())
    const bin = await cloudRecycled()
    for (const id of binned) {
      expect(live).not.toContain(id)
      expect(ids(bin)).toContain(id)
    }
    const cachedBin = h.persons.recyclePage(h.tuya, undefined, { offset: 0, limit: 100_000 })
    expect(ids(cachedBin.items)).toEqual(ids(bin))
    expect(h.persons.listing(h.tuya)).toMatchObject({ total: live.length, recycled: bin.length })
    expect(ids(h.persons.recyclePage(h.tuya, 'Lena Park', { offset: 0, limit: 10 }).items)).toEqual([added])
    const detail = await h.persons.recycledDetail(h.tuya, added)
    expect(detail).toMatchObject({ personId: added, name: 'Lena Park-Kim' })
    expect(detail.structureSnapshots.length).toBeGreaterThan(0)
  })

  it('recovers one, then many, from the recycle bin', async () => {
    const [first, ...rest] = binned
    expect((await h.persons.recover(h.tuya, [first as string])).kind).toBe('saved')
    expect((await cloud.getPerson(first as string)).name).toBe('Lena Park-Kim')
    expect((await h.persons.recover(h.tuya, rest)).kind).toBe('saved')
    const bin = ids(await cloudRecycled())
    for (const id of binned) {
      expect(bin).not.toContain(id)
      expect((await cloud.getPerson(id)).personId).toBe(id)
    }
    expect(ids(h.persons.recyclePage(h.tuya, undefined, { offset: 0, limit: 100_000 }).items)).toEqual(bin)
    expect(h.persons.listing(h.tuya).total).toBe((await cloudPersons()).length)
  })
})

describe('Tuya person changes while the cloud is unreachable', () => {
  it('add, edit, disable, delete and recover wait in the outbox and replay in order when the network is back', async () => {
    const [a, b] = (await cloudPersons({ enabled: true })).slice(5, 7) as [TuyaPerson, TuyaPerson]
    const recycled = (await cloudRecycled())[0] as TuyaPerson
    await adminSend(sandboxes, 'POST', '/faults/tuya', { dropRate: 1 })
    const queued: number[] = []
    try {
      const add = await h.persons.add(h.tuya, draft('Offline Added'))
      expect(add).toMatchObject({ kind: 'queued', reason: { code: expect.stringMatching(/network|timeout|unavailable/) } })
      h.online = false
      const outcomes = [
        add,
        await h.persons.edit(h.tuya, a.personId, draft('Offline Edited', { structureId: a.structureIds[0] ?? '' })),
        await h.persons.disable(h.tuya, [a.personId]),
        await h.persons.remove(h.tuya, [b.personId]),
        await h.persons.recover(h.tuya, [recycled.personId]),
      ]
      for (const o of outcomes) {
        expect(o.kind).toBe('queued')
        if (o.kind === 'queued') queued.push(o.outboxId)
      }
    } finally {
      h.online = true
      await adminSend(sandboxes, 'DELETE', '/faults/tuya')
    }
    expect(h.persons.listing(h.tuya).pending.map((p) => p.kind)).toEqual(['add', 'edit', 'disable', 'delete', 'recover'])
    // Nothing reached the cloud.
    expect(await cloudPersons({ name: 'Offline Added' })).toEqual([])
    expect((await cloud.getPerson(a.personId)).name).toBe(a.name)

    const replayed = await h.outbox.replay(queued)
    expect(replayed).toEqual(queued.map((id) => ({ kind: 'applied', id })))
    expect(await cloudPersons({ name: 'Offline Added' })).toHaveLength(1)
    // The edit landed before the disable (which was made over it).
    expect(await cloud.getPerson(a.personId)).toMatchObject({ name: 'Offline Edited', enabled: false })
    expect(ids(await cloudRecycled())).toContain(b.personId)
    expect((await cloud.getPerson(recycled.personId)).personId).toBe(recycled.personId)
    expect(h.outbox.count(h.tuya)).toBe(0)
  })
})

describe('a Tuya add is never made twice', () => {
  const LOOKUP = 'GET /v1.0/iot-02/building/personnel'

  it('the add lands but every read after it is dropped: saved (read at the next sync), nothing queued, one person in the cloud', async () => {
    const queuedBefore = h.outbox.count(h.tuya)
    // Enough one-shot drops for every retry of the read back, none for the add itself.
    await adminSend(sandboxes, 'POST', '/faults/tuya', { script: Array.from({ length: 8 }, () => ({ kind: 'drop', match: LOOKUP })) })
    let outcome
    try {
      outcome = await h.persons.add(h.tuya, draft('Dropped Lookup'))
    } finally {
      await adminSend(sandboxes, 'DELETE', '/faults/tuya')
    }
    expect(outcome).toEqual({ kind: 'saved', personIds: [] })
    expect(h.outbox.count(h.tuya)).toBe(queuedBefore)
    const there = await cloudPersons({ name: 'Dropped Lookup' })
    expect(there).toHaveLength(1)
    await h.persons.refresh(h.tuya)
    expect(cachedIds({ name: 'Dropped Lookup' })).toEqual(ids(there))
  })

  it('the add lands but its answer is lost: queued, and the replay finds it instead of adding a second one', async () => {
    await adminSend(sandboxes, 'POST', '/faults/tuya', { script: [{ kind: 'drop', when: 'after', match: 'POST /v1.0/iot-02/building/personnel' }] })
    const outcome = await h.persons.add(h.tuya, draft('Lost Answer'))
    await adminSend(sandboxes, 'DELETE', '/faults/tuya')
    expect(outcome.kind).toBe('queued')
    expect(await cloudPersons({ name: 'Lost Answer' })).toHaveLength(1)
    const outboxId = outcome.kind === 'queued' ? outcome.outboxId : -1
    expect(await h.outbox.replay([outboxId])).toEqual([{ kind: 'applied', id: outboxId }])
    expect(await cloudPersons({ name: 'Lost Answer' })).toHaveLength(1)
  })

  it('a replayed add that did not land is sent (the match does not swallow a different person of the same name)', async () => {
    h.online = false
    const outcome = await h.persons.add(h.tuya, draft('Lost Answer', { personCode: 'PC-Other', mobile: '13700137000' }))
    h.online = true
    const outboxId = outcome.kind === 'queued' ? outcome.outboxId : -1
    expect(await h.outbox.replay([outboxId])).toEqual([{ kind: 'applied', id: outboxId }])
    const both = await cloudPersons({ name: 'Lost Answer' })
    expect(both.map((p) => p.personCode).sort()).toEqual(['PC-LostAnswer', 'PC-Other'])
  })
})
