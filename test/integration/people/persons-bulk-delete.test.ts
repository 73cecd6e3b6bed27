import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningSandboxes, startSandboxes } from '@fieldkey/sandbox'
import type { FetchLike } from '../../../src/main/clouds/http'
import { tuyaClient } from '../../../src/main/services/people/cloud'
import { AppErrorException } from '../../../src/shared/errors'
import type { TuyaPerson } from '../../../src/shared/domain/tuya'
import { type PeopleHarness, adminGet, peopleHarness, secondClients, until } from './harness'

/** Real fetch that counts the Tuya person deletes the sandbox was asked for. */
let deletes = 0
const counting: FetchLike = async (url, init) => {
  if (init?.method === 'DELETE' && String(url).includes('/personnel/actions/delete')) deletes++
  return fetch(url, init)
}

let sandboxes: RunningSandboxes
let h: PeopleHarness

async function cloudPersons(name: string): Promise<TuyaPerson[]> {
  const cloud = await tuyaClient(secondClients(sandboxes), h.tuya)
  const all: TuyaPerson[] = []
  for await (const page of cloud.iteratePersons({ name }, { pageSize: 200 })) all.push(...page.items)
  return all
}

const ended = (jobId: string) =>
  until(() => h.deleteProgress.find((p) => p.jobId === jobId && (p.state === 'finished' || p.state === 'cancelled')), 'the delete to end', 2_000)

beforeAll(async () => {
  sandboxes = await startSandboxes({ seed: 29 })
  const state = await adminGet<{ projects: { project_id: string }[] }>(sandboxes, '/akuvox/state')
  h = peopleHarness(sandboxes, state.projects[0]?.project_id ?? '', counting)
  await h.persons.refresh(h.tuya)
  const org = h.persons.organisations(h.tuya).find((o) => o.level > 1) ?? h.persons.organisations(h.tuya)[0]
  const cloud = await tuyaClient(secondClients(sandboxes), h.tuya)
  for (let i = 0; i < 130; i++) await cloud.addPerson({ name: `Seasonal ${String(i).padStart(3, '0')}`, structureId: org?.structureId ?? '' })
  await h.persons.refresh(h.tuya)
})
afterAll(async () => {
  await sandboxes.close()
})

describe('Tuya persons in bulk', () => {
  it('the sandbox refuses more than 100 persons in one delete', async () => {
    const cloud = await tuyaClient(secondClients(sandboxes), h.tuya)
    const refused = await cloud.deletePersons({ personIds: Array.from({ length: 101 }, (_, i) => `p${i}`) }).catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(AppErrorException)
    expect((refused as AppErrorException).error.code).toBe('invalid_input')
  })

  it('everything the filters find but one goes to the recycle bin in batches of 100', async () => {
    const keep = h.persons.page(h.tuya, { name: 'Seasonal' }, { offset: 0, limit: 1 }).items.map((p) => p.personId)
    const selection = { kind: 'matching', filter: { name: 'Seasonal' }, except: keep } as const
    expect(h.personsBulkDelete.summary(h.tuya, selection)).toEqual({ count: 129, firstNames: ['Seasonal 001', 'Seasonal 002', 'Seasonal 003'] })
    deletes = 0
    const started = await h.personsBulkDelete.start(h.tuya, selection)
    expect(await ended(started.jobId)).toMatchObject({ state: 'finished', total: 129, deleted: 129, failed: 0 })
    expect(deletes).toBe(2)
    expect((await cloudPersons('Seasonal')).map((p) => p.name)).toEqual(['Seasonal 000'])
    // The cache follows: gone from the list, in the recycle bin.
    expect(h.persons.page(h.tuya, { name: 'Seasonal' }, { offset: 0, limit: 500 }).total).toBe(1)
    expect(h.persons.recyclePage(h.tuya, 'Seasonal', { offset: 0, limit: 500 }).total).toBe(129)
  })

  it('offline, the batch waits in the outbox and replays', async () => {
    const [last] = h.persons.page(h.tuya, { name: 'Seasonal' }, { offset: 0, limit: 1 }).items
    h.online = false
    try {
      const started = await h.personsBulkDelete.start(h.tuya, { kind: 'ids', personIds: [last?.personId ?? ''] })
      expect(await ended(started.jobId)).toMatchObject({ queued: 1, deleted: 0 })
    } finally {
      h.online = true
    }
    const entries = h.outbox.list(h.tuya).filter((e) => e.operation.kind === 'tuya.person.delete')
    expect(entries).toHaveLength(1)
    expect(await h.outbox.replay(entries.map((e) => e.id))).toEqual([{ kind: 'applied', id: entries[0]?.id }])
    expect(await cloudPersons('Seasonal')).toEqual([])
  })
})
