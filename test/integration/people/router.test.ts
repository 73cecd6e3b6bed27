import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ConnectionSummary, ProjectSummary } from '../../../src/shared/domain/connection'
import type { PersonWriteOutcome, PersonsPage, OrganisationNode } from '../../../src/shared/people/persons'
import type { BulkProgress, BulkResultsPage, StaffContext, StaffPage, StaffSaveOutcome } from '../../../src/shared/people/staff'
import type { Core } from '../../../src/main/core/core'
import { testCore } from '../../helpers/core'
import { until } from './harness'

/** The people channels through the real core and router, against the built-in demo sites (wiring, validation, events). */
let core: Core
const context = { origin: 'headless' } as const
let akuvox: { connectionId: string; projectId: string }
let tuya: { connectionId: string; projectId: string }

async function call<T>(channel: string, input: unknown): Promise<T> {
  const result = await core.router.dispatch(channel, input, context)
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`)
  return result.value as T
}

async function scopeOf(vendor: 'akuvox' | 'tuya') {
  const demo = await call<ConnectionSummary>('connections:openDemo', { vendor })
  const [project] = await call<ProjectSummary[]>('projects:list', { id: demo.id })
  return { connectionId: demo.id, projectId: project?.id ?? '' }
}

beforeAll(async () => {
  core = testCore()
  akuvox = await scopeOf('akuvox')
  tuya = await scopeOf('tuya')
})
afterAll(() => core.close())

describe('people channels', () => {
  it('refuse an empty delete, naming the field', async () => {
    const bad = await core.router.dispatch('staff:delete', { ...akuvox, staffAccessIds: [] }, context)
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input', params: { field: 'staffAccessIds' } } })
  })

  it('staff: refresh, create, search, detail from the cloud, bulk create, delete; changes are announced', async () => {
    const events: string[] = []
    const off = core.events.subscribe((channel) => events.push(channel))
    try {
      await call('staff:refresh', akuvox)
      const ctx = await call<StaffContext>('staff:context', akuvox)
      const group = ctx.accessGroups.find((g) => !g.system)
      const draft = { name: 'Router Staff', pinCodes: ['97531'], rfCards: [], faceUrls: [], accessGroupIds: [group?.id], floorAccesses: [] }
      const saved = await call<StaffSaveOutcome>('staff:create', { ...akuvox, draft })
      expect(saved.kind).toBe('saved')
      const id = saved.kind === 'saved' ? saved.staffAccessId : ''
      expect((await call<StaffPage>('staff:page', { ...akuvox, search: 'Router Staff' })).items.map((r) => r.staffAccessId)).toEqual([id])
      expect(await call('staff:detail', { ...akuvox, staffAccessId: id })).toMatchObject({ staffAccessName: 'Router Staff', pinCodes: [{ number: '97531' }] })

      const rows = [{ line: 2, draft: { ...draft, name: 'Router Bulk', pinCodes: ['86421'] } }]
      const begun = await call<BulkProgress>('staff:importBegin', { ...akuvox, total: 1, concurrency: 2 })
      expect(await call<BulkProgress>('staff:importAppend', { jobId: begun.jobId, rows })).toMatchObject({ state: 'receiving', total: 1, received: 1 })
      await call('staff:importRun', { jobId: begun.jobId })
      const job = await until(async () => {
        const j = await call<BulkProgress>('staff:importJob', { jobId: begun.jobId })
        return j.state === 'finished' ? j : undefined
      }, 'the bulk job')
      expect(job).toMatchObject({ created: 1 })
      const page = await call<BulkResultsPage>('staff:importResults', { jobId: begun.jobId })
      expect(page).toMatchObject({ total: 1, items: [{ line: 2, kind: 'created' }] })
      const bulkId = page.items[0]?.kind === 'created' ? page.items[0].staffAccessId : ''

      await call('staff:delete', { ...akuvox, staffAccessIds: [id, bulkId] })
      expect((await call<StaffPage>('staff:page', { ...akuvox, search: 'Router' })).items).toEqual([])
      expect(events).toContain('staff:changed')
      expect(events).toContain('staff:importProgress')
    } finally {
      off()
    }
  })

  it('persons: add, delete to the recycle bin, recover', async () => {
    await call('persons:refresh', tuya)
    const [org] = await call<OrganisationNode[]>('persons:organisations', tuya)
    const draft = {
      name: 'Router Person',
      structureId: org?.structureId,
      enabled: true,
      sex: 'male',
      mobileCountry: '+86',
      mobile: '13611112222',
      email: '',
      certType: '',
      certNo: '',
      personCode: 'RP-1',
    }
    const added = await call<PersonWriteOutcome>('persons:add', { ...tuya, draft })
    const [id] = added.kind === 'saved' ? added.personIds : []
    expect(id).toBeDefined()
    expect((await call<PersonsPage>('persons:page', { ...tuya, filter: { personCode: 'RP-1' } })).items.map((p) => p.personId)).toEqual([id])
    await call('persons:delete', { ...tuya, personIds: [id] })
    expect((await call<PersonsPage>('persons:recyclePage', { ...tuya, search: 'Router Person' })).items.map((p) => p.personId)).toEqual([id])
    await call('persons:recover', { ...tuya, personIds: [id] })
    expect(await call('persons:detail', { ...tuya, personId: id })).toMatchObject({ name: 'Router Person', personCode: 'RP-1' })
  })
})
