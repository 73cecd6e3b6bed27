import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs'

/**
 * The data folder holds PINs, card numbers and residents' phones and emails: on Linux and macOS
 * it is 0700 and every file Fieldkey writes in it 0600, whatever the umask. On Windows these
 * calls do nothing: Node's modes there only toggle read-only, and the profile folder's ACLs
 * already keep other users out.
 */
export const PRIVATE_FILE_MODE = 0o600
const PRIVATE_DIR_MODE = 0o700
const POSIX = process.platform !== 'win32'

/**
 * Creates `dir` (and missing parents) as 0700. A folder that exists and lets others in is
 * tightened to 0700; its old mode is returned so the caller can log that it did.
 */
export function ensurePrivateDir(dir: string): { readonly tightenedFrom: number | null } {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE })
  if (!POSIX) return { tightenedFrom: null }
  const mode = statSync(dir).mode & 0o777
  if ((mode & 0o077) === 0) return { tightenedFrom: null }
  chmodSync(dir, PRIVATE_DIR_MODE)
  return { tightenedFrom: mode }
}

/** Sets an existing file to 0600 (a file written before this rule, or by a library that ignores it). */
export function keepPrivate(path: string): void {
  if (POSIX && existsSync(path)) chmodSync(path, PRIVATE_FILE_MODE)
}
