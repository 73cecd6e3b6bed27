import * as XLSX from '@e965/xlsx'
import { exportFileName, maskPin } from '@shared/export/table'
import { staffExport } from '@shared/people/staff-export'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { tableBlob } from '../../../src/renderer/src/components/export/save-table'
import { staffSummary } from './people-fixtures'

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
