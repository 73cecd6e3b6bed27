/**
 * The cache writer's thread (built as its own entry, `out/main/cache-writer.js`): its own
 * connection to the cache file, applying the batches of write units a sync sends, each in one
 * transaction, in the order sent. After a batch fails it writes nothing more and answers every
 * later batch with that failure, so no page lands after one that did not (the resume point would
 * skip it). docs/architecture.md, Cache, says why the writes live here.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { openWriterConnection } from './writer-connection'
import { type FromWriter, type ToWriter, type WireError, toWire } from './protocol'
import { UnitWriter } from './apply-units'

const port = parentPort
if (!port) throw new Error('the cache writer runs as a worker thread')
const db = openWriterConnection((workerData as { readonly path: string }).path)
const writer = new UnitWriter(db)
let failed: WireError | null = null

port.on('message', (message: ToWriter) => {
  if (message.kind === 'close') {
    db.close()
    port.close()
    return
  }
  let answer: FromWriter
  if (failed !== null) answer = { kind: 'failed', id: message.id, error: failed }
  else {
    try {
      answer = { kind: 'done', id: message.id, counts: writer.apply(message.units) }
    } catch (error) {
      failed = toWire(error)
      answer = { kind: 'failed', id: message.id, error: failed }
    }
  }
  port.postMessage(answer)
})
