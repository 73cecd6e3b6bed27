import { unzipSync, strFromU8 } from 'fflate'
import i18next, { type TFunction } from 'i18next'
import { beforeAll, describe, expect, it } from 'vitest'
import type { PackPerson } from '../../../src/shared/report/types'
import type { ReportData } from '../../../src/shared/sends/types'
import { resources } from '../../../src/renderer/src/i18n'
import { type PackRecords, packContext } from '../../../src/renderer/src/features/sends/pack/pack-context'
import { packZip } from '../../../src/renderer/src/features/sends/pack/pack-zip'
import { PACK_SECTIONS } from '../../../src/renderer/src/features/sends/pack/pack-sections'

let en: TFunction
let zh: TFunction
beforeAll(async () => {
  const make = async (lng: string) => {
    const i18n = i18next.createInstance()
    await i18n.init({ resources, lng, fallbackLng: 'en', interpolation: { escapeValue: false } })
    return i18n.t
  }
  en = await make('en')
  zh = await make('zh-CN')
})

const PROJECT_ID = '1424615984267293602'
const person = (name: string, pins: readonly string[]): PackPerson => ({
  name,
  kind: 'staff',
  place: '',
  pins,
  cards: ['0A1B2C3D'],
  faces: 1,
  groups: ['Lobby', 'Gym'],
  doors: ['Gate · Relay A'],
})
const PEOPLE = [person('Amy Chen', ['••34', '••78']), person('=cmd', []), person('王芳', [])]
const summary = {
  accessGroupName: 'Lobby',
  accessGroupType: 'custom',
  userCount: 2,
  createdTime: '',
  repeatMode: 'daily',
  availableDays: [],
  startTime: '00:00:00',
  finishTime: '23:59:00',
} as const
const DATA = {
  generatedAt: Date.UTC(2026, 11, 6, 20, 30),
  preparedBy: 'Li Na',
  vendor: 'akuvox',
  connectionLabel: 'Harbour View',
  projectId: PROJECT_ID,
  projectName: 'Harbour View Residences',
  syncedAt: null,
  devices: [],
  doors: [
    { name: 'Gate · Relay A', deviceName: 'Gate', kind: 'relay', online: true, groups: ['Lobby'] },
    { name: 'Gate · Alarm', deviceName: 'Gate', kind: 'securityRelay', online: true, groups: [] },
  ],
  channels: [],
  accessGroups: [{ summary: { ...summary, accessGroupId: 'g-1' }, doors: ['Gate · Relay A'] }],
  people: { total: 3, enabled: 3, withPermissions: null },
  outbox: [],
} as unknown as ReportData

const RECORDS: PackRecords = {
  checklist: [
    {
      key: 'relay/d-1/r-1',
      kind: 'relay',
      buildingKey: 'b-1',
      buildingName: 'AB01',
      deviceId: 'd-1',
      deviceName: 'Gate',
      name: 'Relay A',
      online: true,
      lastSeenAt: null,
      check: { result: 'fault', method: 'card', note: 'Strike does not release', testedAt: Date.UTC(2026, 11, 6, 2, 5) },
      groups: [],
      lastSend: null,
    },
    {
      key: 'security/d-1/s-1',
      kind: 'security',
      buildingKey: 'b-1',
      buildingName: 'AB01',
      deviceId: 'd-1',
      deviceName: 'Gate',
      name: 'Alarm',
      online: true,
      lastSeenAt: null,
      check: null,
      groups: [],
      lastSend: null,
    },
  ],
  activity: [
    {
      id: 2,
      at: Date.UTC(2026, 11, 6, 2, 10),
      installer: 'Li Na',
      installId: null,
      connectionId: 'c-1',
      connectionLabel: 'Harbour View',
      projectId: PROJECT_ID,
      projectName: 'Harbour View Residences',
      operation: { kind: 'akuvox.accessGroup.create', params: { name: 'Night porter' }, target: 'Night porter' },
      result: 'done',
      reason: null,
      requestId: null,
      outboxId: 7,
    },
  ],
  activityTotal: 1,
}

const details = { preparedBy: 'Li Na', handedTo: 'Sam Okafor', siteAddress: '1 Harbour Road', language: 'en' as const }
const files = (t: TFunction, language: 'en' | 'zh-CN') => {
  const zip = unzipSync(packZip(packContext(DATA, PEOPLE, RECORDS, { ...details, language }, t, 'Asia/Shanghai')))
  return Object.fromEntries(
    Object.entries(zip).map(([name, bytes]) => [
      name,
      strFromU8(bytes)
        .replace(/^\uFEFF/, '')
        .trimEnd()
        .split(/\r?\n/),
    ]),
  )
}

describe('the CSV bundle', () => {
  it('holds one row per person, per door and per group, not totals', () => {
    const csv = files(en, 'en')
    expect(Object.keys(csv).sort()).toEqual([
      'access-groups.csv',
      'activity-log.csv',
      'devices.csv',
      'door-checklist.csv',
      'doors.csv',
      'outbox.csv',
      'people.csv',
      'site.csv',
    ])
    expect(csv['people.csv']).toEqual([
      'Name,Kind,Building,PINs,Cards,Faces,Access groups,Doors',
      'Amy Chen,Staff,—,"••34, ••78",0A1B2C3D,1,"Lobby, Gym",Gate · Relay A',
      // A cell a spreadsheet would run as a formula is kept as text.
      `"'=cmd",Staff,—,—,0A1B2C3D,1,"Lobby, Gym",Gate · Relay A`,
      '王芳,Staff,—,—,0A1B2C3D,1,"Lobby, Gym",Gate · Relay A',
    ])
    expect(csv['doors.csv']).toEqual([
      'Door,Device,Kind,State,Opened by groups',
      'Gate · Relay A,Gate,Relay,Online,Lobby',
      'Gate · Alarm,Gate,Security relay,Online,—',
    ])
    expect(csv['access-groups.csv']).toHaveLength(2)
  })

  it("holds the installer's test of each door and the activity log, one row each, in site time", () => {
    const csv = files(en, 'en')
    expect(csv['door-checklist.csv']).toEqual([
      'Building,Device,Door,State,Opened by,Test,Method,Note,Tested',
      expect.stringMatching(/^AB01,Gate,Relay A,Online,—,Fault,Card,Strike does not release,.*10:05/),
      'AB01,Gate,Alarm,Online,—,Not tested,,,',
    ])
    expect(csv['activity-log.csv']?.[0]).toBe('When,Installer,Change,Target,Result,Reason,Request')
    expect(csv['activity-log.csv']?.[1]).toMatch(/10:10.*,Li Na,.*Night porter.*,Night porter,Done,,$/)
    expect(csv['activity-log.csv']).toHaveLength(2)
  })

  it('writes the site sheet with both names, the address and the site date, and no raw id', () => {
    const csv = files(en, 'en')
    expect(csv['site.csv']?.[0]).toMatch(/^Project,Site address,Site time zone,Date,Prepared by,Handed to,/)
    expect(csv['site.csv']?.[1]).toMatch(/^Harbour View Residences,1 Harbour Road,Asia\/Shanghai,2026-12-07,Li Na,Sam Okafor,/)
    for (const lines of Object.values(csv)) expect(lines.join('\n')).not.toContain(PROJECT_ID)
    expect(Object.values(csv).flat().join('\n')).not.toContain('g-1')
  })

  it("leaves out the columns a Tuya site has nothing for (PINs, cards, groups) and the groups' file", () => {
    const zip = unzipSync(packZip(packContext({ ...DATA, vendor: 'tuya' }, PEOPLE, RECORDS, details, en, 'Asia/Shanghai')))
    expect(Object.keys(zip)).not.toContain('access-groups.csv')
    expect(
      strFromU8(zip['people.csv'] ?? new Uint8Array())
        .replace(/^\uFEFF/, '')
        .split(/\r?\n/)[0],
    ).toBe('Name,Kind,Organisation,Faces,Doors')
  })

  it('speaks the document language in its headers and values', () => {
    const csv = files(zh, 'zh-CN')
    expect(csv['people.csv']?.[0]).toBe('姓名,类别,楼栋,密码,卡号,人脸,门禁组,门')
    expect(csv['doors.csv']?.[1]).toBe('Gate · Relay A,Gate,继电器,在线,Lobby')
    expect(csv['people.csv']?.[1]).toBe('Amy Chen,员工,—,••34、••78,0A1B2C3D,1,Lobby、Gym,Gate · Relay A')
  })

  it('says when the people printed are only the first of a longer list', () => {
    const heading = (total: number, t: TFunction) =>
      PACK_SECTIONS.find((s) => s.id === 'people')?.heading(packContext(DATA, PEOPLE, RECORDS, details, t, 'Asia/Shanghai', total))
    expect(heading(PEOPLE.length, en)).toBe('People')
    expect(heading(60_000, en)).toBe('People: the first 3 of 60000')
    expect(heading(60_000, zh)).toBe('人员：共 60000 人中的前 3 人')
  })
})
