/**
 * Checks of a staff CSV as a whole, before its rows are checked: how it was read (encoding, BOM),
 * whether the text is garbled, its columns (missing required, extra, repeated), rows whose cell
 * count breaks the header, and its size. Each problem says what the installer should do. Pure
 * and linear in the size of the file: one pass over the cells.
 */
import { FIELD_LIMITS } from '../field-limits'
import { type ColumnMapping, REQUIRED_FIELDS, type StaffField, mappingReport } from './columns'
import type { CsvEncoding, DecodedCsv } from './encoding'

/** More rows than this are refused as one import (the preview and the cloud both stay responsive). */
export const MAX_IMPORT_ROWS = FIELD_LIMITS.importRows
/** How many example lines a problem lists. */
const EXAMPLE_LINES = 5

export interface CsvRecord {
  /** Line in the file (the header is line 1). */
  readonly line: number
  readonly cells: readonly string[]
}

export interface CsvFileFacts {
  readonly decoded: DecodedCsv
  /** The header cells as read (after decoding); empty when the file could not be read. */
  readonly headers: readonly string[]
  readonly records: readonly CsvRecord[]
  readonly mapping: ColumnMapping
}

/** Lines that show a problem: the first few, and how many in all. */
export interface LineSample {
  readonly lines: readonly number[]
  readonly count: number
}

export type FileProblem =
  // The file cannot be imported as it is.
  | { readonly kind: 'emptyFile'; readonly severity: 'block' }
  | { readonly kind: 'spreadsheetFile'; readonly severity: 'block' }
  | { readonly kind: 'unreadableFile'; readonly severity: 'block' }
  | { readonly kind: 'noHeader'; readonly severity: 'block' }
  | { readonly kind: 'noRows'; readonly severity: 'block' }
  | { readonly kind: 'tooManyRows'; readonly severity: 'block'; readonly rows: number; readonly max: number }
  | { readonly kind: 'missingColumns'; readonly severity: 'block'; readonly fields: readonly StaffField[] }
  | { readonly kind: 'utf16AsUtf8'; readonly severity: 'block'; readonly sample: LineSample }
  // It can be imported, but the installer should look.
  | { readonly kind: 'unreadableCharacters'; readonly severity: 'warn'; readonly sample: LineSample }
  | { readonly kind: 'garbledText'; readonly severity: 'warn'; readonly sample: LineSample }
  | { readonly kind: 'repeatedHeaders'; readonly severity: 'warn'; readonly headers: readonly string[] }
  | { readonly kind: 'extraCells'; readonly severity: 'warn'; readonly sample: LineSample }
  | { readonly kind: 'missingCells'; readonly severity: 'warn'; readonly sample: LineSample }
  // Said so, nothing to do.
  | { readonly kind: 'otherEncoding'; readonly severity: 'info'; readonly encoding: Exclude<CsvEncoding, 'utf-8'> }
  | { readonly kind: 'byteOrderMark'; readonly severity: 'info' }
  | { readonly kind: 'extraColumns'; readonly severity: 'info'; readonly headers: readonly string[] }

export type FileProblemKind = FileProblem['kind']

class Sampler {
  readonly lines: number[] = []
  count = 0
  add(line: number): void {
    if (this.lines.length < EXAMPLE_LINES) this.lines.push(line)
    this.count++
  }
  get sample(): LineSample {
    return { lines: this.lines, count: this.count }
  }
}

/** UTF-8 bytes read as Latin-1/Windows-1252 (`Ã©`, `â€™`) or GBK read as UTF-8 and back (`锟斤拷`). */
const MOJIBAKE = /[ÃÂ][\u0080-\u00bf]|â€|锟斤拷|烫烫烫/

/** A header as compared: a BOM a reader left on the first one, and stray spaces, removed. */
const clean = (header: string): string => header.replace(/^\uFEFF/, '').trim()

export function checkCsvFile(facts: CsvFileFacts): FileProblem[] {
  const { decoded } = facts
  if (!decoded.ok) {
    switch (decoded.reason) {
      case 'empty':
        return [{ kind: 'emptyFile', severity: 'block' }]
      case 'spreadsheet':
        return [{ kind: 'spreadsheetFile', severity: 'block' }]
      default:
        return [{ kind: 'unreadableFile', severity: 'block' }]
    }
  }
  const problems: FileProblem[] = []
  if (decoded.encoding !== 'utf-8') problems.push({ kind: 'otherEncoding', severity: 'info', encoding: decoded.encoding })
  if (decoded.bom) problems.push({ kind: 'byteOrderMark', severity: 'info' })
  const headers = facts.headers.map(clean)
  if (headers.every((h) => h === '')) return [...problems, { kind: 'noHeader', severity: 'block' }]

  const nul = new Sampler()
  const replacement = new Sampler()
  const garbled = new Sampler()
  const extra = new Sampler()
  const missing = new Sampler()
  const scanLine = (line: number, cells: readonly string[]) => {
    let hasNul = false
    let hasReplacement = false
    let isGarbled = false
    for (const cell of cells) {
      if (!hasNul && cell.includes('\u0000')) hasNul = true
      if (!hasReplacement && cell.includes('\uFFFD')) hasReplacement = true
      if (!isGarbled && MOJIBAKE.test(cell)) isGarbled = true
    }
    if (hasNul) nul.add(line)
    if (hasReplacement) replacement.add(line)
    if (isGarbled) garbled.add(line)
  }
  scanLine(1, facts.headers)
  for (const r of facts.records) {
    scanLine(r.line, r.cells)
    // Trailing empty cells (a spreadsheet's stray commas) are not extra data.
    let width = r.cells.length
    while (width > headers.length && (r.cells[width - 1] ?? '').trim() === '') width--
    if (width > headers.length) extra.add(r.line)
    else if (r.cells.length < headers.length) missing.add(r.line)
  }

  // UTF-16 bytes read as UTF-8 leave a NUL beside every letter: nothing in it can be trusted.
  if (nul.count > 0) problems.push({ kind: 'utf16AsUtf8', severity: 'block', sample: nul.sample })
  if (replacement.count > 0) problems.push({ kind: 'unreadableCharacters', severity: 'warn', sample: replacement.sample })
  if (garbled.count > 0) problems.push({ kind: 'garbledText', severity: 'warn', sample: garbled.sample })

  const seen = new Set<string>()
  const repeated = new Set<string>()
  for (const h of headers) {
    if (h === '') continue
    const key = h.toLowerCase()
    if (seen.has(key)) repeated.add(h)
    seen.add(key)
  }
  if (repeated.size > 0) problems.push({ kind: 'repeatedHeaders', severity: 'warn', headers: [...repeated] })

  const mapping = Object.fromEntries(Object.entries(facts.mapping).map(([field, header]) => [field, clean(header ?? '')])) as ColumnMapping
  const report = mappingReport(headers, mapping)
  if (report.missingRequired.length > 0)
    problems.push({ kind: 'missingColumns', severity: 'block', fields: REQUIRED_FIELDS.filter((f) => report.missingRequired.includes(f)) })
  if (report.ignoredHeaders.length > 0) problems.push({ kind: 'extraColumns', severity: 'info', headers: report.ignoredHeaders })
  if (extra.count > 0) problems.push({ kind: 'extraCells', severity: 'warn', sample: extra.sample })
  if (missing.count > 0) problems.push({ kind: 'missingCells', severity: 'warn', sample: missing.sample })

  if (facts.records.length === 0) problems.push({ kind: 'noRows', severity: 'block' })
  if (facts.records.length > MAX_IMPORT_ROWS) problems.push({ kind: 'tooManyRows', severity: 'block', rows: facts.records.length, max: MAX_IMPORT_ROWS })
  return problems
}

/** Whether the rows can go on to the preview: no problem blocks the file. */
export const fileCanImport = (problems: readonly FileProblem[]): boolean => problems.every((p) => p.severity !== 'block')

export type MessageLanguage = 'en' | 'zh-CN'

const FIELD_NAMES: Readonly<Record<MessageLanguage, Readonly<Record<StaffField, string>>>> = {
  en: { name: 'Name', accessGroups: 'Access groups', pinCodes: 'PIN codes', rfCards: 'RF cards', faceUrls: 'Face pictures', floorAccesses: 'Floors' },
  'zh-CN': { name: '姓名', accessGroups: '权限组', pinCodes: 'PIN 码', rfCards: '射频卡', faceUrls: '人脸图片', floorAccesses: '楼层' },
}

const ENCODING_NAMES: Readonly<Record<Exclude<CsvEncoding, 'utf-8'>, string>> = { 'utf-16le': 'UTF-16 LE', 'utf-16be': 'UTF-16 BE', gb18030: 'GB18030 (GBK)' }

function lines(sample: LineSample, language: MessageLanguage): string {
  const shown = sample.lines.join(', ')
  const more = sample.count - sample.lines.length
  if (language === 'zh-CN') return more > 0 ? `第 ${shown} 行等 ${sample.count} 行` : `第 ${shown} 行`
  const word = sample.count === 1 ? 'line' : 'lines'
  return more > 0 ? `${word} ${shown} and ${more} more` : `${word} ${shown}`
}

/**
 * The problem in words, in the installer's language, always ending with what to do. (The
 * renderer may show its own locale strings per `kind`; these keep the shared checks readable
 * in logs, exports and tests.)
 */
export function fileProblemMessage(problem: FileProblem, language: MessageLanguage = 'en'): string {
  const zh = language === 'zh-CN'
  const resave = zh
    ? '请在 Excel 中选择“另存为 › CSV UTF-8（逗号分隔）”，然后重新选择该文件。'
    : 'In Excel choose Save As › CSV UTF-8 (comma delimited), then choose the new file.'
  switch (problem.kind) {
    case 'emptyFile':
      return zh ? '文件是空的。请选择包含员工名单的 CSV 文件。' : 'The file is empty. Choose the CSV file that holds the staff list.'
    case 'spreadsheetFile':
      return zh ? `这是 Excel 工作簿，不是 CSV 文件。${resave}` : `This is an Excel workbook, not a CSV file. ${resave}`
    case 'unreadableFile':
      return zh
        ? `无法读取文件的文字（不是文本文件或编码未知）。${resave}`
        : `The file's text cannot be read (not a text file, or an unknown encoding). ${resave}`
    case 'noHeader':
      return zh
        ? '文件没有标题行。请在第一行写上列名（例如 staff_access_name,access_groups）。'
        : 'The file has no header row. Put the column names on the first line (for example staff_access_name,access_groups).'
    case 'noRows':
      return zh
        ? '文件只有标题行，没有人员。请添加每人一行后重新选择文件。'
        : 'The file has a header but no people. Add one row per person and choose the file again.'
    case 'tooManyRows':
      return zh
        ? `文件有 ${problem.rows} 行，一次最多导入 ${problem.max} 行。请拆分成多个文件，分别导入。`
        : `The file has ${problem.rows} rows; one import takes at most ${problem.max}. Split it into several files and import them one after another.`
    case 'missingColumns': {
      const names = problem.fields.map((f) => FIELD_NAMES[language][f]).join(zh ? '、' : ', ')
      return zh
        ? `缺少必填列：${names}。请在映射中为其选择一列，或在文件中添加该列。`
        : `Required columns are missing: ${names}. Map a column of the file to each, or add the column to the file.`
    }
    case 'utf16AsUtf8':
      return zh
        ? `文件是 UTF-16（“Unicode 文本”）却被当作 UTF-8 读取（${lines(problem.sample, language)}）。${resave}`
        : `The file is UTF-16 ("Unicode text") but was read as UTF-8 (${lines(problem.sample, language)}). ${resave}`
    case 'unreadableCharacters':
      return zh
        ? `部分字符无法读取，显示为 �（${lines(problem.sample, language)}）。${resave}`
        : `Some characters could not be read and show as � (${lines(problem.sample, language)}). ${resave}`
    case 'garbledText':
      return zh
        ? `部分文字看起来是乱码，文件可能用了其他编码保存（${lines(problem.sample, language)}）。请检查姓名；如有误，${resave}`
        : `Some text looks garbled, as if the file was saved in another encoding (${lines(problem.sample, language)}). Check the names; if they are wrong: ${resave}`
    case 'repeatedHeaders':
      return zh
        ? `列名重复：${problem.headers.join('、')}。只会读取第一列；请删除或重命名重复的列。`
        : `Column names appear twice: ${problem.headers.join(', ')}. Only the first is read; delete or rename the repeats.`
    case 'extraCells':
      return zh
        ? `这些行的单元格比标题多（${lines(problem.sample, language)}），通常是姓名中有未加引号的逗号。请在预览中修正，或给含逗号的单元格加上双引号。`
        : `These rows have more cells than the header (${lines(problem.sample, language)}), usually an unquoted comma in a name. Fix them in the preview, or put cells with commas in double quotes.`
    case 'missingCells':
      return zh
        ? `这些行的单元格比标题少（${lines(problem.sample, language)}）。缺少的单元格按空白处理；请在预览中检查。`
        : `These rows have fewer cells than the header (${lines(problem.sample, language)}). Missing cells are read as empty; check them in the preview.`
    case 'otherEncoding':
      return zh
        ? `文件按 ${ENCODING_NAMES[problem.encoding]} 编码读取。请在预览中确认姓名显示正确。`
        : `The file was read as ${ENCODING_NAMES[problem.encoding]}. Check in the preview that the names look right.`
    case 'byteOrderMark':
      return zh ? '文件开头的 BOM 标记已忽略，无需处理。' : 'The byte order mark at the start of the file was skipped; nothing to do.'
    case 'extraColumns':
      return zh
        ? `这些列不会导入：${problem.headers.join('、')}。如需导入，请在映射中选择它们。`
        : `These columns are not imported: ${problem.headers.join(', ')}. Map them to a field if they should be.`
    default:
      return problem satisfies never
  }
}
