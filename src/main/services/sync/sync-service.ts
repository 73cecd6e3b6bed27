import type { ProjectSyncState, SyncProgress, SyncSummary } from '@shared/domain/sync'
import { AppErrorException, appError } from '@shared/errors'
import { assertNever } from '@shared/util/assert-never'
import type { Logger } from '../../log/logger'
import type { SqlDatabase } from '../../store/driver'
import { DevicesRepo } from '../../store/cache/devices-repo'
import { OverviewRepo } from '../../store/cache/overview-repo'
import type { CacheScope } from '../../store/cache/scope'
import { WalCheckpointer } from '../../store/cache/wal-checkpointer'
import { cacheWriterFile, openCacheWriter } from '../../store/cache/writer/open-cache-writer'
import type { CloudSession } from '../connections/cloud-session'
import { syncAkuvoxProject } from './akuvox-plan'
import type { ReadPolicy } from './read-policy'
import { RATE_TUNING } from '../../clouds/rate-controller'
import { RequestGate } from './request-gate'
import { SyncContext } from './sync-context'
import { syncTuyaProject } from './tuya-plan'

/** Group infos are re-read at least this often even when their summary looks unchanged. */
const DEFAULT_DETAIL_MAX_AGE_MS = 24 * 60 * 60_000

/**
 * Lists are read in full at least this often; in between, a sync checks a list by its first
 * page and length (`ReadPolicy`). An hour keeps repeated syncs on site quick while a change
 * hidden past a first page is never older than that, and the summary says so.
 */
export const DEFAULT_FULL_READ_MAX_AGE_MS = 60 * 60_000

export interface SyncServiceDeps {
  readonly db: SqlDatabase
  /** The signed-in client of a connection (`ConnectionsService.session`). */
  readonly session: (connectionId: string) => Promise<CloudSession>
  readonly now: () => number
  readonly logger: Logger
  readonly onProgress: (progress: SyncProgress) => void
  readonly detailMaxAgeMs?: number
  readonly fullReadMaxAgeMs?: number
  /** The built cache writer thread's file (`cacheWriterFile()` unless told). */
  readonly cacheWriterFile?: string | null
}

export interface SyncOptions {
  readonly signal?: AbortSignal
  /** Read every page and detail, trusting nothing the cache holds (see `ReadPolicy`). */
  readonly full?: boolean
}

const key = (scope: CacheScope): string => `${scope.connectionId}\u0000${scope.projectId}`

/**
 * Full project syncs into the local cache. One sync per project at a time: asking again while
 * one runs joins it. A cancelled or failed sync keeps every page it wrote and the next one
 * resumes there; nothing is written for pages that did not change.
 */
export class SyncService {
  private readonly running = new Map<string, Promise<SyncSummary>>()
  private readonly overview: OverviewRepo
  private readonly devices: DevicesRepo
  private readonly checkpoints: WalCheckpointer

  constructor(private readonly deps: SyncServiceDeps) {
    this.overview = new OverviewRepo(deps.db)
    this.devices = new DevicesRepo(deps.db)
    this.checkpoints = new WalCheckpointer(deps.db)
  }

  syncProject(connectionId: string, projectId: string, options: SyncOptions = {}): Promise<SyncSummary> {
    const scope = { connectionId, projectId }
    const existing = this.running.get(key(scope))
    if (existing) return existing
    const release = this.checkpoints.hold()
    const run = this.run(scope, options.signal ?? new AbortController().signal, options.full ?? false).finally(async () => {
      this.running.delete(key(scope))
      await release()
    })
    this.running.set(key(scope), run)
    return run
  }

  isRunning(connectionId: string, projectId: string): boolean {
    return this.running.has(key({ connectionId, projectId }))
  }

  state(connectionId: string, projectId: string): ProjectSyncState {
    return this.overview.syncState({ connectionId, projectId })
  }

  /** For "sync on project open when the cache is older than the setting". */
  isOlderThan(connectionId: string, projectId: string, maxAgeMs: number): boolean {
    const state = this.state(connectionId, projectId)
    return state.asOf === null || state.collections.some((c) => c.interrupted) || this.deps.now() - state.asOf > maxAgeMs
  }

  private async run(scope: CacheScope, signal: AbortSignal, full: boolean): Promise<SyncSummary> {
    const { deps } = this
    const startedAt = deps.now()
    const session = await deps.session(scope.connectionId)
    // The lists read ahead as far as the limiter could ever let requests fly; it sets the pace.
    const gate = new RequestGate(RATE_TUNING.maxInFlight)
    const policy: ReadPolicy = {
      full,
      fullReadMaxAgeMs: deps.fullReadMaxAgeMs ?? DEFAULT_FULL_READ_MAX_AGE_MS,
      detailMaxAgeMs: deps.detailMaxAgeMs ?? DEFAULT_DETAIL_MAX_AGE_MS,
    }
    // Each sync has its own writer: one that died with the last sync is not reused.
    const writer = openCacheWriter(deps.db, deps.cacheWriterFile === undefined ? cacheWriterFile() : deps.cacheWriterFile)
    const ctx = new SyncContext(deps.db, scope, gate, signal, deps.now, this.devices.lastStatusCheck(scope), deps.onProgress, policy, writer)
    const log = deps.logger.child('sync')
    log.info('sync started', { ...scope, vendor: session.vendor })
    try {
      switch (session.vendor) {
        case 'akuvox':
          await syncAkuvoxProject(ctx, session.client)
          break
        case 'tuya':
          if (session.projectId !== scope.projectId) {
            throw new AppErrorException(
              appError('invalid_input', { detail: `this Tuya connection is for project ${session.projectId}`, params: { field: 'projectId' } }),
            )
          }
          await syncTuyaProject(ctx, session.client)
          break
        default:
          assertNever(session, 'session')
      }
      await ctx.writes.flush()
    } catch (error) {
      // Nothing lands after the sync has answered: pages fetched before the failure are written.
      await ctx.writes.flush().catch(() => undefined)
      log.warn('sync stopped', { ...scope, ...ctx.counters, requests: gate.requests, error: error instanceof Error ? error.message : String(error) })
      throw error
    } finally {
      await writer.close()
    }
    const summary: SyncSummary = { ...scope, startedAt, finishedAt: deps.now(), requests: gate.requests, ...ctx.counters, checkedOnly: ctx.checkedOnly }
    log.info('sync finished', { ...summary })
    return summary
  }
}
