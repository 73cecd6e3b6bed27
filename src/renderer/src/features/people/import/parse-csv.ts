import { type CsvEncoding, decodeCsv } from '@shared/people/encoding'
import Papa from 'papaparse'

/** Encodings the installer can choose: what the sniffer knows, and the legacy ones spreadsheets on site still save. */
export const READ_ENCODINGS = ['utf-8', 'gb18030', 'big5', 'windows-1252', 'utf-16le', 'utf-16be'] as const
export type ReadEncoding = (typeof READ_ENCODINGS)[number]

export interface ParsedFile {
  readonly fileName: string
  /** The file itself, to read it again in another encoding. */
  readonly source: Blob & { readonly name: string }
  readonly encoding: ReadEncoding
  /** How the encoding was settled: sniffed from the bytes, a guess the installer should check, or chosen. */
  readonly encodingBy: 'detected' | 'guessed' | 'chosen'
  readonly bom: boolean
  readonly headers: readonly string[]
  /** Data records with their line in the file (the header is line 1). */
  readonly records: readonly { readonly line: number; readonly cells: readonly string[] }[]
  /** Chunks the text was parsed in, the UI given a turn after each. */
  readonly chunks: number
  /** For an .xlsx file, the sheet read and every sheet it has; null for CSV. */
  readonly workbook: { readonly sheet: string; readonly sheets: readonly string[] } | null
}

export type ParseFailure =
  'empty' | 'spreadsheet' | 'binary' | 'undecodable' | 'noHeader' | 'tooLarge' | 'cancelled' | 'notWorkbook' | 'legacyWorkbook' | 'workbookTooLarge'
export type ParseOutcome = { readonly ok: true; readonly file: ParsedFile } | { readonly ok: false; readonly reason: ParseFailure }

export const MAX_ROWS = 50_000
const CHUNK_CHARS = 128 * 1024

const isBlank = (cells: readonly string[]): boolean => cells.every((c) => c.trim() === '')

/**
 * Bytes that are not UTF-8 decode as GB18030 almost always, Western text included ("José" turns
 * into Chinese). Chinese text has its high bytes in pairs; Western text has a lone accented
 * byte between ASCII letters. More lone high bytes than pairs: the file is most likely Windows-1252.
 */
function looksWestern(bytes: Uint8Array): boolean {
  let lone = 0
  let pairs = 0
  const end = Math.min(bytes.length, 256 * 1024)
  for (let i = 0; i < end; i++) {
    if ((bytes[i] as number) < 0x80) continue
    if (i + 1 < end && (bytes[i + 1] as number) >= 0x80) {
      pairs++
      i++
    } else lone++
  }
  return lone > pairs
}

type Decoded =
  | { readonly ok: true; readonly text: string; readonly encoding: ReadEncoding; readonly by: ParsedFile['encodingBy']; readonly bom: boolean }
  | { readonly ok: false; readonly reason: ParseFailure }

function decodeAs(bytes: Uint8Array, encoding: ReadEncoding, by: ParsedFile['encodingBy'] = 'chosen'): Extract<Decoded, { ok: true }> {
  const text = new TextDecoder(encoding, { fatal: false, ignoreBOM: false }).decode(bytes)
  const bom =
    (encoding === 'utf-8' && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) ||
    (encoding.startsWith('utf-16') && (bytes[0] === 0xff || bytes[0] === 0xfe))
  return { ok: true, text, encoding, by, bom }
}

function decode(bytes: Uint8Array, chosen: ReadEncoding | undefined): Decoded {
  if (chosen) return bytes.length === 0 ? { ok: false, reason: 'empty' } : decodeAs(bytes, chosen)
  const sniffed = decodeCsv(bytes)
  if (!sniffed.ok) {
    // Neither UTF-8, UTF-16 nor GB18030: an old Western spreadsheet, read as such and said so.
    if (sniffed.reason === 'undecodable') return decodeAs(bytes, 'windows-1252', 'guessed')
    return sniffed
  }
  if (sniffed.encoding === 'gb18030' && looksWestern(bytes)) return decodeAs(bytes, 'windows-1252', 'guessed')
  return {
    ok: true,
    text: sniffed.text,
    encoding: sniffed.encoding satisfies CsvEncoding,
    by: sniffed.encoding === 'gb18030' ? 'guessed' : 'detected',
    bom: sniffed.bom,
  }
}

const turn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))

/**
 * Reads a CSV file in 128 KB chunks of text, giving the UI a turn after each one, so a
 * 50,000-row file never freezes the window; `onProgress` gets the share read so far (0–1).
 * Stops as soon as the file has more rows than allowed, or when `signal` is aborted.
 */
export async function parseCsvFile(
  file: Blob & { readonly name: string },
  onProgress: (share: number) => void,
  options: { readonly encoding?: ReadEncoding; readonly signal?: AbortSignal } = {},
): Promise<ParseOutcome> {
  const { signal } = options
  const bytes = new Uint8Array(await file.arrayBuffer())
  if (signal?.aborted) return { ok: false, reason: 'cancelled' }
  const decoded = decode(bytes, options.encoding)
  if (!decoded.ok) return decoded
  const text = decoded.text
  let headers: string[] | null = null
  const records: { line: number; cells: string[] }[] = []
  let line = 0
  let chunks = 0
  let stop: ParseFailure | null = null
  await turn()
  await new Promise<void>((resolve, reject) => {
    Papa.parse<string[]>(text, {
      chunkSize: CHUNK_CHARS,
      skipEmptyLines: false,
      chunk: (results: Papa.ParseResult<string[]>, parser: Papa.Parser) => {
        chunks++
        for (const row of results.data) {
          line++
          if (isBlank(row)) continue
          if (headers === null) headers = row.map((h) => h.trim())
          else records.push({ line, cells: row })
        }
        onProgress(Math.min(1, results.meta.cursor / Math.max(1, text.length)))
        if (records.length > MAX_ROWS) stop = 'tooLarge'
        else if (signal?.aborted) stop = 'cancelled'
        if (stop) return parser.abort()
        parser.pause()
        setTimeout(() => parser.resume(), 0)
      },
      complete: () => resolve(),
      error: (error: Error) => reject(error),
    })
  })
  if (stop) return { ok: false, reason: stop }
  if (headers === null) return { ok: false, reason: 'noHeader' }
  return {
    ok: true,
    file: { fileName: file.name, source: file, encoding: decoded.encoding, encodingBy: decoded.by, bom: decoded.bom, headers, records, chunks, workbook: null },
  }
}
