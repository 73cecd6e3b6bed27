import type { CacheCollection, CheckedCollection, SyncProgress } from '@shared/domain/sync'
import type { SqlDatabase } from '../../store/driver'
import type { CacheScope } from '../../store/cache/scope'
import { SyncStateRepo } from '../../store/cache/sync-state-repo'
import type { CacheWriter } from '../../store/cache/writer/open-cache-writer'
import type { StatusStamp, WriteUnit } from '../../store/cache/writer/units'
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

/** The least reading time a rate is reported for. */
const RATE_WINDOW_S = 1

/** Everything a collection's sync needs: where to write, the shared request budget, reporting. */
export class SyncContext {
  /** Reads of the sync state, on this thread's connection (the writes go through `writes`). */
  readonly states: SyncStateRepo
  /** Cache writes as serialisable units, committed in groups by the cache writer (see `WriteQueue`). */
  readonly writes: WriteQueue<WriteUnit>
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
    private readonly previousStatusCheck: number | null,
    private readonly onProgress: (progress: SyncProgress) => void,
    readonly policy: ReadPolicy,
    writer: CacheWriter,
  ) {
    this.signal = AbortSignal.any([signal, this.failed.signal])
    this.states = new SyncStateRepo(db)
    this.writes = new WriteQueue(async (units) => {
      const counts = await writer.commit(units)
      this.counters.pagesWritten += counts.pagesWritten
      this.counters.rowsRemoved += counts.rowsRemoved
      this.counters.statusChanges += counts.statusChanges
    })
  }

  /** Device status seen now, for a device or channel page's unit (the cache writer applies it with the page). */
  statusNow(): StatusStamp {
    return { at: this.now(), previousCheck: this.previousStatusCheck }
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
