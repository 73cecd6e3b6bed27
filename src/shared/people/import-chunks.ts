import { IMPORT_CHUNK_BYTES, IMPORT_CHUNK_ROWS } from '../ipc/schemas/people'
import { jsonBytes } from '../ipc/limits'
import type { BulkRow } from './staff'

/** The rows' JSON size as one chunk: their own sizes, the commas between them and the brackets. */
const packedBytes = (rowBytes: number, count: number): number => rowBytes + Math.max(0, count - 1) + 2

/** Whether a row fits in a chunk on its own (a larger one could never be sent). */
export const rowFitsChunk = (row: BulkRow): boolean => packedBytes(jsonBytes(row), 1) <= IMPORT_CHUNK_BYTES

/**
 * Splits rows, in order, into the chunks `staff:importAppend` takes: at most IMPORT_CHUNK_ROWS
 * rows and IMPORT_CHUNK_BYTES of JSON each. Throws on a row too large for any chunk.
 */
export function* importChunks(rows: readonly BulkRow[]): Generator<readonly BulkRow[]> {
  let chunk: BulkRow[] = []
  let bytes = 0
  for (const row of rows) {
    const size = jsonBytes(row)
    if (packedBytes(size, 1) > IMPORT_CHUNK_BYTES) throw new RangeError(`line ${row.line} is larger than a chunk`)
    if (chunk.length === IMPORT_CHUNK_ROWS || packedBytes(bytes + size, chunk.length + 1) > IMPORT_CHUNK_BYTES) {
      yield chunk
      chunk = []
      bytes = 0
    }
    chunk.push(row)
    bytes += size
  }
  if (chunk.length > 0) yield chunk
}
