import * as XLSX from '@e965/xlsx'
import { guessMapping } from '@shared/people/columns'
import { checkRows } from '@shared/people/import-check'
import { rowFromRecord } from '@shared/people/import-row'
import { zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { readImportFile } from '../../../src/renderer/src/features/people/import/read-import-file'
import { STAFF_CONTEXT } from './people-fixtures'

const HEADERS = ['staff_access_name', 'access_groups', 'pin_codes', 'rf_cards', 'face_picture_urls', 'floor_accesses']

/** A workbook written by the library itself, as Excel would save it. */
function workbook(sheets: Record<string, readonly (readonly (string | number)[])[]>): Uint8Array {
  const book = XLSX.utils.book_new()
  for (const [name, rows] of Object.entries(sheets)) XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows.map((r) => [...r])), name)
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer)
}

const file = (bytes: Uint8Array, name = 'staff.xlsx') => new File([bytes.slice()], name)

const STAFF = [
  HEADERS,
  ['王小明', 'Gym', 482913, '0A1B2C3D', '', 'AB01:1|2'],
  ['李娜 (保洁)', 'Pool Gate', '', '', '', ''],
  ['张伟', 'Gym', '12a4', '', '', ''],
]

describe('reading staff from an .xlsx workbook', () => {
  it('gives the CSV rows: Chinese names kept, numbers with every digit, the bad row caught by the same checks', async () => {
    const read = await readImportFile(file(workbook({ 员工: STAFF })), () => undefined)
    expect(read.ok).toBe(true)
    if (!read.ok) return
    expect(read.file.workbook).toEqual({ sheet: '员工', sheets: ['员工'] })
    expect(read.file.headers).toEqual(HEADERS)
    expect(read.file.records.map((r) => [r.line, r.cells[0], r.cells[2]])).toEqual([
      [2, '王小明', '482913'],
      [3, '李娜 (保洁)', ''],
      [4, '张伟', '12a4'],
    ])
    const mapping = guessMapping(read.file.headers, null)
    const checks = checkRows(
      read.file.records.map((r) => rowFromRecord(r.line, r.cells, read.file.headers, mapping)),
      STAFF_CONTEXT,
    )
    expect(checks.map((c) => [c.line, c.kind])).toEqual([
      [2, 'ok'],
      [3, 'ok'],
      [4, 'rejected'],
    ])
    const bad = checks[2]
    expect(bad?.kind === 'rejected' && bad.problems.map((p) => p.kind)).toEqual(['badPin'])
  })

  it('asks which sheet when there are several, then reads the one chosen', async () => {
    const bytes = workbook({ Notes: [['Sent by the property manager']], 员工: STAFF })
    const first = await readImportFile(file(bytes), () => undefined)
    expect(first).toEqual({ ok: false, reason: 'chooseSheet', sheets: ['Notes', '员工'] })
    const chosen = await readImportFile(file(bytes), () => undefined, { sheet: '员工' })
    expect(chosen.ok && chosen.file.records.length).toBe(3)
  })

  it('says a .xlsx that is no workbook is not one, and an old .xls what to do', async () => {
    expect(await readImportFile(file(new TextEncoder().encode('name,groups\nAna,Gym\n')), () => undefined)).toEqual({ ok: false, reason: 'notWorkbook' })
    const zipWithoutWorkbook = zipSync({ 'readme.txt': new TextEncoder().encode('hello') })
    expect(await readImportFile(file(zipWithoutWorkbook), () => undefined)).toEqual({ ok: false, reason: 'notWorkbook' })
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])
    expect(await readImportFile(file(ole, 'staff.xls'), () => undefined)).toEqual({ ok: false, reason: 'legacyWorkbook' })
  })

  it('refuses unread a workbook that says it unpacks past the bound', async () => {
    // 120 MB of one letter packs into about 120 KB.
    const bomb = zipSync({ 'xl/workbook.xml': new Uint8Array(1), 'xl/worksheets/sheet1.xml': new Uint8Array(120 * 1024 * 1024).fill(65) }, { level: 9 })
    expect(await readImportFile(file(bomb), () => undefined)).toEqual({ ok: false, reason: 'workbookTooLarge' })
  })

  it('still reads a CSV as before', async () => {
    const read = await readImportFile(file(new TextEncoder().encode('staff_access_name,access_groups\n王小明,Gym\n'), 'staff.csv'), () => undefined)
    expect(read.ok && read.file.workbook).toBe(null)
    expect(read.ok && read.file.records[0]?.cells[0]).toBe('王小明')
  })
})
