import { type Zippable, strToU8, zipSync } from 'fflate'

/** Zip stores DOS dates, which start in 1980 and end in 2107; a date outside is clamped. */
const EARLIEST = new Date(1980, 0, 1)
const LATEST = new Date(2107, 11, 31, 23, 59, 58)

/** Made on Unix, so the attributes below are read as a mode: a regular file, rw-r--r--. */
const FILE_ATTRIBUTES = { os: 3, attrs: (0o100644 << 16) >>> 0 } as const

/**
 * A zip of UTF-8 text files, every entry stamped with `when` (local time, as zip keeps it), so
 * the same report zips to the same bytes. fflate marks non-ASCII names as UTF-8: what Windows
 * Explorer, macOS Archive Utility, unzip and Python open.
 */
export function zipFiles(files: readonly { readonly name: string; readonly text: string }[], when: Date = new Date()): Uint8Array {
  const mtime = new Date(Math.min(LATEST.getTime(), Math.max(EARLIEST.getTime(), when.getTime())))
  const entries: Zippable = {}
  for (const f of files) entries[f.name] = [strToU8(f.text), { ...FILE_ATTRIBUTES, mtime }]
  return zipSync(entries)
}
