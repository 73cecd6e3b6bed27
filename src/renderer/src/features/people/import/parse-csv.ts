import { type DecodedCsv, decodeCsv } from '@shared/people/encoding'
import Papa from 'papaparse'

export interface ParsedFile {
  readonly fileName: string
  readonly encoding: Extract<DecodedCsv, { ok: true }>['encoding']
  readonly bom: boolean
  readonly headers: readonly string[]
  /** Data records with their line in the file (the header is line 1). */
  readonly records: readonly { readonly line: number; readonly cells: readonly string[] }[]
}

export type ParseOutcome =
  | { readonly ok: true; readonly file: ParsedFile }
  | { readonly ok: false; readonly reason: 'empty' | 'spreadsheet' | 'binary' | 'undecodable' | 'noHeader' | 'tooLarge' }

export const MAX_ROWS = 50_000
const CHUNK_BYTES = 256 * 1024

const isBlank = (cells: readonly string[]): boolean => cells.every((c) => c.trim() === '')

/**
 * Reads a CSV file in 256 KB chunks, giving the UI a turn between chunks, so a 50,000-row file
 * never freezes the window. `onProgress` gets the share of the text parsed so far (0–1).
 */
export async function parseCsvFile(file: Blob & { readonly name: string }, onProgress: (share: number) => void): Promise<ParseOutcome> {
  const decoded = decodeCsv(new Uint8Array(await file.arrayBuffer()))
  if (!decoded.ok) return decoded
  const text = decoded.text
  const all: string[][] = []
  await new Promise<void>((resolve, reject) => {
    Papa.parse<string[]>(text, {
      chunkSize: CHUNK_BYTES,
      skipEmptyLines: false,
      chunk: (results: Papa.ParseResult<string[]>, parser: Papa.Parser) => {
        for (const row of results.data) all.push(row)
        onProgress(Math.min(1, results.meta.cursor / Math.max(1, text.length)))
        parser.pause()
        setTimeout(() => parser.resume(), 0)
      },
      complete: () => resolve(),
      error: (error: Error) => reject(error),
    })
  })
  const headerIndex = all.findIndex((r) => !isBlank(r))
  if (headerIndex < 0) return { ok: false, reason: 'noHeader' }
  const headers = (all[headerIndex] as string[]).map((h) => h.trim())
  const records = all.flatMap((cells, i) => (i > headerIndex && !isBlank(cells) ? [{ line: i + 1, cells }] : []))
  if (records.length > MAX_ROWS) return { ok: false, reason: 'tooLarge' }
  return { ok: true, file: { fileName: file.name, encoding: decoded.encoding, bom: decoded.bom, headers, records } }
}
