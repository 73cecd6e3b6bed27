import type { Random } from '../common/random'
import { ID_KIND, makeId } from './ids'
import { PERMANENT_END, type SbAuth, type SbChannel, type SbDevice, type SbPerson, type SbStructure, type TuyaSite } from './model'

const DAY = 86_400_000
const FIRST = [
  'Ana',
  'Ben',
  'Chen',
  'Dara',
  'Emil',
  'Fatima',
  'Goran',
  'Hana',
  'Ivo',
  'Jia',
  'Kemal',
  'Lea',
  'Mateo',
  'Nina',
  'Omar',
  'Petra',
  'Qing',
  'Rosa',
  'Sven',
  'Tariq',
  'Una',
  'Viktor',
  'Wei',
  'Yusuf',
  'Zara',
]
const LAST = ['Novak', 'Li', 'Schmidt', 'Kovač', 'Wang', 'Müller', 'Rossi', 'Haddad', 'Zhang', 'Petrov', 'Costa', 'Yilmaz', 'Berg', 'Liu', 'Horvat']
const DEPARTMENTS = ['Reception', 'Facilities', 'Engineering', 'Sales', 'Security', 'Cleaning', 'Finance', 'Logistics', 'IT', 'Management']

/**
 * The demo project, deterministic from the random stream: an organisation tree, persons (some
 * disabled, some in the recycle bin, with faces, cards, fingerprints and passwords), access
 * controllers with one or two entrances/exits each, and permissions person × channel with
 * validity windows and per-credential issue statuses. Sizes follow the nominal device count:
 * about two persons per device (large ≈ 20,000) and 1.3 channels per device.
 */
export function generateSite(random: Random, devices: number, now: number): { site: TuyaSite; accessId: string; accessSecret: string } {
  const r = random.fork('site')
  const accessId = r.hex(20)
  const accessSecret = r.hex(32)
  const projectId = `142461598426${String(r.int(1_000_000, 9_999_999))}`
  let n = 0
  const next = (kind: number): string => makeId(kind, ++n)

  const structures = new Map<string, SbStructure>()
  const rootStructureId = next(ID_KIND.structure)
  structures.set(rootStructureId, { structureId: rootStructureId, parentStructureId: '', name: 'Root Organization', level: 1, sort: 0 })
  const buildings = Math.max(2, Math.round(Math.sqrt(devices / 2)))
  const leaves: string[] = []
  for (let b = 0; b < buildings; b++) {
    const buildingId = next(ID_KIND.structure)
    structures.set(buildingId, {
      structureId: buildingId,
      parentStructureId: rootStructureId,
      name: `Building ${String.fromCharCode(65 + (b % 26))}${b >= 26 ? Math.floor(b / 26) : ''}`,
      level: 2,
      sort: b,
    })
    const departments = r.int(1, 3)
    for (let d = 0; d < departments; d++) {
      const id = next(ID_KIND.structure)
      structures.set(id, { structureId: id, parentStructureId: buildingId, name: DEPARTMENTS[(b + d) % DEPARTMENTS.length] ?? 'Staff', level: 3, sort: d })
      leaves.push(id)
    }
  }

  const deviceMap = new Map<string, SbDevice>()
  const channels = new Map<string, SbChannel>()
  const rooms = Math.max(2, Math.round(devices / 6))
  for (let i = 0; i < devices; i++) {
    const room = i % rooms
    const deviceId = `sbdev${r.hex(17)}`
    const name = `Door controller ${i + 1}`
    // Every twelfth device flaps, so even the small site changes over time.
    const flapping = i % 12 === 5
    deviceMap.set(deviceId, {
      deviceId,
      accessControlId: next(ID_KIND.accessControl),
      accessControlName: name,
      deviceName: name,
      sn: `TY${r.hex(12).toUpperCase()}`,
      mac: Array.from({ length: 6 }, () => r.hex(2)).join(':'),
      ip: `10.${Math.floor(i / 250) % 250}.${i % 250}.${r.int(2, 250)}`,
      cid: r.hex(16),
      roomId: makeId(ID_KIND.room, room + 1),
      positionPath: `Site-${Math.floor(room / 4) + 1}-Floor ${(room % 4) + 1}`,
      baseOnline: flapping || r.chance(0.9),
      flapping,
      forcedOnline: null,
    })
    const count = i % 3 === 2 ? 2 : 1
    for (let c = 0; c < count; c++) {
      const channelId = next(ID_KIND.channel)
      channels.set(channelId, { channelId, name: `${name} ${count === 2 ? (c === 0 ? 'Entrance' : 'Exit') : 'Door'}`, no: c + 1, deviceId })
    }
  }

  const persons = new Map<string, SbPerson>()
  const personCount = devices * 2
  for (let i = 0; i < personCount; i++) {
    const personId = next(ID_KIND.person)
    const face = r.chance(0.6)
    // Fixed strides rather than coin flips, so even the small site has both kinds.
    const deleted = i % 20 === 7
    persons.set(personId, {
      personId,
      name: `${r.pick(FIRST)} ${r.pick(LAST)}`,
      enabled: i % 10 !== 3,
      sex: r.int(0, 2),
      mobileCountry: '+86',
      mobile: `1${r.int(3, 9)}${String(r.int(0, 999_999_999)).padStart(9, '0')}`,
      email: r.chance(0.5) ? `person${i + 1}@example.com` : '',
      certArea: 'CN',
      certType: r.chance(0.5) ? 'ID_CARD_CN' : '',
      certNo: '',
      imagePath: face ? `saas/building/building_faceImg/${r.hex(20)}.jpg` : '',
      imageRating: face ? r.int(70, 99) : 0,
      personCode: String(1000 + i),
      uploadType: '',
      structureId: r.pick(leaves),
      cards: r.chance(0.8) ? r.int(1, 3) : 0,
      fingerprints: r.chance(0.3) ? r.int(1, 2) : 0,
      hasPassword: r.chance(0.4),
      deletedAt: deleted ? now - r.int(1, 30) * DAY : null,
      snapshot: [],
    })
  }

  const channelIds = [...channels.keys()]
  const auths = new Map<string, SbAuth>()
  const authsByChannel = new Map<string, SbAuth[]>(channelIds.map((id) => [id, []]))
  for (const person of persons.values()) {
    const count = r.int(1, Math.min(4, channelIds.length))
    const chosen = new Set<string>()
    while (chosen.size < count) chosen.add(r.pick(channelIds))
    for (const channelId of chosen) {
      const roll = r.next()
      const end = roll < 0.7 ? PERMANENT_END : roll < 0.8 ? now - r.int(1, 60) * DAY : now + r.int(1, 40) * DAY
      const auth: SbAuth = {
        accessAuthId: next(ID_KIND.auth),
        personId: person.personId,
        channelId,
        start: now - r.int(30, 400) * DAY,
        end,
        createdAt: now - r.int(30, 400) * DAY,
        source: r.int(1, 2),
        card: r.chance(0.8) ? 1 : 0,
        face: r.chance(0.6) ? 1 : 0,
        fingerprint: r.chance(0.5) ? 1 : 0,
        password: r.chance(0.7) ? 1 : 0,
      }
      auths.set(auth.accessAuthId, auth)
      authsByChannel.get(channelId)?.push(auth)
    }
  }
  for (const list of authsByChannel.values()) list.sort((a, b) => a.personId.localeCompare(b.personId))

  const site: TuyaSite = {
    projectId,
    rootStructureId,
    structures,
    persons,
    devices: deviceMap,
    channels,
    auths,
    authsByChannel,
    tasks: [],
    tasksById: new Map(),
    recordsById: new Map(),
    nextId: n + 1,
  }
  for (const person of persons.values()) if (person.deletedAt !== null) person.snapshot = structurePath(site, person.structureId)
  return { site, accessId, accessSecret }
}

/** Organisation names from the root down to `structureId`. */
export function structurePath(site: TuyaSite, structureId: string): string[] {
  const names: string[] = []
  for (let s = site.structures.get(structureId); s; s = site.structures.get(s.parentStructureId)) names.unshift(s.name)
  return names
}

/** `structureId` and every organisation below it. */
export function structureWithDescendants(site: TuyaSite, structureId: string): Set<string> {
  const out = new Set<string>([structureId])
  for (let grew = true; grew;) {
    grew = false
    for (const s of site.structures.values()) {
      if (!out.has(s.structureId) && out.has(s.parentStructureId)) {
        out.add(s.structureId)
        grew = true
      }
    }
  }
  return out
}
