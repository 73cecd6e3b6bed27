import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AkuvoxStaffAccessInput } from '../../../src/shared/domain/akuvox'
import type { LoopbackServer } from '@fieldkey/sandbox/common/http-server'
import {
  type AkuvoxHarness,
  type ClientHarness,
  type SiteSnapshot,
  type StateGroup,
  failureOf,
  serveFiles,
  siteOf,
  startAkuvoxHarness,
} from '../../helpers/akuvox'

let h: AkuvoxHarness
let c: ClientHarness
let site: SiteSnapshot
let files: LoopbackServer
let groups: StateGroup[]

const csv = (lines: readonly string[]): string => `${lines.join('\r\n')}\r\n`

beforeAll(async () => {
  h = await startAkuvoxHarness(31)
  c = h.makeClient()
  site = await siteOf(h)
  groups = site.groups.filter((g) => g.type === 'customized')
  const building = site.buildings[0] as { name: string; id: string }
  files = await serveFiles({
    '/good.csv': csv([
      '\uFEFFStaff_Access_Name,access_groups,pin_codes,rf_cards,face_picture_urls,floor_accesses',
      `Ana Costa (Cleaner),${groups[0]?.name};${groups[1]?.id},482913,0A1B2C3D,https://example.com/faces/ana.jpg,${building.name}:1|2`,
      `Tom Berg (Courier),${groups[0]?.name},,,,`,
    ]),
    '/mixed.csv': csv([
      'staff_access_name,access_groups,pin_codes',
      `Ok Person,${groups[0]?.name},1234`,
      `Bad Pin,${groups[0]?.name},12ab`,
      'No Such Group,Nowhere,',
      `,${groups[0]?.name},`,
    ]),
    '/no-groups-column.csv': csv(['staff_access_name,pin_codes', 'Someone,1234']),
  })
})
afterAll(async () => {
  await files.close()
  await h.close()
})

const staffInput = (name: string): AkuvoxStaffAccessInput => {
  const building = site.buildings[0] as { id: string }
  return {
    projectId: site.projectId,
    staffAccessName: name,
    facePictureUrls: ['https://example.com/faces/1.jpg'],
    pinCodes: ['2468'],
    rfCards: ['00FF00FF'],
    accessGroupIds: [groups[0]?.id ?? ''],
    floorAccesses: [{ buildingId: building.id, floors: ['1', '2'] }],
  }
}

const staffIds = async (): Promise<string[]> =>
  (await h.admin<{ project_id: string; id: string }[]>('GET', 'state/staff')).filter((s) => s.project_id === site.projectId).map((s) => s.id)

describe('get_staff_access_list', () => {
  it('pages through staff with their faces, PINs, cards, groups and floors', async () => {
    const all = []
    for await (const s of c.client.iterateStaffAccesses(site.projectId, { pageSize: 2 })) all.push(s)
    // The site as it is now: other tests add staff to it.
    expect(all.map((s) => s.staffAccessId)).toEqual((await siteOf(h)).staff.map((s) => s.id))
    const full = all[0]
    expect(full?.faces.length).toBeGreaterThan(0)
    expect(full?.pinCodes[0]?.number).toMatch(/^\d{6}$/)
    expect(full?.rfCards.length).toBeGreaterThan(0)
    expect(full?.accessGroupNames.length).toBeGreaterThan(0)
    expect(full?.floorAccesses[0]?.floors.length).toBeGreaterThan(0)
  })

  it('refuses a page size given as a string', async () => {
    const answer = await h.raw({ command: 'get_staff_access_list', id: 'c1', param: { project_id: site.projectId, page_size: '10', page_index: 1 } })
    expect(answer.json).toMatchObject({ success: false, result: { code: 'invalid_param', message: 'param.page_size must be an Integer' } })
  })
})

describe('get_staff_access_info', () => {
  it('shows group ids and types and building ids', async () => {
    const id = site.staff[0]?.id ?? ''
    const info = await c.client.getStaffAccessInfo({ projectId: site.projectId, staffAccessId: id })
    expect(info.staffAccessId).toBe(id)
    expect(info.accessGroups[0]?.accessGroupId).toMatch(/^a[0-9a-f]{32}$/)
    expect(['system', 'customized']).toContain(info.accessGroups[0]?.accessGroupType)
    expect(site.buildings.map((b) => b.id)).toContain(info.floorAccesses[0]?.buildingId)
  })

  it('reports an unknown staff access as not found', async () => {
    expect((await failureOf(c.client.getStaffAccessInfo({ projectId: site.projectId, staffAccessId: 's404' }))).code).toBe('not_found')
  })
})

describe('create_staff_access_info', () => {
  it('creates staff with every kind of credential', async () => {
    const { staffAccessId } = await c.client.createStaffAccess(staffInput('New Cleaner'))
    expect(staffAccessId).toMatch(/^s[0-9a-f]{32}$/)
    const info = await c.client.getStaffAccessInfo({ projectId: site.projectId, staffAccessId })
    expect(info).toMatchObject({ staffAccessName: 'New Cleaner', pinCodes: [{ number: '2468' }], rfCards: [{ number: '00FF00FF' }] })
    expect(info.faces).toHaveLength(1)
    expect(info.floorAccesses[0]?.floors).toEqual(['1', '2'])
  })

  it('refuses a floor the building does not have, and a non-numeric PIN', async () => {
    const building = site.buildings[0] as { id: string; floors: number }
    const floor = await failureOf(
      c.client.createStaffAccess({ ...staffInput('Floors'), floorAccesses: [{ buildingId: building.id, floors: [String(building.floors + 1)] }] }),
    )
    expect(floor.code).toBe('invalid_input')
    const pin = await failureOf(c.client.createStaffAccess({ ...staffInput('Pin'), pinCodes: ['12a4'] }))
    expect(pin).toMatchObject({ code: 'invalid_input', vendor: { message: 'param.pin_codes[0].number must be 4 to 8 digits' } })
  })
})

describe('update_staff_access_info', () => {
  it('replaces the lists it is given, keeps the others, and adds and removes faces', async () => {
    const { staffAccessId } = await c.client.createStaffAccess(staffInput('Updatable'))
    await c.client.updateStaffAccess({
      projectId: site.projectId,
      staffAccessId,
      staffAccessName: 'Updated',
      pinCodes: ['13579', '2468'],
      accessGroupIds: [groups[1]?.id ?? ''],
      faces: [
        { kind: 'remove', facePictureUrl: 'https://example.com/faces/1.jpg' },
        { kind: 'add', facePictureUrl: 'https://example.com/faces/2.jpg' },
      ],
    })
    const info = await c.client.getStaffAccessInfo({ projectId: site.projectId, staffAccessId })
    expect(info.staffAccessName).toBe('Updated')
    expect(info.pinCodes.map((p) => p.number)).toEqual(['13579', '2468'])
    expect(info.rfCards.map((r) => r.number)).toEqual(['00FF00FF'])
    expect(info.accessGroups.map((g) => g.accessGroupId)).toEqual([groups[1]?.id])
    expect(info.faces).toHaveLength(1)
  })

  it('refuses an unknown access group', async () => {
    const id = site.staff[1]?.id ?? ''
    const error = await failureOf(
      c.client.updateStaffAccess({ projectId: site.projectId, staffAccessId: id, staffAccessName: 'X', accessGroupIds: ['a00000000000000000000000000000000'] }),
    )
    expect(error.code).toBe('not_found')
  })
})

describe('delete_staff_access_info / batch_delete_staff_access_info', () => {
  it('deletes one and then several', async () => {
    const one = await c.client.createStaffAccess(staffInput('Delete me'))
    const two = await c.client.createStaffAccess(staffInput('Batch me 1'))
    const three = await c.client.createStaffAccess(staffInput('Batch me 2'))
    await c.client.deleteStaffAccess({ projectId: site.projectId, staffAccessId: one.staffAccessId })
    await c.client.batchDeleteStaffAccesses({ projectId: site.projectId, staffAccessIds: [two.staffAccessId, three.staffAccessId] })
    const left = new Set(await staffIds())
    expect([one, two, three].some((s) => left.has(s.staffAccessId))).toBe(false)
  })

  it('refuses unknown ids and leaves the batch untouched', async () => {
    expect((await failureOf(c.client.deleteStaffAccess({ projectId: site.projectId, staffAccessId: 's404' }))).code).toBe('not_found')
    const keep = await c.client.createStaffAccess(staffInput('Keep me'))
    const error = await failureOf(c.client.batchDeleteStaffAccesses({ projectId: site.projectId, staffAccessIds: [keep.staffAccessId, 's404'] }))
    expect(error.code).toBe('not_found')
    expect(await staffIds()).toContain(keep.staffAccessId)
  })
})

describe('import_staff_access_info', () => {
  const importing = async (path: string, fileName: string) => {
    const { taskId } = await c.client.importStaffAccess({ projectId: site.projectId, fileName, fileUrl: `${files.baseUrl}${path}` })
    const result = () => c.client.getImportResult({ projectId: site.projectId, importType: 'staff_access_info', taskId })
    return { taskId, result }
  }

  it('imports a good file over a few seconds of sandbox time', async () => {
    const before = (await staffIds()).length
    const task = await importing('/good.csv', 'good.csv')
    expect(task.taskId).toMatch(/^t[0-9a-f]{32}$/)
    const started = await task.result()
    expect(started).toMatchObject({ importStatus: 'importing', isResolved: false, fileName: 'good.csv' })
    await h.admin('POST', 'clock/advance', { ms: 1_500 })
    const midway = await task.result()
    expect(midway.importStatus).toBe('importing')
    expect(midway.importProcess).toBeGreaterThan(started.importProcess)
    expect((await staffIds()).length).toBe(before)
    await h.admin('POST', 'clock/advance', { ms: 10_000 })
    expect(await task.result()).toMatchObject({ importStatus: 'success', importProcess: 100, failureCount: 0, isResolved: true })
    const staff = []
    for await (const s of c.client.iterateStaffAccesses(site.projectId)) staff.push(s)
    const ana = staff.find((s) => s.staffAccessName === 'Ana Costa (Cleaner)')
    expect(ana).toMatchObject({ pinCodes: [{ number: '482913' }], rfCards: [{ number: '0A1B2C3D' }], accessGroupNames: [groups[0]?.name, groups[1]?.name] })
    expect(ana?.floorAccesses[0]?.floors).toEqual(['1', '2'])
    expect(staff.some((s) => s.staffAccessName === 'Tom Berg (Courier)')).toBe(true)
  })

  it('counts bad rows as failures and imports the rest', async () => {
    const task = await importing('/mixed.csv', 'mixed.csv')
    await h.admin('POST', 'clock/advance', { ms: 10_000 })
    expect(await task.result()).toMatchObject({ importStatus: 'partial_failure', failureCount: 3 })
  })

  it('fails a task whose file misses a required column, cannot be fetched, or is not on loopback', async () => {
    const missing = await importing('/no-groups-column.csv', 'x.csv')
    const absent = await importing('/absent.csv', 'y.csv')
    const { taskId } = await c.client.importStaffAccess({ projectId: site.projectId, fileName: 'z.csv', fileUrl: 'https://example.com/staff.csv' })
    await h.admin('POST', 'clock/advance', { ms: 10_000 })
    expect(await missing.result()).toMatchObject({ importStatus: 'failure', isResolved: true })
    expect(await absent.result()).toMatchObject({ importStatus: 'failure' })
    expect(await c.client.getImportResult({ projectId: site.projectId, importType: 'staff_access_info', taskId })).toMatchObject({ importStatus: 'failure' })
  })

  it('refuses a file URL that is not http(s)', async () => {
    const error = await failureOf(c.client.importStaffAccess({ projectId: site.projectId, fileName: 'f', fileUrl: 'file:///etc/passwd' }))
    expect(error).toMatchObject({ code: 'invalid_input', vendor: { message: 'param.file_url must be an http(s) URL' } })
  })
})
