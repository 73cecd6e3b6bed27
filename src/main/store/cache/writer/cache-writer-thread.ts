import { Worker } from 'node:worker_threads'
import { AppErrorException, appError } from '@shared/errors'
import { type FromWriter, type ToWriter, fromWire } from './protocol'
import type { WriteCounts, WriteUnit } from './units'

/** The cache writer stopped under a running sync: the sync fails with this; the next starts a new writer. */
export function writerStopped(reason: string): AppErrorException {
  return new AppErrorException(
    appError('internal', { messageKey: 'errors.cacheWriterStopped', retryable: true, detail: `the cache writer stopped: ${reason}` }),
  )
}

/**
 * The sync's handle on a cache writer thread (`cache-writer.worker.ts`): sends batches of write
 * units and answers each with what it changed, or with the error that failed it. A thread that
 * dies (or cannot start) fails every batch waiting and every later one with `writerStopped`.
 */
export class CacheWriterThread {
  private nextId = 1
  private readonly waiting = new Map<number, { readonly resolve: (counts: WriteCounts) => void; readonly reject: (error: unknown) => void }>()
  private stopped: AppErrorException | null = null
  private readonly exited: Promise<void>

  constructor(file: string, dbPath: string) {
    this.worker = new Worker(file, { workerData: { path: dbPath } })
    this.worker.on('message', (message: FromWriter) => this.answer(message))
    this.worker.on('error', (error) => this.stop(error.message))
    this.worker.on('messageerror', (error) => this.stop(error.message))
    this.exited = new Promise((resolve) =>
      this.worker.once('exit', (code) => {
        this.stop(`its thread exited (code ${code})`)
        resolve()
      }),
    )
  }

  private readonly worker: Worker

  commit(units: readonly WriteUnit[]): Promise<WriteCounts> {
    if (this.stopped) return Promise.reject(this.stopped)
    const id = this.nextId++
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject })
      this.send({ kind: 'batch', id, units })
    })
  }

  /** After the last batch was answered: the thread closes its connection and ends. */
  async close(): Promise<void> {
    if (!this.stopped) this.send({ kind: 'close' })
    await this.exited
  }

  /** Ends the thread at once, as a crash would (what `close` falls back to is the exit). */
  async terminate(): Promise<void> {
    await this.worker.terminate()
    await this.exited
  }

  private send(message: ToWriter): void {
    this.worker.postMessage(message)
  }

  private answer(message: FromWriter): void {
    const waiter = this.waiting.get(message.id)
    if (!waiter) return
    this.waiting.delete(message.id)
    if (message.kind === 'done') waiter.resolve(message.counts)
    else waiter.reject(fromWire(message.error))
  }

  private stop(reason: string): void {
    this.stopped ??= writerStopped(reason)
    for (const waiter of this.waiting.values()) waiter.reject(this.stopped)
    this.waiting.clear()
  }
}
