import { unzipSync } from 'fflate'

/**
 * Whether a file is an .xlsx workbook small enough to read, from its first bytes and its zip
 * directory, before anything is unpacked: a zip of a few megabytes can declare gigabytes of
 * sheets, and such a workbook is refused unread.
 */
export type WorkbookCheck = { readonly ok: true } | { readonly ok: false; readonly reason: 'notWorkbook' | 'legacyWorkbook' | 'tooLarge' }

/** The largest workbook file read, and the most its parts may unpack to. */
export const WORKBOOK_LIMITS = { fileBytes: 20 * 1024 * 1024, unpackedBytes: 100 * 1024 * 1024 } as const

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean => prefix.every((b, i) => bytes[i] === b)

/** A zip: .xlsx and every Office Open file. */
export const isZip = (bytes: Uint8Array): boolean => startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])
/** An OLE compound file: .xls, Excel 97–2003. */
export const isLegacyWorkbook = (bytes: Uint8Array): boolean => startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])

export function checkWorkbook(bytes: Uint8Array): WorkbookCheck {
  if (isLegacyWorkbook(bytes)) return { ok: false, reason: 'legacyWorkbook' }
  if (!isZip(bytes)) return { ok: false, reason: 'notWorkbook' }
  if (bytes.length > WORKBOOK_LIMITS.fileBytes) return { ok: false, reason: 'tooLarge' }
  let declared = 0
  let workbookPart = false
  try {
    // Unpacks nothing: only adds up what each part says it unpacks to.
    unzipSync(bytes, {
      filter: (entry) => {
        declared += entry.originalSize
        if (entry.name === 'xl/workbook.xml' || entry.name === 'xl/workbook.bin') workbookPart = true
        return false
      },
    })
  } catch {
    return { ok: false, reason: 'notWorkbook' }
  }
  if (!workbookPart) return { ok: false, reason: 'notWorkbook' }
  if (declared > WORKBOOK_LIMITS.unpackedBytes) return { ok: false, reason: 'tooLarge' }
  return { ok: true }
}
