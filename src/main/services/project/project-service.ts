import type { CachedBuilding, CachedChannel, CachedDevice, CachedDeviceDetail, DeviceFilter, HealthChange } from '@shared/domain/devices'
import { AppErrorException, appError, toAppError } from '@shared/errors'
import type { ProjectView } from '@shared/ipc/channels/project'
import type { SyncOutcome } from '@shared/ipc/channels/sync'
import type { Logger } from '../../log/logger'
import { DevicesRepo } from '../../store/cache/devices-repo'
import { OverviewRepo } from '../../store/cache/overview-repo'
import type { CacheScope } from '../../store/cache/scope'
import type { SqlDatabase } from '../../store/driver'
import type { ProjectsRepo } from '../../store/projects-repo'
import type { HealthMonitor } from '../health/health-monitor'
import type { SyncService } from '../sync/sync-service'
import type { Page } from '@shared/page'

export interface ProjectServiceDeps {
  readonly db: SqlDatabase
  readonly projects: ProjectsRepo
  readonly sync: SyncService
  readonly health: HealthMonitor
  readonly logger: Logger
  /** A sync started here ended (finished, failed or cancelled). */
  readonly onSyncOutcome: (outcome: SyncOutcome) => void
  /** Opening a project syncs it in the background when its cache is older than this. */
  readonly maxCacheAgeMs: number
}

const key = (s: CacheScope): string => `${s.connectionId}\u0000${s.projectId}`

/**
 * What the installer does with an open project: the overview, devices from the cache, a sync
 * in the background (never blocking a view), and the device health that keeps updating.
 */
export class ProjectService {
  private readonly overviews: OverviewRepo
  private readonly devices: DevicesRepo
  private readonly aborts = new Map<string, AbortController>()

  constructor(private readonly deps: ProjectServiceDeps) {
    this.overviews = new OverviewRepo(deps.db)
    this.devices = new DevicesRepo(deps.db)
  }

  /**
   * The window shows one project at a time: opening one closes the one open before, so only
   * the open project's devices are polled.
   */
  open(scope: CacheScope): ProjectView {
    this.deps.health.stop((watched) => key(watched) === key(scope))
    this.deps.health.watch(scope.connectionId, scope.projectId)
    if (this.deps.sync.isOlderThan(scope.connectionId, scope.projectId, this.deps.maxCacheAgeMs)) this.startSync(scope)
    return this.view(scope)
  }

  view(scope: CacheScope): ProjectView {
    return {
      projectName: this.deps.projects.list(scope.connectionId).find((p) => p.id === scope.projectId)?.name ?? null,
      overview: this.overviews.overview(scope),
      freshness: this.deps.health.freshness(scope.connectionId, scope.projectId),
      syncing: this.deps.sync.isRunning(scope.connectionId, scope.projectId),
    }
  }

  /** Starts a sync unless one runs; the outcome arrives through `onSyncOutcome`. */
  startSync(scope: CacheScope): { readonly started: boolean } {
    if (this.deps.sync.isRunning(scope.connectionId, scope.projectId)) return { started: false }
    const abort = new AbortController()
    this.aborts.set(key(scope), abort)
    this.deps.sync
      .syncProject(scope.connectionId, scope.projectId, { signal: abort.signal })
      .then(
        (summary) => this.deps.onSyncOutcome({ ...scope, kind: 'finished', summary }),
        (error: unknown) =>
          this.deps.onSyncOutcome({
            ...scope,
            kind: 'failed',
            error: toAppError(error),
          }),
      )
      .finally(() => this.aborts.delete(key(scope)))
    return { started: true }
  }

  cancelSync(scope: CacheScope): { readonly cancelled: boolean } {
    const abort = this.aborts.get(key(scope))
    abort?.abort(new AppErrorException(appError('cancelled', { detail: 'sync cancelled by the installer' })))
    return { cancelled: abort !== undefined }
  }

  listDevices(scope: CacheScope, filter: DeviceFilter): Page<CachedDevice> {
    return { items: this.devices.list(scope, filter), total: this.devices.count(scope, filter), offset: filter.offset ?? 0 }
  }

  device(scope: CacheScope, deviceId: string): CachedDeviceDetail {
    const found = this.devices.get(scope, deviceId)
    if (!found) throw new AppErrorException(appError('not_found', { params: { field: 'deviceId' } }))
    return found
  }

  buildings(scope: CacheScope): readonly CachedBuilding[] {
    return this.devices.buildings(scope)
  }

  channels(scope: CacheScope, deviceId?: string): readonly CachedChannel[] {
    return this.devices.channels(scope, deviceId)
  }

  checkHealth(scope: CacheScope): Promise<HealthChange> {
    return this.deps.health.pollNow(scope.connectionId, scope.projectId)
  }

  /** A removed connection's projects close: their health watches stop. */
  closeConnectionsOtherThan(connectionIds: readonly string[]): void {
    const kept = new Set(connectionIds)
    this.deps.health.stop((watched) => kept.has(watched.connectionId))
  }

  close(): void {
    for (const abort of this.aborts.values()) abort.abort()
    this.deps.health.stop()
  }
}
