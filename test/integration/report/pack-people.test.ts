import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningSandboxes, startSandboxes } from '@fieldkey/sandbox'
import type { PackPerson } from '../../../src/shared/report/types'
import { jsonBytes } from '../../../src/shared/ipc/limits'
import { ReportService } from '../../../src/main/services/report/report-service'
import type { SqlDatabase } from '../../../src/main/store/driver'
import { AKUVOX_CONNECTION, openTestStore, syncService } from '../sync/harness'
import { AccessGroupsRepo } from '../../../src/main/store/cache/access-groups-repo'
import { ItemsRepo } from '../../../src/main/store/cache/items-repo'
import { GroupMemberChangesRepo } from '../../../src/main/store/group-member-changes-repo'

interface SandboxStaff {
  readonly project_id: string
  readonly name: string
  readonly pinCodes: readonly { readonly number: string }[]
}

let sandboxes: RunningSandboxes
let db: SqlDatabase
let projectId: string

beforeAll(async () => {
  sandboxes = await startSandboxes({ seed: 7 })
  db = openTestStore(sandboxes.info)
  const projects = (await (await fetch(`${sandboxes.info.admin?.baseUrl}/akuvox/state/projects`)).json()) as { project_id: string }[]
  projectId = projects[0]?.project_id ?? ''
  await syncService(db, sandboxes.info).syncProject(AKUVOX_CONNECTION, projectId)
})
afterAll(async () => {
  await sandboxes?.close()
})

describe("the handover pack's people, paged from the cache", () => {
  it('every staff then every resident once, over pages that cross from one to the other', () => {
    const report = new ReportService(db, () => null)
    const scope = { connectionId: AKUVOX_CONNECTION, projectId }
    const first = report.people(scope, 0, 7)
    const all: PackPerson[] = [...first.items]
    while (all.length < first.total) all.push(...report.people(scope, all.length, 7).items)
    expect(all).toHaveLength(first.total)
    const staff = all.filter((p) => p.kind === 'staff')
    expect(staff.length).toBeGreaterThan(0)
    expect(all.filter((p) => p.kind === 'resident').length).toBeGreaterThan(0)
    // Staff first, then residents, never interleaved.
    expect(all.findIndex((p) => p.kind === 'resident')).toBe(staff.length)
  })

  it('stops a page at its byte budget, and reading on from where it stopped still finds everyone once', () => {
    const scope = { connectionId: AKUVOX_CONNECTION, projectId }
    const whole = new ReportService(db, () => null).people(scope, 0, 500)
    const small = new ReportService(db, () => null, 2_000)
    const first = small.people(scope, 0, 500)
    expect(first.items.length).toBeGreaterThan(0)
    expect(first.items.length).toBeLessThan(whole.items.length)
    expect(jsonBytes(first.items.slice(1))).toBeLessThanOrEqual(2_000)
    const all: PackPerson[] = [...first.items]
    while (all.length < first.total) all.push(...small.people(scope, all.length, 500).items)
    expect(all).toEqual(whole.items)
  })

  it("gives a resident the groups Fieldkey added them to, and those groups' doors", () => {
    const scope = { connectionId: AKUVOX_CONNECTION, projectId }
    const group = new AccessGroupsRepo(db).list(scope).find((g) => (g.detail?.devices.length ?? 0) > 0)
    const resident = new ItemsRepo(db).list('accounts', scope, { limit: 1 })[0]
    if (!group || !resident) throw new Error('the site needs a group with doors and a resident')
    new GroupMemberChangesRepo(db).record(scope, {
      accessGroupId: group.summary.accessGroupId,
      residents: [{ accountId: resident.accountId, name: 'x', buildingName: resident.buildingName, residenceNo: resident.residenceNo }],
      change: 'added',
      at: 1,
      by: { installId: 'i', machineName: 'm' },
      queuedOutboxId: null,
    })
    const report = new ReportService(db, () => null)
    const total = report.people(scope, 0, 1).total
    const residents = report.people(scope, 0, total).items.filter((p) => p.kind === 'resident')
    const printed = residents.find((p) => p.groups.length > 0)
    expect(printed?.groups).toEqual([group.summary.accessGroupName])
    expect(printed?.doors.length).toBeGreaterThan(0)
    expect(residents.filter((p) => p.groups.length > 0)).toHaveLength(1)
  })

  it('masks every PIN to its last two digits, keeps card numbers, and names the doors of each group', async () => {
    const report = new ReportService(db, () => null)
    const people = report.people({ connectionId: AKUVOX_CONNECTION, projectId }, 0, 500).items
    const cloud = ((await (await fetch(`${sandboxes.info.admin?.baseUrl}/akuvox/state/staff`)).json()) as SandboxStaff[]).filter(
      (s) => s.project_id === projectId,
    )
    const withPin = cloud.find((s) => s.pinCodes.length > 0)
    if (!withPin) throw new Error('the site needs a staff with a PIN')
    const printed = people.find((p) => p.name === withPin.name)
    expect(printed?.pins).toEqual(withPin.pinCodes.map((p) => `••${p.number.slice(-2)}`))
    const wholePins = cloud.flatMap((s) => s.pinCodes.map((p) => p.number))
    expect(JSON.stringify(people)).not.toMatch(new RegExp(wholePins.join('|')))
    expect(people.some((p) => p.groups.length > 0 && p.doors.some((d) => d.includes(' · ')))).toBe(true)
  })
})
