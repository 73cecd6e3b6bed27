import type { CacheCollection, CheckedCollection, SyncProgress } from '@shared/domain/sync'
import type { SqlDatabase } from '../../store/driver'
import type { CacheScope } from '../../store/cache/scope'
import { DeviceStatusRepo } from '../../store/cache/device-status-repo'
import { PageWriter } from '../../store/cache/page-writer'
import { SyncStateRepo } from '../../store/cache/sync-state-repo'
import type { ReadPolicy } from './read-policy'
import type { RequestGate } from './request-gate'
import { WriteQueue } from './write-queue'

/** Counters of one sync run, reported in its summary. */
export interface SyncCounters {
  pagesFetched: number
  pagesWritten: number
  rowsRemoved: number
  statusChanges: number
}

/** Everything a collection's sync needs: where to write, the shared request budget, reporting. */
/** The least reading time a rate is reported for. */
const RATE_WINDOW_S = 1

export class SyncContext {
  readonly states: SyncStateRepo
  readonly writer: PageWriter
  readonly status: DeviceStatusRepo
  /** Page writes, committed in groups (see `WriteQueue`). */
  readonly writes: WriteQueue
  readonly counters: SyncCounters = { pagesFetched: 0, pagesWritten: 0, rowsRemoved: 0, statusChanges: 0 }
  /** Collections only checked by their first page this run, for the summary. */
  readonly checkedOnly: CheckedCollection[] = []
  /** Aborted by the caller's signal or by the first collection that fails. */
  readonly signal: AbortSignal
  private readonly failed = new AbortController()

  constructor(
    readonly db: SqlDatabase,
    readonly scope: CacheScope,
    readonly gate: RequestGate,
    signal: AbortSignal,
    readonly now: () => number,
    /** The last status check before this sync: an offline device was last seen online then. */
    readonly previousStatusCheck: number | null,
    private readonly onProgress: (progress: SyncProgress) => void,
    readonly policy: ReadPolicy,
  ) {
    this.signal = AbortSignal.any([signal, this.failed.signal])
    this.states = new SyncStateRepo(db)
    this.writer = new PageWriter(db, this.states)
    this.status = new DeviceStatusRepo(db)
    this.writes = new WriteQueue(db)
  }

  /** One collection failed: the others stop too (what they wrote so far stays, whole pages only). */
  abort(): void {
    this.failed.abort()
  }

  /**
   * The last full read of `key` when the policy lets this sync check it by its first page only:
   * that read finished and is younger than the max age, and this is not a full sync.
   */
  freshFullRead(key: string): { readonly at: number; readonly itemCount: number } | null {
    if (this.policy.full) return null
    const last = this.states.lastComplete(this.scope, key)
    return last !== null && this.now() - last.at < this.policy.fullReadMaxAgeMs ? last : null
  }

  /** A progress reporter for one collection: items per second over this run's reading, once a second has passed. */
  progress(collection: CacheCollection, resumedItems: number): (done: number, total: number | null) => void {
    const started = this.now()
    return (done, total) => {
      const seconds = (this.now() - started) / 1000
      this.onProgress({
        ...this.scope,
        collection,
        done,
        total,
        itemsPerSecond: seconds >= RATE_WINDOW_S ? Math.round((done - resumedItems) / seconds) : null,
      })
    }
  }
}
