import * as XLSX from '@e965/xlsx'
import { exportFileName, maskPin } from '@shared/export/table'
import { devicesExport } from '@shared/export/devices'
import { personsExport } from '@shared/people/persons-export'
import { staffExport } from '@shared/people/staff-export'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { tableBlob } from '../../../src/renderer/src/components/export/save-table'
import { person, staffSummary } from './people-fixtures'

const WORDS = { title: '员工', name: '姓名', accessGroups: '权限组', pinCodes: 'PIN 码', rfCards: '卡', faces: '人脸图片', floors: '楼层' }

const STAFF = [
  {
    ...staffSummary('王小明'),
    accessGroupNames: ['Gym', '泳池'],
    pinCodes: [{ pinCodeId: 'p1', number: '482913' }],
    rfCards: [{ rfCardId: 'c1', number: '000A1B2C' }],
    floorAccesses: [{ buildingName: 'AB01', floors: ['1', '2'] }],
  },
  { ...staffSummary('=HYPERLINK("http://x")'), accessGroupNames: ['Gym'] },
]

describe('exporting a list', () => {
  const table = staffExport(WORDS, STAFF)

  it('holds names and words, PINs masked, never an id', () => {
    expect(table.rows[0]).toEqual(['王小明', 'Gym; 泳池', '••••13', '000A1B2C', '0', 'AB01: 1, 2'])
    expect(JSON.stringify(table)).not.toContain(STAFF[0]?.staffAccessId)
    expect(maskPin('12')).toBe('••')
  })

  it('writes an .xlsx workbook that the library reads back the same, Chinese and leading zeros kept, no formula', async () => {
    const blob = await tableBlob(table, 'xlsx')
    const book = XLSX.read(new Uint8Array(await blob.arrayBuffer()), { type: 'array' })
    expect(book.SheetNames).toEqual(['员工'])
    const sheet = book.Sheets['员工'] as XLSX.WorkSheet
    expect(XLSX.utils.sheet_to_json(sheet, { header: 1, raw: true, defval: '' })).toEqual([table.headers, ...table.rows])
    expect(Object.values(sheet).some((cell: { f?: string } | string) => typeof cell === 'object' && cell !== null && 'f' in cell)).toBe(false)
  })

  it('writes a CSV that parses back to the same table, the formula-led name neutralised', async () => {
    const text = await (await tableBlob(table, 'csv')).text()
    const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data
    expect(parsed[0]).toEqual(table.headers)
    expect(parsed[1]).toEqual(table.rows[0])
    expect(parsed[2]?.[0]).toBe(`'=HYPERLINK("http://x")`)
  })

  it('names the file for the list and the day, without characters a file system refuses', () => {
    expect(exportFileName('员工', '2026-12-06', 'xlsx')).toBe('员工 2026-12-06.xlsx')
    expect(exportFileName('Doors: AB01/AB02', '2026-12-06', 'csv')).toBe('Doors  AB01 AB02 2026-12-06.csv')
  })
})

describe('the other lists as tables', () => {
  it('persons: organisations by name, state and face in words, no id', () => {
    const words = {
      title: '人员',
      name: '姓名',
      personCode: '编号',
      organisation: '组织',
      enabled: '状态',
      mobile: '手机',
      email: '邮箱',
      face: '人脸图片',
      yes: '有',
      no: '无',
      enabledYes: '已启用',
      enabledNo: '已停用',
    }
    const table = personsExport(words, [
      person({
        personId: 'tuya-p-1',
        name: '陈静',
        personCode: 'R-12',
        structureIds: ['o-1'],
        structureNames: ['A 栋'],
        enabled: false,
        mobileCountry: '+86',
        mobile: '138 0000 0000',
        imagePath: '/f/1.jpg',
      }),
    ])
    expect(table.rows).toEqual([['陈静', 'R-12', 'A 栋', '已停用', '+86 138 0000 0000', '', '有']])
    expect(JSON.stringify(table)).not.toMatch(/tuya-p-1|o-1/)
  })

  it('devices: the building by name, type and state through the words given', () => {
    const device = {
      deviceId: 'dev-9',
      name: 'Lobby door',
      deviceType: 'Door Phone',
      mac: '0C:11:05:00:00:01',
      buildingId: 'b-1',
      buildingName: 'AB01',
      online: false,
      lastSeenAt: 1,
      statusSince: 1,
      statusChangedAt: 1,
    }
    const table = devicesExport(
      {
        title: 'Devices',
        name: 'Name',
        type: 'Type',
        building: 'Building',
        mac: 'MAC',
        status: 'Status',
        since: 'Since',
        typeOf: () => 'Door phone',
        statusOf: (d) => (d.online ? 'Online' : 'Offline'),
        sinceOf: () => 'Offline since 1 Jan',
      },
      [device],
    )
    expect(table.rows).toEqual([['Lobby door', 'Door phone', 'AB01', '0C:11:05:00:00:01', 'Offline', 'Offline since 1 Jan']])
    expect(JSON.stringify(table)).not.toMatch(/dev-9|b-1/)
  })
})
