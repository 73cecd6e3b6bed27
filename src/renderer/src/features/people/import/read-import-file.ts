import { isLegacyWorkbook, isZip } from '@shared/people/workbook-facts'
import { type ParseOutcome, type ReadEncoding, parseCsvFile } from './parse-csv'
import type { WorkbookOutcome } from './parse-xlsx'
import { readWorkbook } from './read-workbook'

export interface ReadChoice {
  /** The encoding to read a CSV in, instead of the one sniffed. */
  readonly encoding?: ReadEncoding
  /** The sheet to read from a workbook with several. */
  readonly sheet?: string
  readonly signal?: AbortSignal
}

const looksLikeWorkbookName = (name: string): boolean => /\.xls[xm]?$/i.test(name)

/**
 * Reads a staff list from a CSV or an .xlsx file into the same rows, chosen by what the bytes
 * are (a zip is a workbook) and, for bytes that are neither, by the name: a `.xlsx` that is
 * not a zip is "not a workbook", not garbled text.
 */
export async function readImportFile(
  file: Blob & { readonly name: string },
  onProgress: (share: number) => void,
  choice: ReadChoice = {},
): Promise<ParseOutcome | WorkbookOutcome> {
  const head = new Uint8Array(await file.slice(0, 8).arrayBuffer())
  if (isLegacyWorkbook(head)) return { ok: false, reason: 'legacyWorkbook' }
  if (isZip(head)) {
    return readWorkbook(file, onProgress, { ...(choice.sheet ? { sheet: choice.sheet } : {}), ...(choice.signal ? { signal: choice.signal } : {}) })
  }
  if (looksLikeWorkbookName(file.name) && file.size > 0) return { ok: false, reason: 'notWorkbook' }
  return parseCsvFile(file, onProgress, { ...(choice.encoding ? { encoding: choice.encoding } : {}), ...(choice.signal ? { signal: choice.signal } : {}) })
}
