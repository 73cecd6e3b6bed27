import { type DeviceType, DEVICE_TYPES } from './enums'
import type { Random } from '../common/random'
import { type IdMinter, utcText } from './ids'
import type { AccessGroup, Account, Building, Device, GroupDoor, ImportTask, Project, Relay, Residence, Site, StaffAccess } from './model'

/*
 * The demo site: deterministic from the seed (same seed → same ids, names and layout) and sized
 * from the nominal device count. Every project has buildings with floors, devices of all five
 * types with relays and security relays, residences with accounts, system groups (one per
 * building) and customized groups, staff with faces, PINs, RF cards and floor access, and two
 * finished imports for `get_import_result`.
 */

const FIRST_NAMES = [
  'Amelia',
  'Ben',
  'Chen',
  'Daria',
  'Emil',
  'Fatima',
  'Goran',
  'Hana',
  'Ivan',
  'Julia',
  'Kenji',
  'Lena',
  'Mateo',
  'Nora',
  'Omar',
  'Priya',
  'Quinn',
  'Rosa',
  'Sven',
  'Tariq',
  'Uma',
  'Wei',
  'Yara',
  'Zofia',
]
const LAST_NAMES = [
  'Adams',
  'Berg',
  'Costa',
  'Dubois',
  'Eriksen',
  'Fischer',
  'García',
  'Horvat',
  'Ito',
  'Jensen',
  'Kowalski',
  'Li',
  'Müller',
  'Nowak',
  'Okafor',
  'Petrov',
  'Rossi',
  'Silva',
  'Tanaka',
  'Wang',
]
const STAFF_ROLES = ['Cleaner', 'Concierge', 'Caretaker', 'Security', 'Courier', 'Gardener', 'Electrician', 'Lift engineer']
const DOOR_NAMES = ['Front Door', 'Back Door', 'Gate', 'Lobby', 'Garage', 'Bike Room']
const CUSTOM_GROUPS = ['Pool Gate', 'Gym', 'Parcel Room', 'Contractors (weekdays)', 'Roof Terrace', 'Car Park', 'Laundry', 'Storage']
const WEEKDAYS = ['1', '2', '3', '4', '5']
/** Demo generation "now": created_time values lie before it. */
const EPOCH = Date.UTC(2025, 0, 6, 9, 0, 0)

const TYPE_WEIGHTS: readonly (readonly [DeviceType, number])[] = [
  ['Indoor Monitor', 40],
  ['Multi-tenants Doorphone', 20],
  ['Access Control', 20],
  ['Single-tenant Doorphone', 10],
  ['Guard Phone', 10],
]

/** `staff`: how many staff each project has, in order, instead of one per three devices (a benchmark's long list). */
export function generateSite(random: Random, mint: IdMinter, devices: number, staff: readonly number[] = []): Site {
  const projects = new Map<string, Project>()
  const secondary = devices >= 6 ? Math.floor(devices / 6) : 0
  const main = generateProject(random.fork('project-1'), mint, 'Harbour View Residences', devices - secondary, staff[0])
  projects.set(main.id, main)
  if (secondary > 0) {
    const other = generateProject(random.fork('project-2'), mint, 'Parkside Offices', secondary, staff[1])
    projects.set(other.id, other)
  }
  return { projects }
}

function generateProject(random: Random, mint: IdMinter, name: string, deviceCount: number, staffCount?: number): Project {
  const project: Project = {
    id: mint('p'),
    name,
    buildings: new Map(),
    devices: new Map(),
    residences: new Map(),
    accessGroups: new Map(),
    staff: new Map(),
    imports: new Map(),
  }
  const buildingCount = Math.max(1, Math.ceil(deviceCount / 8))
  const buildings: Building[] = []
  for (let i = 1; i <= buildingCount; i++) {
    const building = { id: mint('b'), name: `AB${String(i).padStart(2, '0')}`, floors: random.int(3, 12) }
    buildings.push(building)
    project.buildings.set(building.id, building)
  }
  for (let i = 0; i < deviceCount; i++) {
    // The first five cover every type; the first device always has a security relay.
    const type = i < DEVICE_TYPES.length ? (DEVICE_TYPES[i] as DeviceType) : weightedType(random)
    const building = buildings[i % buildings.length] as Building
    const device = generateDevice(random, mint, building, type, i)
    project.devices.set(device.id, device)
  }
  for (const building of buildings) {
    const count = random.int(4, 10)
    for (let n = 0; n < count; n++) {
      const residence = generateResidence(random, mint, building, n)
      project.residences.set(residence.id, residence)
    }
  }
  generateGroups(random, mint, project, buildings)
  generateStaff(random, mint, project, buildings, staffCount ?? Math.max(4, Math.ceil(deviceCount / 3)))
  generateImports(mint, project)
  return project
}

function weightedType(random: Random): DeviceType {
  let roll = random.int(1, 100)
  for (const [type, weight] of TYPE_WEIGHTS) {
    roll -= weight
    if (roll <= 0) return type
  }
  return 'Indoor Monitor'
}

function relays(random: Random, mint: IdMinter, count: number, naming: (n: number) => string): Relay[] {
  return Array.from({ length: count }, (_, k) => ({ id: mint('r'), name: naming(k), number: String(k + 1) }))
}

function generateDevice(random: Random, mint: IdMinter, building: Building, type: DeviceType, index: number): Device {
  const doorNames = (k: number): string => `${DOOR_NAMES[(index + k) % DOOR_NAMES.length]} ${k + 1}`
  const isEntrance = type === 'Multi-tenants Doorphone' || type === 'Single-tenant Doorphone' || type === 'Access Control'
  const relayCount = isEntrance ? random.int(1, 3) : type === 'Guard Phone' ? 1 : random.int(0, 1)
  const securityCount = index === 0 ? 1 : isEntrance ? random.int(0, 2) : 0
  return {
    id: mint('d'),
    name: `${building.name} ${type} ${index + 1}`,
    mac: random.hex(12).toUpperCase(),
    buildingId: building.id,
    type,
    relays: relays(random, mint, Math.max(relayCount, index === 0 ? 2 : 0), doorNames),
    securityRelays: relays(random, mint, securityCount, (k) => `Security ${k + 1}`),
    usuallyOnline: index === 0 || random.chance(0.85),
  }
}

function generateResidence(random: Random, mint: IdMinter, building: Building, n: number): Residence {
  const floor = 1 + (n % building.floors)
  const residenceNo = `${floor}${String(Math.floor(n / building.floors) + 1).padStart(2, '0')}`
  const lastName = random.pick(LAST_NAMES)
  const accountCount = random.int(1, 3)
  const accounts: Account[] = Array.from({ length: accountCount }, (_, k) => {
    const firstName = random.pick(FIRST_NAMES)
    const slug = `${firstName}.${lastName}`
      .toLowerCase()
      .normalize('NFD')
      .replace(/[^a-z.]/g, '')
    return {
      id: mint('a'),
      name: `${firstName} ${lastName}`,
      firstName,
      lastName,
      email: `${slug}.${building.name.toLowerCase()}${residenceNo}@example.com`,
      phone: `+44 7700 9${String(random.int(0, 99_999)).padStart(5, '0')}`,
      auth: k === 0 ? 'admin' : random.chance(0.5) ? 'user' : 'guest',
      region: 'GB',
      paymentStatus: k === 0 && random.chance(0.1) ? 'expired' : 'normal',
    }
  })
  return { id: mint('r'), familyName: lastName, residenceNo, buildingId: building.id, accounts }
}

function allDoors(device: Device): GroupDoor {
  return { deviceId: device.id, relayIds: device.relays.map((r) => r.id), securityRelayIds: device.securityRelays.map((r) => r.id) }
}

function byBuilding<T extends { readonly buildingId: string }>(items: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>()
  for (const item of items) {
    const list = out.get(item.buildingId)
    if (list) list.push(item)
    else out.set(item.buildingId, [item])
  }
  return out
}

function generateGroups(random: Random, mint: IdMinter, project: Project, buildings: readonly Building[]): void {
  const devices = [...project.devices.values()]
  const residences = [...project.residences.values()]
  // Grouped once: filtering per building is quadratic on a large site.
  const doorsByBuilding = byBuilding(devices.filter((d) => d.type !== 'Indoor Monitor'))
  const residencesByBuilding = byBuilding(residences)
  for (const building of buildings) {
    const doors = (doorsByBuilding.get(building.id) ?? []).map(allDoors)
    const members = (residencesByBuilding.get(building.id) ?? []).flatMap((r) => r.accounts.map((a) => `${r.id}/${a.id}`))
    const group: AccessGroup = {
      id: mint('a'),
      name: `${building.name} Residents`,
      type: 'system',
      repeatMode: 'daily',
      availableDays: [],
      startTime: '00:00:00',
      finishTime: '23:59:59',
      createdTime: utcText(EPOCH - 400 * 86_400_000),
      doors,
      members: new Set(members),
    }
    project.accessGroups.set(group.id, group)
  }
  const entrances = devices.filter((d) => d.relays.length > 0)
  const customCount = Math.min(CUSTOM_GROUPS.length, Math.max(3, Math.ceil(devices.length / 10)))
  for (let i = 0; i < customCount && entrances.length > 0; i++) {
    const weekly = i % 3 === 1
    const picked = new Set<Device>()
    const wanted = Math.min(entrances.length, random.int(1, 4))
    // The first customized group always holds the first device (relays and security relays).
    if (i === 0) picked.add(entrances[0] as Device)
    while (picked.size < wanted) picked.add(random.pick(entrances))
    const members = new Set<string>()
    for (let m = random.int(0, 6); m > 0 && residences.length > 0; m--) {
      const residence = random.pick(residences)
      members.add(`${residence.id}/${random.pick(residence.accounts).id}`)
    }
    const group: AccessGroup = {
      id: mint('a'),
      name: CUSTOM_GROUPS[i] as string,
      type: 'customized',
      repeatMode: weekly ? 'weekly' : 'daily',
      availableDays: weekly ? WEEKDAYS : [],
      startTime: weekly ? '07:00:00' : '06:00:00',
      finishTime: weekly ? '18:00:00' : '22:00:00',
      createdTime: utcText(EPOCH - (200 - i * 7) * 86_400_000),
      doors: [...picked].map(allDoors),
      members,
    }
    project.accessGroups.set(group.id, group)
  }
}

function generateStaff(random: Random, mint: IdMinter, project: Project, buildings: readonly Building[], count: number): void {
  const groups = [...project.accessGroups.values()]
  const usedPins = new Set<string>()
  for (let i = 0; i < count; i++) {
    const complete = i === 0
    const id = mint('s')
    const pin = (): string => {
      let value: string
      do value = String(random.int(100_000, 999_999))
      while (usedPins.has(value) || value === '123456')
      usedPins.add(value)
      return value
    }
    const building = random.pick(buildings)
    const staff: StaffAccess = {
      id,
      name: `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)} (${random.pick(STAFF_ROLES)})`,
      createdTime: utcText(EPOCH - (120 - i) * 86_400_000),
      faces: complete || random.chance(0.5) ? [{ id: mint('f'), pictureUrl: `https://faces.demo.fieldkey.invalid/${id}.jpg` }] : [],
      pinCodes: complete || random.chance(0.7) ? [{ id: mint('p'), number: pin() }] : [],
      rfCards: complete || random.chance(0.6) ? [{ id: mint('r'), number: random.hex(8).toUpperCase() }] : [],
      accessGroupIds: [...new Set([random.pick(groups).id, ...(complete || random.chance(0.3) ? [random.pick(groups).id] : [])])],
      floorAccesses:
        complete || random.chance(0.4)
          ? [{ buildingId: building.id, floors: Array.from({ length: Math.min(building.floors, random.int(2, 4)) }, (_, k) => String(k + 1)) }]
          : [],
    }
    project.staff.set(staff.id, staff)
  }
}

function generateImports(mint: IdMinter, project: Project): void {
  const finished = (type: 'user_info' | 'staff_access_info', fileName: string, rowCount: number, failureCount: number, daysAgo: number): ImportTask => ({
    id: mint('t'),
    type,
    fileName,
    createdAt: EPOCH - daysAgo * 86_400_000,
    durationMs: 4_000,
    rowCount,
    accepted: [],
    failureCount,
    fileError: null,
    applied: true,
  })
  for (const task of [finished('user_info', 'residents-2024.csv', 40, 0, 90), finished('staff_access_info', 'contractors.csv', 12, 2, 30)]) {
    project.imports.set(task.id, task)
  }
}
