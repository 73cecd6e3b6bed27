/**
 * Staff CSV check benchmark (run by `node bench/people-csv.mjs`, not a test): decodes, parses
 * (papaparse, as the import wizard does), file-checks, maps and row-checks generated staff files
 * of 12,500, 25,000 and 50,000 rows against a project with 2,000 staff, and prints rows/s for
 * each. Linear checking shows as a rows/s figure that stays flat as the file grows.
 * BENCH_ROWS overrides the largest size; BENCH_RUNS (3) the runs per size (best is printed).
 */
import Papa from 'papaparse'
import { guessMapping } from '../src/shared/people/columns'
import { decodeCsv } from '../src/shared/people/encoding'
import { MAX_IMPORT_ROWS, checkCsvFile } from '../src/shared/people/file-check'
import { checkRows } from '../src/shared/people/import-check'
import { rowFromRecord } from '../src/shared/people/import-row'
import type { StaffContext } from '../src/shared/people/staff'

const LARGEST = Number(process.env.BENCH_ROWS ?? MAX_IMPORT_ROWS)
const RUNS = Number(process.env.BENCH_RUNS ?? 3)

const context: StaffContext = {
  accessGroups: Array.from({ length: 40 }, (_, i) => ({ id: `g${i}`, name: `Group ${i}`, system: i < 4 })),
  buildings: Array.from({ length: 12 }, (_, i) => ({ id: `b${i}`, name: `AB${String(i + 1).padStart(2, '0')}` })),
  staff: Array.from({ length: 2_000 }, (_, i) => ({
    staffAccessId: `s${i}`,
    name: `Existing ${i}`,
    pinCodes: [String(9_000_000 + i)],
    rfCards: [(0xa0000000 + i).toString(16).toUpperCase()],
  })),
}

function file(rows: number): Uint8Array {
  const lines = ['\uFEFFstaff_access_name,access_groups,pin_codes,rf_cards,face_picture_urls,floor_accesses,notes']
  for (let i = 0; i < rows; i++) {
    // One row in 50 has a problem (bad PIN, a card repeated in the file, an unknown group).
    const pin = i % 50 === 7 ? '12ab' : String(1_000_000 + i)
    const card = i % 50 === 13 ? '0000AAAA' : (0x10000000 + i).toString(16).toUpperCase()
    const group = i % 50 === 29 ? 'Nowhere' : `Group ${4 + (i % 36)};Group ${4 + ((i + 1) % 36)}`
    lines.push(
      `"Staff ${i}, Site ${i % 7}",${group},${pin},${card},https://example.com/faces/${i}.jpg,AB${String((i % 12) + 1).padStart(2, '0')}:1|2,note ${i}`,
    )
  }
  return new TextEncoder().encode(`${lines.join('\r\n')}\r\n`)
}

function once(bytes: Uint8Array): { ms: number; rows: number; ok: number } {
  const start = performance.now()
  const decoded = decodeCsv(bytes)
  if (!decoded.ok) throw new Error(`not decodable: ${decoded.reason}`)
  const parsed = Papa.parse<string[]>(decoded.text, { skipEmptyLines: true })
  const [head = [], ...data] = parsed.data
  const headers = head.map((h) => h.trim())
  const records = data.map((cells, i) => ({ line: i + 2, cells }))
  const mapping = guessMapping(headers, null)
  const problems = checkCsvFile({ decoded, headers, records, mapping })
  if (problems.some((p) => p.severity === 'block')) throw new Error(`blocked: ${JSON.stringify(problems)}`)
  const checks = checkRows(
    records.map((r) => rowFromRecord(r.line, r.cells, headers, mapping)),
    context,
  )
  return { ms: performance.now() - start, rows: records.length, ok: checks.filter((c) => c.kind === 'ok').length }
}

const sizes = [LARGEST / 4, LARGEST / 2, LARGEST].map(Math.round)
const results: { rows: number; bestMs: number; rowsPerSecond: number; ok: number }[] = []
for (const size of sizes) {
  const bytes = file(size)
  let best = Number.POSITIVE_INFINITY
  let ok = 0
  for (let run = 0; run < RUNS; run++) {
    const r = once(bytes)
    best = Math.min(best, r.ms)
    ok = r.ok
  }
  results.push({ rows: size, bestMs: Math.round(best), rowsPerSecond: Math.round((size / best) * 1000), ok })
  console.log(
    `${String(size).padStart(6)} rows: ${Math.round(best)} ms, ${Math.round((size / best) * 1000).toLocaleString('en')} rows/s (${ok} ok, ${size - ok} flagged)`,
  )
}
const [small, , large] = results
if (small && large) console.log(`rows/s at ${large.rows} vs ${small.rows}: ${(large.rowsPerSecond / small.rowsPerSecond).toFixed(2)} (about 1 = linear)`)
console.log(JSON.stringify({ bench: 'people-csv', results }))
