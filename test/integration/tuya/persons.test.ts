import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { camelDeep } from '../../../src/main/clouds/tuya/case'
import { type TuyaHarness, collect, rawCall, rawToken, startTuyaHarness } from '../../helpers/tuya'
import { failure } from '../../helpers/tuya-failure'

/** The result fields seed 003 describes for a person (list, detail, recycle bin). */
const PERSON_FIELDS = [
  'personId',
  'name',
  'enabled',
  'sex',
  'sexStr',
  'mobileCountry',
  'mobile',
  'certArea',
  'certType',
  'certTypeStr',
  'certNo',
  'feature',
  'imageUrl',
  'imagePath',
  'checked',
  'imageRating',
  'pass',
  'personCode',
  'structureIds',
  'structureNames',
  'structureName',
  'structureSnapshots',
]

let h: TuyaHarness

beforeEach(async () => {
  h = await startTuyaHarness()
})
afterEach(() => h.close())

describe('Tuya persons (seed 003): client against the sandbox', () => {
  it('list persons: pages, filters, organisation scope; unknown organisation refused', async () => {
    const page = await h.client.listPersons({ pageSize: 10 })
    expect(page.items).toHaveLength(10)
    expect(page.total).toBeGreaterThan(10)
    expect(page.hasMore).toBe(true)
    const all = await collect(h.client.iteratePersons({}, { pageSize: 7, concurrency: 3 }))
    expect(all).toHaveLength(page.total)
    expect(new Set(all.map((p) => p.personId)).size).toBe(page.total)
    const disabled = await h.client.listPersons({ enabled: false, pageSize: 100 })
    expect(disabled.items.length).toBeGreaterThan(0)
    expect(disabled.items.every((p) => !p.enabled)).toBe(true)
    const root = h.sandbox.control.snapshot().rootStructureId
    const direct = await h.client.listPersons({ structureId: root, searchScope: 'direct' })
    const withSubs = await h.client.listPersons({ structureId: root, searchScope: 'withSubOrganisations' })
    expect(direct.total).toBe(0)
    expect(withSubs.total).toBe(page.total)
    expect(await failure(h.client.listPersons({ structureId: '42' }))).toEqual({ code: 'invalid_input', vendorCode: '1109' })
  })

  it('add a person; a person without a name is refused (1100)', async () => {
    await h.client.addPerson({ name: 'Added Person', personCode: 'A-1', sex: 'female', mobile: '13800000000', mobileCountry: '+86' })
    const found = await h.client.listPersons({ personCode: 'A-1' })
    expect(found.items).toHaveLength(1)
    expect(found.items[0]).toMatchObject({ name: 'Added Person', sex: 'female', enabled: true, mobile: '13800000000' })
    expect(await failure(h.client.addPerson({ name: '' }))).toEqual({ code: 'invalid_input', vendorCode: '1100' })
  })

  it('edit a person and read the detail; editing or reading an unknown person is not_found', async () => {
    const [person] = (await h.client.listPersons({ pageSize: 1, enabled: true })).items
    if (!person) throw new Error('no person')
    await h.client.editPerson({ personId: person.personId, mobile: '13900000001', name: 'Renamed' })
    const detail = await h.client.getPerson(person.personId)
    expect(detail).toMatchObject({ personId: person.personId, mobile: '13900000001', name: 'Renamed' })
    expect(detail.structureIds).toEqual(person.structureIds)
    expect(await failure(h.client.editPerson({ personId: '1599999999999999999', name: 'x' }))).toEqual({ code: 'not_found', vendorCode: '1000' })
    expect(await failure(h.client.getPerson('1599999999999999999'))).toEqual({ code: 'not_found', vendorCode: '1000' })
  })

  it('disable persons; an empty list is refused (1100)', async () => {
    const persons = (await h.client.listPersons({ enabled: true, pageSize: 2, page: 2 })).items
    await h.client.disablePersons(persons.map((p) => p.personId))
    for (const p of persons) expect((await h.client.getPerson(p.personId)).enabled).toBe(false)
    expect(await failure(h.client.disablePersons([]))).toEqual({ code: 'invalid_input', vendorCode: '1100' })
  })

  it('delete to the recycle bin, list and read it there, recover; each refuses the wrong state', async () => {
    const [victim] = (await h.client.listPersons({ pageSize: 1, page: 3 })).items
    if (!victim) throw new Error('no person')
    const binBefore = (await h.client.listRecycledPersons()).total
    await h.client.deletePersons({ personIds: [victim.personId], originStructureId: victim.structureIds[0] })
    expect(await failure(h.client.getPerson(victim.personId))).toMatchObject({ code: 'not_found' })
    expect(await failure(h.client.deletePersons({ personIds: [victim.personId] }))).toEqual({ code: 'not_found', vendorCode: '1000' })

    const bin = await collect(h.client.iterateRecycledPersons({}, { pageSize: 2 }))
    expect(bin).toHaveLength(binBefore + 1)
    const deleted = await h.client.getRecycledPerson(victim.personId)
    expect(deleted.structureSnapshots[0]).toContain('Root Organization')
    expect((await h.client.listRecycledPersons({ name: victim.name })).items.map((p) => p.personId)).toContain(victim.personId)
    expect(await failure(h.client.listRecycledPersons({ structureId: 'nope' }))).toMatchObject({ code: 'invalid_input' })
    expect(await failure(h.client.getRecycledPerson('1599999999999999999'))).toEqual({ code: 'not_found', vendorCode: '1000' })

    await h.client.recoverPersons({ personIds: [victim.personId] })
    expect((await h.client.getPerson(victim.personId)).personId).toBe(victim.personId)
    expect(await failure(h.client.getRecycledPerson(victim.personId))).toEqual({ code: 'not_found', vendorCode: '1000' })
    expect(await failure(h.client.recoverPersons({ personIds: [victim.personId] }))).toEqual({ code: 'not_found', vendorCode: '1000' })
  })

  it('the seed samples with real values are accepted (projectId and organisation ids swapped for this site)', async () => {
    const { accessToken } = await rawToken(h.sandbox)
    const projectId = h.sandbox.info.projectId
    const [someone] = (await h.client.listPersons({ pageSize: 1 })).items
    if (!someone) throw new Error('no person')
    const structureId = someone.structureIds[0] ?? ''
    const path = '/v1.0/iot-02/building/personnel'
    // "Get a list of persons": GET, so the sample's body goes in the query string.
    const list = await rawCall(h.sandbox, { method: 'GET', path, query: { project_id: projectId }, accessToken })
    expect(list.json.success).toBe(true)
    const add = await rawCall(h.sandbox, {
      method: 'POST',
      path,
      accessToken,
      body: `{
    "projectId":"${projectId}",
    "name": "OpenAPI Test 3",
    "sex":1,
    "structureId":"${structureId}",
    "mobile":"18858286***",
    "mobileCountry":"+86",
    "certNo":"330483199608241***",
    "certType":"ID_CARD_CN",
    "certArea":"CN"
}`,
    })
    expect(add.json).toMatchObject({ success: true, result: true })
    // The edit sample names no person; the table lists `personId`, so it is added here.
    const edit = await rawCall(h.sandbox, {
      method: 'PUT',
      path,
      accessToken,
      body: JSON.stringify({
        projectId,
        personId: someone.personId,
        name: 'Test 2',
        sex: 2,
        structureId,
        mobile: '18858286***',
        mobileCountry: '+86',
        certNo: '330483199608240***',
        certType: 'ID_CARD_CN',
        certArea: 'CN',
      }),
    })
    expect(edit.json).toMatchObject({ success: true, result: true })
    const detail = await rawCall(h.sandbox, {
      method: 'GET',
      path: `${path}/${someone.personId}/actions/detail`,
      query: { project_id: projectId, person_id: someone.personId },
      accessToken,
    })
    expect(detail.json).toMatchObject({ success: true, result: { name: 'Test 2', sex: 2, cert_type: 'ID_CARD_CN' } })
    // The disable sample uses `personId` rather than `personIdList`.
    const disable = await rawCall(h.sandbox, {
      method: 'PUT',
      path: `${path}/actions/disable`,
      accessToken,
      body: JSON.stringify({ projectId, personId: someone.personId }),
    })
    expect(disable.json).toMatchObject({ success: true, result: true })
  })

  it('every result field seed 003 describes is present (list, detail, recycle list and detail)', async () => {
    const { accessToken } = await rawToken(h.sandbox)
    const path = '/v1.0/iot-02/building/personnel'
    const list = camelDeep((await rawCall(h.sandbox, { method: 'GET', path, query: { page_size: '3' }, accessToken })).json.result) as Record<string, unknown>
    expect(Object.keys(list)).toEqual(expect.arrayContaining(['total', 'list', 'hasMore']))
    const first = (list.list as Record<string, unknown>[])[0] ?? {}
    expect(Object.keys(first)).toEqual(expect.arrayContaining(PERSON_FIELDS))
    const detail = camelDeep(
      (await rawCall(h.sandbox, { method: 'GET', path: `${path}/${String(first.personId)}/actions/detail`, accessToken })).json.result,
    ) as object
    expect(Object.keys(detail)).toEqual(expect.arrayContaining(PERSON_FIELDS))
    const bin = camelDeep((await rawCall(h.sandbox, { method: 'GET', path: `${path}/recycle-list`, accessToken })).json.result) as {
      list: Record<string, unknown>[]
    }
    expect(Object.keys(bin)).toEqual(expect.arrayContaining(['total', 'list', 'hasMore']))
    expect(Object.keys(bin.list[0] ?? {})).toEqual(expect.arrayContaining(PERSON_FIELDS))
    const recycled = camelDeep(
      (await rawCall(h.sandbox, { method: 'GET', path: `${path}/${String(bin.list[0]?.personId)}/recycle-detail`, accessToken })).json.result,
    ) as object
    expect(Object.keys(recycled)).toEqual(expect.arrayContaining(PERSON_FIELDS))
  })

  it('reads camelCase answers as well as snake_case', async () => {
    const snake = await h.client.listPersons({ pageSize: 3 })
    h.sandbox.control.setCasing('camel')
    try {
      expect(await h.client.listPersons({ pageSize: 3 })).toEqual(snake)
    } finally {
      h.sandbox.control.setCasing('snake')
    }
  })
})
