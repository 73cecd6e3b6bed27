import { afterAll, beforeAll, expect, it } from 'vitest'
import { type AkuvoxHarness, type ClientHarness, type SiteSnapshot, type StateDevice, allDoorsOf, siteOf, startAkuvoxHarness } from '../../helpers/akuvox'
import { SEED_REQUEST_EXAMPLES } from './seed-examples.fixture'

/** The fields each seed's result table lists; nested tables under the array field that holds them. */
interface Shape {
  readonly fields: readonly string[]
  readonly nested?: Readonly<Record<string, Shape>>
}

const relay: Shape = { fields: ['relay_name', 'relay_number', 'relay_id'] }
const device: Shape = {
  fields: ['building_id', 'building_name', 'device_id', 'device_name', 'mac', 'online', 'device_type', 'relays', 'security_relays'],
  nested: { relays: relay, security_relays: relay },
}
const staffCredentials = {
  faces: { fields: ['face_id'] },
  pin_codes: { fields: ['pin_code_id', 'number'] },
  rf_cards: { fields: ['rf_card_id', 'number'] },
}
const empty: Shape = { fields: [] }

/** Result tables of seeds 000–002; `list: true` where the result is `[]Object`. */
const RESULT_TABLES: Readonly<Record<string, { readonly list: boolean; readonly shape: Shape }>> = {
  get_project_list: { list: true, shape: { fields: ['project_id', 'project_name'] } },
  get_project_info: { list: false, shape: { fields: ['project_name'] } },
  get_import_result: {
    list: false,
    shape: { fields: ['created_time', 'file_name', 'import_process', 'failure_count', 'is_resolved', 'import_status'] },
  },
  get_access_group_list: {
    list: true,
    shape: {
      fields: [
        'access_group_id',
        'access_group_name',
        'access_group_type',
        'repeat_mode',
        'available_days',
        'start_time',
        'finish_time',
        'user_count',
        'created_time',
      ],
    },
  },
  get_access_group_info: {
    list: false,
    shape: {
      fields: ['access_group_name', 'access_group_type', 'devices', 'repeat_mode', 'available_days', 'start_time', 'finish_time', 'created_time'],
      nested: { devices: device },
    },
  },
  get_access_group_device_list: { list: true, shape: device },
  create_access_group_info: { list: false, shape: { fields: ['access_group_id'] } },
  update_access_group_info: { list: false, shape: empty },
  delete_access_group_info: { list: false, shape: empty },
  batch_delete_access_group_info: { list: false, shape: empty },
  create_access_group_account_info: { list: false, shape: empty },
  delete_access_group_account_info: { list: false, shape: empty },
  get_staff_access_list: {
    list: true,
    shape: {
      fields: ['staff_access_id', 'staff_access_name', 'created_time', 'faces', 'pin_codes', 'rf_cards', 'access_groups', 'floor_accesses'],
      nested: { ...staffCredentials, access_groups: { fields: ['access_group_name'] }, floor_accesses: { fields: ['building_name', 'floor_access'] } },
    },
  },
  get_staff_access_info: {
    list: false,
    shape: {
      fields: ['staff_access_name', 'created_time', 'faces', 'pin_codes', 'rf_cards', 'access_groups', 'floor_accesses'],
      nested: {
        ...staffCredentials,
        access_groups: { fields: ['access_group_id', 'access_group_name', 'access_group_type'] },
        floor_accesses: { fields: ['building_id', 'building_name', 'floor_access'] },
      },
    },
  },
  create_staff_access_info: { list: false, shape: { fields: ['staff_access_id'] } },
  update_staff_access_info: { list: false, shape: empty },
  delete_staff_access_info: { list: false, shape: empty },
  batch_delete_staff_access_info: { list: false, shape: empty },
  import_staff_access_info: { list: false, shape: { fields: ['task_id'] } },
}

/**
 * Every listed field is present, nested tables on every element. `checked` collects the nested
 * tables that had at least one element, so the caller can insist each was really looked at.
 */
function missingFields(value: unknown, shape: Shape, path: string, table: string, checked: Set<string>): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [`${path} is not an object`]
  const record = value as Record<string, unknown>
  const missing = shape.fields.filter((f) => !(f in record)).map((f) => `${path}.${f}`)
  for (const [field, inner] of Object.entries(shape.nested ?? {})) {
    const items = record[field]
    if (!Array.isArray(items)) {
      missing.push(`${path}.${field} is not an array`)
      continue
    }
    if (items.length > 0) checked.add(`${table}.${field}`)
    items.forEach((item, i) => missing.push(...missingFields(item, inner, `${path}.${field}[${i}]`, `${table}.${field}`, checked)))
  }
  return missing
}

function nestedTables(shape: Shape, table: string): string[] {
  return Object.entries(shape.nested ?? {}).flatMap(([field, inner]) => [`${table}.${field}`, ...nestedTables(inner, `${table}.${field}`)])
}

let h: AkuvoxHarness
let c: ClientHarness
let site: SiteSnapshot

beforeAll(async () => {
  h = await startAkuvoxHarness(41)
  c = h.makeClient()
  site = await siteOf(h)
})
afterAll(() => h.close())

it('accepts every request example of seeds 000–002 as written and answers every documented field', async () => {
  const mainDevice = site.devices[0] as StateDevice
  const group = site.groups.find((g) => g.type === 'customized' && g.doors.some((d) => d.deviceId === mainDevice.id))
  const user = site.users[0]
  const imports = await h.admin<{ project_id: string; task_id: string; import_type: string }[]>('GET', 'state/imports')
  const userImport = imports.find((t) => t.project_id === site.projectId && t.import_type === 'user_info')
  if (!group || !user || !userImport || mainDevice.securityRelays.length === 0) throw new Error('demo site lacks what the examples need')
  const disposableGroup = async (): Promise<string> =>
    (
      await c.client.createAccessGroup({
        projectId: site.projectId,
        accessGroupName: 'disposable',
        devices: [allDoorsOf(mainDevice)],
        repeatMode: 'daily',
        startTime: '00:00:00',
        finishTime: '23:59:59',
      })
    ).accessGroupId
  const disposableStaff = async (): Promise<string> =>
    (await c.client.createStaffAccess({ projectId: site.projectId, staffAccessName: 'disposable', accessGroupIds: [group.id] })).staffAccessId

  // Example id → an id of the generated site. Only ids (and the device's MAC, which identifies it) change.
  const ids = new Map<string, string>([
    ['p31adc223cc4b3bedb6bd4742dedcfa52', site.projectId],
    ['pr31adc223cc4b3bedb6bd4742dedcfa5', site.projectId],
    ['p01adc223cc4b3bedb6bd4742dedcfa52', site.projectId],
    ['tpr31adc223cc4b3bedb6bd4742dedcfa', userImport.task_id],
    ['arbr2c4b070cc928496198944858b344f', group.id],
    ['d28b494e5babb46b288f4baf7fe322cc4', mainDevice.id],
    ['C10519082089', mainDevice.mac],
    ['b1a621c1ae77040d697bd2134700f57ee', mainDevice.buildingId],
    ['r4b5a73f8dd84abaa94dcs248be49b0d2', mainDevice.relays[0]?.id ?? ''],
    ['rt1adc223cc4b3bedb6bd4742dedcfa52', user.residence_id],
    ['avbr2c4b070cc928496198944858b34xc', user.account_id],
    ['b21adc223cc4b3bedb6bd4742dedcfa52', user.building_id],
    ['sx9a621c1ae77040d697bd2134700f57e', site.staff[0]?.id ?? ''],
  ])
  // Examples that delete: give them something of their own to delete.
  const before: Readonly<Record<string, () => Promise<void>>> = {
    delete_access_group_info: async () => void ids.set('arbr2c4b070cc928496198944858b344f', await disposableGroup()),
    batch_delete_access_group_info: async () => void ids.set('arbr2c4b070cc928496198944858b344f', await disposableGroup()),
    create_access_group_account_info: async () => void ids.set('arbr2c4b070cc928496198944858b344f', group.id),
    delete_staff_access_info: async () => void ids.set('srbr2c4b070cc928496198944858b344f', await disposableStaff()),
    batch_delete_staff_access_info: async () => void ids.set('s8b5a73f8dd84abaa94dcs248be49b0d1', await disposableStaff()),
  }
  // Later examples refer to what earlier ones created, by the ids the seeds show them returning.
  const createdAs: Readonly<Record<string, [string, string]>> = {
    create_access_group_info: ['a2a621c1ae77040d697bd2134700f57ea', 'access_group_id'],
    create_staff_access_info: ['s2a621c1ae77040d697bd2134700f57ea', 'staff_access_id'],
  }

  const token = await h.token()
  const problems: string[] = []
  expect(SEED_REQUEST_EXAMPLES).toHaveLength(19)
  for (const example of SEED_REQUEST_EXAMPLES) {
    const command = (JSON.parse(example.body) as { command: string }).command
    await before[command]?.()
    let body = example.body
    for (const [from, to] of ids) body = body.replaceAll(`"${from}"`, JSON.stringify(to))
    const answer = await h.raw(body, { token })
    const table = RESULT_TABLES[command]
    if (!table) throw new Error(`no result table for ${command}`)
    if (answer.status !== 200 || answer.json.success !== true) {
      problems.push(`${command}: ${answer.status} ${JSON.stringify(answer.json)}`)
      continue
    }
    if (typeof answer.json.timestamp !== 'number') problems.push(`${command}: no timestamp`)
    const result = answer.json.result
    const checked = new Set<string>()
    if (table.list) {
      if (!Array.isArray(result) || result.length === 0) problems.push(`${command}: result is not a non-empty array`)
      else result.forEach((item, i) => problems.push(...missingFields(item, table.shape, `${command}[${i}]`, command, checked)))
    } else {
      problems.push(...missingFields(result, table.shape, command, command, checked))
    }
    for (const nested of nestedTables(table.shape, command)) if (!checked.has(nested)) problems.push(`${nested}: no element to check`)
    const created = createdAs[command]
    if (created) ids.set(created[0], String((result as Record<string, unknown>)[created[1]]))
  }
  expect(problems).toEqual([])
})
