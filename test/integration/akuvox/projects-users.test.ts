import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type AkuvoxHarness, type ClientHarness, type SiteSnapshot, failureOf, siteOf, startAkuvoxHarness } from '../../helpers/akuvox'

let h: AkuvoxHarness
let c: ClientHarness
let site: SiteSnapshot

beforeAll(async () => {
  h = await startAkuvoxHarness(11)
  c = h.makeClient()
  site = await siteOf(h)
})
afterAll(() => h.close())

describe('get_project_list', () => {
  it('pages through the projects', async () => {
    const first = await c.client.getProjectList({ pageSize: 1, pageIndex: 1 })
    const second = await c.client.getProjectList({ pageSize: 1, pageIndex: 2 })
    const beyond = await c.client.getProjectList({ pageSize: 1, pageIndex: 3 })
    expect(first.items.map((p) => p.projectId)).toEqual([site.projectId])
    expect(second.items.map((p) => p.projectId)).toEqual([site.otherProjectId])
    expect(beyond.items).toEqual([])
    expect(first.items[0]?.projectName).toBe('Harbour View Residences')
  })

  it('iterates every project', async () => {
    const all = []
    for await (const project of c.client.iterateProjects({ pageSize: 1, concurrency: 2 })) all.push(project.projectId)
    expect(all).toEqual([site.projectId, site.otherProjectId])
  })

  it('refuses a zero page index as invalid input', async () => {
    const error = await failureOf(c.client.getProjectList({ pageSize: 10, pageIndex: 0 }))
    expect(error.code).toBe('invalid_input')
    expect(error.vendor).toMatchObject({ vendor: 'akuvox', code: 'invalid_param', message: 'param.page_index must be at least 1' })
    expect(error.vendor?.requestId).toMatch(/^c[0-9a-f]{32}$/)
  })
})

describe('get_project_info', () => {
  it('names the project', async () => {
    expect(await c.client.getProjectInfo({ projectId: site.otherProjectId })).toEqual({
      projectId: site.otherProjectId,
      projectName: 'Parkside Offices',
    })
  })

  it('reports an unknown project as not found', async () => {
    const error = await failureOf(c.client.getProjectInfo({ projectId: 'p00000000000000000000000000000000' }))
    expect(error).toMatchObject({ code: 'not_found', retryable: false, vendor: { code: 'not_found' } })
  })
})

describe('get_import_result', () => {
  it('reports a finished import of either type', async () => {
    const imports = await h.admin<{ project_id: string; task_id: string; import_type: string }[]>('GET', 'state/imports')
    const mine = imports.filter((t) => t.project_id === site.projectId)
    const users = mine.find((t) => t.import_type === 'user_info')
    const staff = mine.find((t) => t.import_type === 'staff_access_info')
    if (!users || !staff) throw new Error('the demo site has both kinds of import')
    expect(await c.client.getImportResult({ projectId: site.projectId, importType: 'user_info', taskId: users.task_id })).toMatchObject({
      taskId: users.task_id,
      fileName: 'residents-2024.csv',
      importProcess: 100,
      failureCount: 0,
      isResolved: true,
      importStatus: 'success',
    })
    expect(await c.client.getImportResult({ projectId: site.projectId, importType: 'staff_access_info', taskId: staff.task_id })).toMatchObject({
      importStatus: 'partial_failure',
      failureCount: 2,
    })
  })

  it('does not find a task under another import type', async () => {
    const imports = await h.admin<{ project_id: string; task_id: string; import_type: string }[]>('GET', 'state/imports')
    const task = imports.find((t) => t.project_id === site.projectId && t.import_type === 'user_info')
    if (!task) throw new Error('no user_info import')
    const error = await failureOf(c.client.getImportResult({ projectId: site.projectId, importType: 'user_face_access_info', taskId: task.task_id }))
    expect(error.code).toBe('not_found')
  })
})

describe('get_user_list', () => {
  it('lists every account of every residence, with the ids group membership needs', async () => {
    const users = []
    for await (const user of c.client.iterateUsers(site.projectId, { pageSize: 7, concurrency: 3 })) users.push(user)
    expect(users.map((u) => `${u.residenceId}/${u.accountId}`)).toEqual(site.users.map((u) => `${u.residence_id}/${u.account_id}`))
    const first = users[0]
    expect(first?.auth).toBe('admin')
    expect(first).toMatchObject({ buildingName: 'AB01', region: 'GB' })
    expect(first?.email).toMatch(/@example\.com$/)
  })

  it('refuses a page size over 500', async () => {
    const error = await failureOf(c.client.getUserList({ projectId: site.projectId, pageSize: 501, pageIndex: 1 }))
    expect(error.code).toBe('invalid_input')
    expect(error.vendor?.message).toBe('param.page_size must be at most 500')
  })
})
