import { Worker } from 'node:worker_threads'
import type { SqlDatabase } from '../driver'

/** How often the worker copies the WAL into the database while a sync writes. */
const INTERVAL_MS = 200

/**
 * The worker: its own connection, PASSIVE checkpoints (they never block the writer) on an
 * interval, a last one when told to stop. A string, so no bundler has to know about a second
 * entry point; `require` is there because eval'd workers are CommonJS.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const { DatabaseSync } = require('node:sqlite')
const db = new DatabaseSync(workerData.path)
const checkpoint = () => { try { db.exec('PRAGMA wal_checkpoint(PASSIVE)') } catch {} }
const timer = setInterval(checkpoint, workerData.intervalMs)
parentPort.once('message', () => {
  clearInterval(timer)
  checkpoint()
  db.close()
  parentPort.postMessage('stopped')
})
`

/**
 * Moves WAL checkpoints off the main thread while syncs write. SQLite checkpoints on the commit
 * that takes the WAL past 1,000 pages: during a large sync that was every dozen pages, some
 * 40 ms each (copy and fsync), and the main thread issued no requests meanwhile. While any sync
 * holds this, the main connection does not checkpoint by itself and a worker does; when the
 * last one lets go, the worker checkpoints once more and the connection's setting comes back.
 */
export class WalCheckpointer {
  private holders = 0
  private worker: Worker | null = null
  private restore: number | null = null

  constructor(private readonly db: SqlDatabase) {}

  /** Until the returned release is called (once). In-memory databases have no WAL: nothing to do. */
  hold(): () => Promise<void> {
    if (this.db.path === '' || this.db.path === ':memory:') return () => Promise.resolve()
    if (this.holders++ === 0) {
      this.restore = this.db.get<{ wal_autocheckpoint: number }>('PRAGMA wal_autocheckpoint')?.wal_autocheckpoint ?? null
      this.db.exec('PRAGMA wal_autocheckpoint = 0')
      this.worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { path: this.db.path, intervalMs: INTERVAL_MS } })
      // A checkpoint is an optimisation: if the worker cannot run, commits just grow the WAL until release.
      this.worker.on('error', () => undefined)
    }
    let released = false
    return async () => {
      if (released) return
      released = true
      if (--this.holders > 0) return
      const worker = this.worker
      this.worker = null
      if (this.restore !== null) this.db.exec(`PRAGMA wal_autocheckpoint = ${this.restore}`)
      if (worker) await stopWorker(worker)
    }
  }
}

function stopWorker(worker: Worker): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      void worker.terminate().then(() => resolve())
    }
    worker.once('message', done)
    worker.once('error', done)
    worker.once('exit', () => resolve())
    worker.postMessage('stop')
  })
}
