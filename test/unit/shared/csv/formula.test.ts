import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { neutraliseFormulaCell, restoreFormulaCell } from '../../../../src/shared/csv/formula'
import { toCsv } from '../../../../src/shared/csv/write'
import { STAFF_FIELDS, guessMapping } from '../../../../src/shared/people/columns'
import { rejectedCsv } from '../../../../src/shared/people/csv-export'
import type { RowCheck } from '../../../../src/shared/people/import-check'
import { type RawStaffRow, rowFromRecord } from '../../../../src/shared/people/import-row'

const EMPTY = Object.fromEntries(STAFF_FIELDS.map((f) => [f, ''])) as RawStaffRow['cells']
const HOSTILE = ['=HYPERLINK("http://x","y")', '@SUM(1)', '+1', '-2', '\tTAB', '\rCR', '+86 138 0013 8000']

const pythonRows = (text: string): string[][] => {
  const file = join(mkdtempSync(join(tmpdir(), 'fk-csv-')), 'a.csv')
  writeFileSync(file, text)
  const script = 'import csv,json,sys; print(json.dumps(list(csv.reader(open(sys.argv[1], encoding="utf-8-sig", newline="")))))'
  return JSON.parse(execFileSync('python3', ['-c', script, file], { encoding: 'utf8' })) as string[][]
}
const papaRows = (text: string): string[][] => Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data

describe('CSV formula injection', () => {
  it('every formula-led cell reads back (Python and papaparse) with a leading apostrophe; others as written', () => {
    const csv = toCsv(['name', 'note'], [...HOSTILE.map((v) => [v, 'plain']), ['Ana', -2], ['张伟', 3]])
    for (const rows of [pythonRows(csv), papaRows(csv)]) {
      expect(rows.slice(1, HOSTILE.length + 1).map((r) => r[0])).toEqual(HOSTILE.map((v) => `'${v}`))
      expect(rows.at(-2)).toEqual(['Ana', "'-2"])
      expect(rows.at(-1)).toEqual(['张伟', '3'])
    }
  })

  it('neutralised cells are quoted in the file', () => {
    expect(toCsv(['n'], [['@SUM(1)'], ['-2']])).toBe('\uFEFFn\r\n"\'@SUM(1)"\r\n"\'-2"\r\n')
  })

  it('restoring takes off exactly the apostrophe that was added, and nothing else', () => {
    for (const v of [...HOSTILE, "'=x", "''@x", "'plain", "'", 'plain', '', "it's"]) expect(restoreFormulaCell(neutraliseFormulaCell(v))).toBe(v)
    expect(restoreFormulaCell("'plain")).toBe("'plain")
    expect(neutraliseFormulaCell("'=x")).toBe("''=x")
  })

  it('the rejected rows file imports again with the cells the installer had', () => {
    const headers = ['Name', 'Groups', 'PIN', 'Card']
    const mapping = guessMapping(headers, null)
    const original = [
      ['=HYPERLINK("http://x","y")', '@SUM(1)', '+1', '-2'],
      ['\tTab Name', 'Gym', '123456', "'=typed with an apostrophe"],
    ]
    // As the installer has them in the preview (a cell fixed by hand may start with anything).
    const rows = original.map((cells, i) => ({
      line: i + 2,
      cells: { ...EMPTY, name: cells[0]!, accessGroups: cells[1]!, pinCodes: cells[2]!, rfCards: cells[3]! },
      cellCount: 4,
      headerCount: 4,
    }))
    const checks: RowCheck[] = rows.map((r) => ({ line: r.line, kind: 'rejected', problems: [{ kind: 'missingName', field: 'name' }] }))
    const file = rejectedCsv(rows, checks, mapping, () => 'problem', { line: 'Line', problems: 'Problems' })

    expect(
      pythonRows(file)
        .slice(1)
        .map((r) => r[1]),
    ).toEqual(['\'=HYPERLINK("http://x","y")', "'\tTab Name"])
    const [back = [], ...records] = papaRows(file)
    const again = records.map((r, i) => rowFromRecord(i + 2, r, back, guessMapping(back, null)))
    expect(again.map((r) => [r.cells.name, r.cells.accessGroups, r.cells.pinCodes, r.cells.rfCards])).toEqual(original)
  })
})
