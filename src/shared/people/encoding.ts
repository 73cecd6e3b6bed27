/**
 * What a CSV file's bytes are written in. Spreadsheets save UTF-8 with or without a BOM,
 * "Unicode text" as UTF-16 (LE, or BE), and Chinese Excel saves GB18030 (GBK). TextDecoder
 * knows all of them in Node and Chromium.
 */
export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030'

export type DecodedCsv =
  | { readonly ok: true; readonly text: string; readonly encoding: CsvEncoding; readonly bom: boolean }
  | { readonly ok: false; readonly reason: 'empty' | 'spreadsheet' | 'binary' | 'undecodable' }

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean => prefix.every((b, i) => bytes[i] === b)

/** Without a BOM, UTF-16 shows as a zero byte beside most ASCII characters. */
function utf16Without(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096))
  let evenZeros = 0
  let oddZeros = 0
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue
    if (i % 2 === 0) evenZeros++
    else oddZeros++
  }
  const half = sample.length / 2
  if (oddZeros > half * 0.3 && evenZeros < half * 0.05) return 'utf-16le'
  if (evenZeros > half * 0.3 && oddZeros < half * 0.05) return 'utf-16be'
  return null
}

function decode(bytes: Uint8Array, encoding: CsvEncoding, fatal: boolean): string | null {
  try {
    return new TextDecoder(encoding, { fatal, ignoreBOM: false }).decode(bytes)
  } catch {
    return null
  }
}

export function decodeCsv(bytes: Uint8Array): DecodedCsv {
  if (bytes.length === 0) return { ok: false, reason: 'empty' }
  // .xlsx is a zip, .xls an OLE compound file: the installer saved the workbook, not a CSV.
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return { ok: false, reason: 'spreadsheet' }
  const withBom = (encoding: CsvEncoding, skip: number): DecodedCsv => {
    const text = decode(bytes.subarray(skip), encoding, false)
    return text === null ? { ok: false, reason: 'undecodable' } : { ok: true, text, encoding, bom: true }
  }
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return withBom('utf-8', 3)
  if (startsWith(bytes, [0xff, 0xfe])) return withBom('utf-16le', 2)
  if (startsWith(bytes, [0xfe, 0xff])) return withBom('utf-16be', 2)
  const wide = utf16Without(bytes)
  if (wide) {
    const text = decode(bytes, wide, false)
    return text === null ? { ok: false, reason: 'undecodable' } : { ok: true, text, encoding: wide, bom: false }
  }
  if (bytes.includes(0)) return { ok: false, reason: 'binary' }
  const utf8 = decode(bytes, 'utf-8', true)
  if (utf8 !== null) return { ok: true, text: utf8, encoding: 'utf-8', bom: false }
  const gb = decode(bytes, 'gb18030', true)
  if (gb !== null) return { ok: true, text: gb, encoding: 'gb18030', bom: false }
  return { ok: false, reason: 'undecodable' }
}
