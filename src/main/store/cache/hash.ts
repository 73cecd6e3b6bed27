import { createHash } from 'node:crypto'

/**
 * A content hash of domain objects. The clients build them from zod schemas, so their keys come
 * in schema order and `JSON.stringify` is stable for equal content.
 */
export function contentHash(value: unknown): string {
  return createHash('sha1').update(JSON.stringify(value)).digest('hex')
}

/** One hash for a collection from its page hashes, in page order. */
export function combineHashes(hashes: readonly string[]): string {
  const hash = createHash('sha1')
  for (const h of hashes) hash.update(h)
  return hash.digest('hex')
}
