/**
 * Excel benchmark (run by `node bench/excel.mjs`, not a test): writes staff workbooks of 12,500,
 * 25,000 and 50,000 rows with the library the window uses, then times what the import does with
 * one (the zip directory check, the sheet read into rows) and what an export does (a table of
 * that many rows written as .xlsx), printing milliseconds and rows/s for each. The window does
 * the same work on its own thread. BENCH_ROWS overrides the largest size; BENCH_RUNS (3) the runs
 * per size (best is printed).
 */
import * as XLSX from '@e965/xlsx'
import { MAX_IMPORT_ROWS } from '../src/shared/people/file-check'
import { checkWorkbook } from '../src/shared/people/workbook-facts'

const LARGEST = Number(process.env.BENCH_ROWS ?? MAX_IMPORT_ROWS)
const RUNS = Number(process.env.BENCH_RUNS ?? 3)
const HEADER = ['staff_access_name', 'access_groups', 'pin_codes', 'rf_cards', 'face_picture_urls', 'floor_accesses']

function rows(count: number): string[][] {
  const out = [HEADER]
  for (let i = 0; i < count; i++)
    out.push([`员工 ${i}（保洁）`, `Group ${i % 36}`, String(1_000_000 + i), (0x10000000 + i).toString(16).toUpperCase(), '', 'AB01:1|2'])
  return out
}

function write(data: string[][]): Uint8Array {
  const book = XLSX.utils.book_new()
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(data), 'Staff')
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer)
}

function best(run: () => void): number {
  let fastest = Number.POSITIVE_INFINITY
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now()
    run()
    fastest = Math.min(fastest, performance.now() - start)
  }
  return fastest
}

for (const size of [LARGEST / 4, LARGEST / 2, LARGEST].map(Math.round)) {
  const data = rows(size)
  let bytes: Uint8Array = new Uint8Array()
  const writeMs = best(() => {
    bytes = write(data)
  })
  const readMs = best(() => {
    if (!checkWorkbook(bytes).ok) throw new Error('the workbook was refused')
    const book = XLSX.read(bytes, { type: 'array', sheets: ['Staff'], sheetRows: MAX_IMPORT_ROWS + 2, dense: true })
    const read = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['Staff'] as XLSX.WorkSheet, { header: 1, raw: true, defval: '', blankrows: true })
    if (read.length !== size + 1) throw new Error(`read ${read.length} rows of ${size + 1}`)
  })
  const perSecond = (ms: number) => Math.round((size / ms) * 1000).toLocaleString('en')
  console.log(
    `${size.toLocaleString('en')} rows, ${(bytes.length / 1024).toFixed(0)} KB: read ${readMs.toFixed(0)} ms (${perSecond(readMs)} rows/s), write ${writeMs.toFixed(0)} ms (${perSecond(writeMs)} rows/s)`,
  )
}
