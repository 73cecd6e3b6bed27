import { describe, expect, it } from 'vitest'
import { guessMapping } from '../../../../src/shared/people/columns'
import { decodeCsv } from '../../../../src/shared/people/encoding'
import { type CsvFileFacts, type FileProblem, MAX_IMPORT_ROWS, checkCsvFile, fileCanImport, fileProblemMessage } from '../../../../src/shared/people/file-check'
import { checkRows } from '../../../../src/shared/people/import-check'
import { rowFromRecord } from '../../../../src/shared/people/import-row'

const HEADER = 'staff_access_name,access_groups,pin_codes'

/** A plain reader for these fixtures (no quoted cells): what the renderer's papaparse step hands on. */
function facts(decoded: ReturnType<typeof decodeCsv>): CsvFileFacts {
  if (!decoded.ok) return { decoded, headers: [], records: [], mapping: {} }
  const [head = '', ...rest] = decoded.text.split(/\r?\n/)
  const headers = head.split(',')
  const records = rest.flatMap((text, i) => (text.trim() === '' ? [] : [{ line: i + 2, cells: text.split(',') }]))
  return { decoded, headers, records, mapping: guessMapping(headers, null) }
}

const utf8 = (text: string) => new TextEncoder().encode(text)
const kinds = (problems: readonly FileProblem[]) => problems.map((p) => p.kind)
const find = <K extends FileProblem['kind']>(problems: readonly FileProblem[], kind: K) =>
  problems.find((p): p is Extract<FileProblem, { kind: K }> => p.kind === kind)

function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2)
  for (let i = 0; i < text.length; i++) {
    out[i * 2] = text.charCodeAt(i) & 0xff
    out[i * 2 + 1] = text.charCodeAt(i) >> 8
  }
  return out
}

// 张三 and 李四 in GB18030 (GBK).
const GB_ZHANG_SAN = [0xd5, 0xc5, 0xc8, 0xfd]
const GB_LI_SI = [0xc0, 0xee, 0xcb, 0xc4]
const gbFile = new Uint8Array([...utf8(`${HEADER}\n`), ...GB_ZHANG_SAN, ...utf8(',Gym,1234\n'), ...GB_LI_SI, ...utf8(',Gym,5678\n')])

describe('staff CSV file checks', () => {
  it('a clean UTF-8 file has nothing to say', () => {
    expect(checkCsvFile(facts(decodeCsv(utf8(`${HEADER}\nAna,Gym,1234\n`))))).toEqual([])
  })

  it('GB18030 is read as GB18030 and said so; the names come out right', () => {
    const f = facts(decodeCsv(gbFile))
    expect(f.records.map((r) => r.cells[0])).toEqual(['张三', '李四'])
    const problems = checkCsvFile(f)
    expect(problems).toEqual([{ kind: 'otherEncoding', severity: 'info', encoding: 'gb18030' }])
    expect(fileCanImport(problems)).toBe(true)
    expect(fileProblemMessage(problems[0] as FileProblem)).toBe('The file was read as GB18030 (GBK). Check in the preview that the names look right.')
  })

  it('GB18030 bytes already read as UTF-8 elsewhere: the unreadable characters are found, with their lines and what to do', () => {
    const text = new TextDecoder('utf-8').decode(gbFile)
    const problems = checkCsvFile(facts({ ok: true, text, encoding: 'utf-8', bom: false }))
    expect(find(problems, 'unreadableCharacters')?.sample).toEqual({ lines: [2, 3], count: 2 })
    expect(fileProblemMessage(find(problems, 'unreadableCharacters') as FileProblem)).toBe(
      'Some characters could not be read and show as � (lines 2, 3). In Excel choose Save As › CSV UTF-8 (comma delimited), then choose the new file.',
    )
  })

  it('UTF-16 is recognised from its bytes; UTF-16 already read as UTF-8 blocks the file with what to do', () => {
    const bytes = utf16le(`${HEADER}\nAna,Gym,1234\n`)
    expect(checkCsvFile(facts(decodeCsv(bytes)))).toEqual([{ kind: 'otherEncoding', severity: 'info', encoding: 'utf-16le' }])
    const misread = checkCsvFile(facts({ ok: true, text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', bom: false }))
    expect(kinds(misread)).toContain('utf16AsUtf8')
    expect(fileCanImport(misread)).toBe(false)
    expect(fileProblemMessage(find(misread, 'utf16AsUtf8') as FileProblem)).toMatch(
      /UTF-16.*read as UTF-8 \(lines 1, 2, 3\)\. In Excel choose Save As › CSV UTF-8/,
    )
  })

  it('UTF-8 read as Latin-1 shows as garbled names (Ã©), flagged with the line', () => {
    const text = new TextDecoder('latin1').decode(utf8(`${HEADER}\nAna,Gym,1234\nJosé,Gym,5678\n`))
    const problems = checkCsvFile(facts({ ok: true, text, encoding: 'utf-8', bom: false }))
    expect(find(problems, 'garbledText')?.sample).toEqual({ lines: [3], count: 1 })
    expect(fileProblemMessage(find(problems, 'garbledText') as FileProblem)).toContain('Check the names')
  })

  it('a BOM is skipped and said so; the first column still maps (also when a reader left it on the header)', () => {
    const f = facts(decodeCsv(utf8(`\uFEFF${HEADER}\nAna,Gym,1234\n`)))
    expect(checkCsvFile(f)).toEqual([{ kind: 'byteOrderMark', severity: 'info' }])
    const raw = `\uFEFF${HEADER}`.split(',')
    const left = checkCsvFile({ ...f, headers: raw, mapping: guessMapping(raw, null) })
    expect(kinds(left)).toEqual(['byteOrderMark'])
  })

  it('extra columns are named as not imported; rows with extra cells are flagged (trailing empty cells are not)', () => {
    const f = facts(decodeCsv(utf8(`${HEADER},notes,badge\nAna,Gym,1234,x,y\n"Berg, Tom",Gym,1,2,3,4\nCai,Gym,1,,,,\nDee,Gym\n`)))
    const problems = checkCsvFile(f)
    expect(find(problems, 'extraColumns')?.headers).toEqual(['notes', 'badge'])
    expect(find(problems, 'extraCells')?.sample).toEqual({ lines: [3], count: 1 })
    expect(find(problems, 'missingCells')?.sample).toEqual({ lines: [5], count: 1 })
    expect(fileCanImport(problems)).toBe(true)
    expect(fileProblemMessage(find(problems, 'extraColumns') as FileProblem)).toBe(
      'These columns are not imported: notes, badge. Map them to a field if they should be.',
    )
    expect(fileProblemMessage(find(problems, 'extraCells') as FileProblem)).toContain('put cells with commas in double quotes')
  })

  it('missing required columns block the file and are named, in both languages', () => {
    const problems = checkCsvFile(facts(decodeCsv(utf8('name,pin_codes\nAna,1234\n'))))
    const missing = find(problems, 'missingColumns')
    expect(missing?.fields).toEqual(['accessGroups'])
    expect(fileCanImport(problems)).toBe(false)
    expect(fileProblemMessage(missing as FileProblem)).toBe(
      'Required columns are missing: Access groups. Map a column of the file to each, or add the column to the file.',
    )
    expect(fileProblemMessage(missing as FileProblem, 'zh-CN')).toBe('缺少必填列：权限组。请在映射中为其选择一列，或在文件中添加该列。')
    expect(kinds(checkCsvFile(facts(decodeCsv(utf8('pin_codes\n1234\n')))))).toContain('missingColumns')
  })

  it('repeated column names, a header without rows, an empty file and a saved workbook each say what to do', () => {
    expect(find(checkCsvFile(facts(decodeCsv(utf8(`${HEADER},Pin_Codes\nAna,Gym,1,2\n`)))), 'repeatedHeaders')?.headers).toEqual(['Pin_Codes'])
    expect(kinds(checkCsvFile(facts(decodeCsv(utf8(`${HEADER}\n`)))))).toEqual(['noRows'])
    expect(kinds(checkCsvFile(facts(decodeCsv(new Uint8Array()))))).toEqual(['emptyFile'])
    const xlsx = checkCsvFile(facts(decodeCsv(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]))))
    expect(fileProblemMessage(xlsx[0] as FileProblem)).toBe(
      'This is an Excel workbook, not a CSV file. In Excel choose Save As › CSV UTF-8 (comma delimited), then choose the new file.',
    )
  })

  it('50,000 rows are checked whole (file and rows); one more is refused with how to split it', () => {
    const body = Array.from({ length: MAX_IMPORT_ROWS }, (_, i) => `Person ${i},Gym,${String(100000 + i)}`).join('\n')
    const f = facts(decodeCsv(utf8(`${HEADER}\n${body}\n`)))
    expect(f.records).toHaveLength(MAX_IMPORT_ROWS)
    expect(checkCsvFile(f)).toEqual([])
    const rows = f.records.map((r) => rowFromRecord(r.line, r.cells, f.headers, f.mapping))
    const checks = checkRows(rows, { accessGroups: [{ id: 'g1', name: 'Gym', system: false }], buildings: [], staff: [] })
    expect(checks.filter((c) => c.kind === 'ok')).toHaveLength(MAX_IMPORT_ROWS)
    const over = checkCsvFile({ ...f, records: [...f.records, { line: MAX_IMPORT_ROWS + 2, cells: ['One More', 'Gym', '1'] }] })
    expect(over).toEqual([{ kind: 'tooManyRows', severity: 'block', rows: MAX_IMPORT_ROWS + 1, max: MAX_IMPORT_ROWS }])
    expect(fileProblemMessage(over[0] as FileProblem)).toBe(
      'The file has 50001 rows; one import takes at most 50000. Split it into several files and import them one after another.',
    )
  })

  it('long line lists are cut to the first five with a count', () => {
    const body = Array.from({ length: 9 }, (_, i) => `P${i},Gym,1,extra`).join('\n')
    const problem = find(checkCsvFile(facts(decodeCsv(utf8(`${HEADER}\n${body}\n`)))), 'extraCells')
    expect(problem?.sample).toEqual({ lines: [2, 3, 4, 5, 6], count: 9 })
    expect(fileProblemMessage(problem as FileProblem)).toContain('lines 2, 3, 4, 5, 6 and 4 more')
    expect(fileProblemMessage(problem as FileProblem, 'zh-CN')).toContain('第 2, 3, 4, 5, 6 行等 9 行')
  })

  it('every kind has an English and a Chinese message that differ', () => {
    const sample = { lines: [2], count: 1 }
    const all: FileProblem[] = [
      { kind: 'emptyFile', severity: 'block' },
      { kind: 'spreadsheetFile', severity: 'block' },
      { kind: 'unreadableFile', severity: 'block' },
      { kind: 'noHeader', severity: 'block' },
      { kind: 'noRows', severity: 'block' },
      { kind: 'tooManyRows', severity: 'block', rows: 60_000, max: MAX_IMPORT_ROWS },
      { kind: 'missingColumns', severity: 'block', fields: ['name'] },
      { kind: 'utf16AsUtf8', severity: 'block', sample },
      { kind: 'unreadableCharacters', severity: 'warn', sample },
      { kind: 'garbledText', severity: 'warn', sample },
      { kind: 'repeatedHeaders', severity: 'warn', headers: ['pin'] },
      { kind: 'extraCells', severity: 'warn', sample },
      { kind: 'missingCells', severity: 'warn', sample },
      { kind: 'otherEncoding', severity: 'info', encoding: 'utf-16be' },
      { kind: 'byteOrderMark', severity: 'info' },
      { kind: 'extraColumns', severity: 'info', headers: ['notes'] },
    ]
    for (const p of all) {
      const en = fileProblemMessage(p)
      const zh = fileProblemMessage(p, 'zh-CN')
      expect(en, p.kind).toMatch(/\.$/)
      expect(zh, p.kind).toMatch(/[\u4e00-\u9fff]/)
      expect(zh).not.toBe(en)
    }
  })
})
