import { describe, expect, it } from 'vitest'
import { deviceSchema, importResultSchema, pageOf, projectSchema, staffSummarySchema } from '../../../../../src/main/clouds/akuvox/schemas'

describe('pageOf', () => {
  const projects = pageOf(projectSchema)
  const row = { project_id: 'p1', project_name: 'One', region: 'extra fields are fine' }

  it('reads a bare array (documented) and {list, total}', () => {
    expect(projects.parse([row])).toEqual({ items: [{ projectId: 'p1', projectName: 'One' }], total: null })
    expect(projects.parse({ list: [row], total: '12' })).toEqual({ items: [{ projectId: 'p1', projectName: 'One' }], total: 12 })
    expect(projects.parse({ list: [] })).toEqual({ items: [], total: null })
    expect(projects.parse(null)).toEqual({ items: [], total: null })
  })

  it('refuses an item without its id, naming where', () => {
    const parsed = projects.safeParse([{ project_name: 'no id' }])
    expect(parsed.success).toBe(false)
    expect(parsed.error?.issues[0]?.path).toEqual(['list', 0, 'project_id'])
  })
})

describe('lenient fields', () => {
  it('keeps a device type the documents do not list as the cloud wrote it, and fills missing lists', () => {
    expect(
      deviceSchema.parse({
        device_id: 'd1',
        device_name: 'Gate',
        mac: 'AA',
        building_id: 'b1',
        building_name: 'AB01',
        online: false,
        device_type: 'Elevator Controller',
      }),
    ).toEqual({
      deviceId: 'd1',
      deviceName: 'Gate',
      mac: 'AA',
      buildingId: 'b1',
      buildingName: 'AB01',
      online: false,
      deviceType: 'Elevator Controller',
      relays: [],
      securityRelays: [],
    })
  })

  it('accepts numeric relay numbers and import percentages given as text', () => {
    const device = deviceSchema.parse({
      device_id: 'd1',
      online: true,
      device_type: 'Access Control',
      relays: [{ relay_id: 'r1', relay_name: 'Door', relay_number: 2 }],
      security_relays: [],
    })
    expect(device.relays[0]?.relayNumber).toBe('2')
    expect(
      importResultSchema.parse({ created_time: 'x', file_name: 'f', import_process: '40', failure_count: 0, is_resolved: false, import_status: 'importing' })
        .importProcess,
    ).toBe(40)
  })

  it('reads a staff summary into names and floors', () => {
    expect(
      staffSummarySchema.parse({
        staff_access_id: 's1',
        staff_access_name: 'Ana',
        access_groups: [{ access_group_name: 'Gym' }],
        floor_accesses: [{ building_name: 'AB01', floor_access: ['1'] }],
      }),
    ).toMatchObject({ accessGroupNames: ['Gym'], floorAccesses: [{ buildingName: 'AB01', floors: ['1'] }], faces: [], pinCodes: [], rfCards: [] })
  })
})
