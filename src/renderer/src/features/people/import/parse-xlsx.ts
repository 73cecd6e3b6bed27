import { WORKBOOK_LIMITS, checkWorkbook } from '@shared/people/workbook-facts'
import { MAX_ROWS, type ParseFailure, type ParsedFile } from './parse-csv'

export type WorkbookOutcome =
  | { readonly ok: true; readonly file: ParsedFile }
  | { readonly ok: false; readonly reason: ParseFailure }
  /** Several sheets and none chosen yet: the installer picks one. */
  | { readonly ok: false; readonly reason: 'chooseSheet'; readonly sheets: readonly string[] }

/** A cell as the CSV path would have it: text as written, whole numbers with every digit, dates as YYYY-MM-DD. */
function cellText(cell: unknown): string {
  if (cell instanceof Date) return cell.toISOString().slice(0, 10)
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE'
  if (typeof cell === 'number') return Number.isInteger(cell) ? cell.toFixed(0) : String(cell)
  return typeof cell === 'string' ? cell : ''
}

const isBlank = (cells: readonly string[]): boolean => cells.every((c) => c.trim() === '')

/**
 * Reads one sheet of an .xlsx file into the same rows a CSV gives (header row, then records with
 * their row number in the sheet), so the column mapping and row checks are the CSV path's. The
 * file and what it unpacks to are bounded before anything is parsed, and at most one row past
 * the limit is read. A workbook with several sheets and no `sheet` chosen answers `chooseSheet`
 * with their names. The library is loaded on first use, so the window does not carry it until
 * a workbook is picked.
 */
export async function parseWorkbookFile(
  file: Blob & { readonly name: string },
  onProgress: (share: number) => void,
  options: { readonly sheet?: string; readonly signal?: AbortSignal } = {},
): Promise<WorkbookOutcome> {
  if (file.size > WORKBOOK_LIMITS.fileBytes) return { ok: false, reason: 'workbookTooLarge' }
  const bytes = new Uint8Array(await file.arrayBuffer())
  const check = checkWorkbook(bytes)
  if (!check.ok) return { ok: false, reason: check.reason === 'tooLarge' ? 'workbookTooLarge' : check.reason }
  onProgress(0.1)
  const XLSX = await import('@e965/xlsx')
  let sheets: readonly string[]
  try {
    sheets = XLSX.read(bytes, { type: 'array', bookSheets: true }).SheetNames
  } catch {
    return { ok: false, reason: 'notWorkbook' }
  }
  const sheet = options.sheet ?? (sheets.length === 1 ? sheets[0] : undefined)
  if (sheet === undefined || !sheets.includes(sheet)) return { ok: false, reason: 'chooseSheet', sheets }
  if (options.signal?.aborted) return { ok: false, reason: 'cancelled' }
  let data: unknown[][]
  let firstRow: number
  try {
    const book = XLSX.read(bytes, { type: 'array', sheets: [sheet], sheetRows: MAX_ROWS + 2, dense: true, cellDates: true })
    const ws = book.Sheets[sheet]
    if (!ws) return { ok: false, reason: 'notWorkbook' }
    firstRow = ws['!ref'] ? XLSX.utils.decode_range(ws['!ref']).s.r : 0
    data = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, raw: true, defval: '', blankrows: true })
  } catch {
    return { ok: false, reason: 'notWorkbook' }
  }
  if (options.signal?.aborted) return { ok: false, reason: 'cancelled' }
  let headers: string[] | null = null
  const records: { line: number; cells: string[] }[] = []
  for (let i = 0; i < data.length; i++) {
    const cells = (data[i] ?? []).map(cellText)
    if (isBlank(cells)) continue
    if (headers === null) headers = cells.map((h) => h.trim())
    else records.push({ line: firstRow + i + 1, cells })
    if (records.length > MAX_ROWS) return { ok: false, reason: 'tooLarge' }
  }
  onProgress(1)
  if (headers === null) return { ok: false, reason: 'noHeader' }
  return {
    ok: true,
    file: {
      fileName: file.name,
      source: file,
      encoding: 'utf-8',
      encodingBy: 'detected',
      bom: false,
      headers,
      records,
      chunks: 1,
      workbook: { sheet, sheets },
    },
  }
}
