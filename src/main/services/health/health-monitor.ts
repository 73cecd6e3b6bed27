import type { HealthChange, StatusFreshness } from '@shared/domain/devices'
import { toAppError } from '@shared/errors'
import type { Logger } from '../../log/logger'
import { DeviceStatusRepo } from '../../store/cache/device-status-repo'
import { HealthPollsRepo } from '../../store/cache/health-polls-repo'
import type { CacheScope } from '../../store/cache/scope'
import type { SqlDatabase } from '../../store/driver'
import type { CloudSession } from '../connections/cloud-session'
import { DEFAULT_HEALTH_TIMING, type HealthTiming, freshness, nextPollDelay, recordPoll, worthTelling } from './health-logic'
import { pollStatuses } from './poll'

export interface HealthMonitorDeps {
  readonly db: SqlDatabase
  readonly session: (connectionId: string) => Promise<CloudSession>
  readonly now: () => number
  readonly logger: Logger
  readonly onChange: (change: HealthChange) => void
  readonly timing?: Partial<HealthTiming>
}

interface Watch {
  timer: NodeJS.Timeout | undefined
  readonly abort: AbortController
}

const key = (scope: CacheScope): string => `${scope.connectionId}\u0000${scope.projectId}`

/**
 * Polls the online status of the devices of watched projects: on an interval, backing off while
 * polls fail. Writes last-seen and every transition to the cache and tells `onChange` when the
 * picture changed. The decisions (delays, freshness) live in `health-logic.ts`.
 */
export class HealthMonitor {
  private readonly watches = new Map<string, Watch>()
  private readonly polls: HealthPollsRepo
  private readonly status: DeviceStatusRepo
  private readonly timing: HealthTiming

  constructor(private readonly deps: HealthMonitorDeps) {
    this.polls = new HealthPollsRepo(deps.db)
    this.status = new DeviceStatusRepo(deps.db)
    this.timing = { ...DEFAULT_HEALTH_TIMING, ...deps.timing }
  }

  /** Starts polling a project (now, then on the interval). Watching it again changes nothing. */
  watch(connectionId: string, projectId: string): void {
    const scope = { connectionId, projectId }
    if (this.watches.has(key(scope))) return
    const watch: Watch = { timer: undefined, abort: new AbortController() }
    this.watches.set(key(scope), watch)
    const loop = async (): Promise<void> => {
      const change = await this.pollNow(connectionId, projectId, watch.abort.signal).catch(() => null)
      if (watch.abort.signal.aborted || change === null) return
      const failures = this.polls.get(scope)?.consecutiveFailures ?? 0
      watch.timer = setTimeout(() => void loop(), nextPollDelay(this.timing, failures))
      watch.timer.unref()
    }
    void loop()
  }

  unwatch(connectionId: string, projectId: string): void {
    const k = key({ connectionId, projectId })
    const watch = this.watches.get(k)
    if (!watch) return
    clearTimeout(watch.timer)
    watch.abort.abort()
    this.watches.delete(k)
  }

  /** Stops every watch `keep` says no to (all of them by default). */
  stop(keep: (scope: CacheScope) => boolean = () => false): void {
    for (const k of [...this.watches.keys()]) {
      const [connectionId = '', projectId = ''] = k.split('\u0000')
      if (!keep({ connectionId, projectId })) this.unwatch(connectionId, projectId)
    }
  }

  freshness(connectionId: string, projectId: string): StatusFreshness {
    return freshness(this.polls.get({ connectionId, projectId }), this.deps.now(), this.timing)
  }

  /** One poll now: records the outcome and transitions; a failed poll is recorded, not thrown. */
  async pollNow(connectionId: string, projectId: string, signal: AbortSignal = new AbortController().signal): Promise<HealthChange> {
    const scope = { connectionId, projectId }
    const before = this.polls.get(scope)
    const wasFresh = freshness(before, this.deps.now(), this.timing)
    let transitions: HealthChange['transitions'] = []
    try {
      const observations = await pollStatuses(await this.deps.session(connectionId), projectId, signal)
      const at = this.deps.now()
      transitions = this.status.apply(scope, observations, at, before?.lastSuccessAt ?? null)
      this.polls.put(scope, recordPoll(before, at, { ok: true }))
    } catch (error) {
      const appErr = toAppError(error)
      if (appErr.code === 'cancelled') throw error
      this.deps.logger.warn('status poll failed', { ...scope, code: appErr.code })
      this.polls.put(scope, recordPoll(before, this.deps.now(), { ok: false, error: appErr }))
    }
    const now = freshness(this.polls.get(scope), this.deps.now(), this.timing)
    const counts = this.deps.db.get<{ offline: number; online: number }>(
      'SELECT COALESCE(SUM(online = 0), 0) AS offline, COALESCE(SUM(online = 1), 0) AS online FROM devices WHERE connection_id = ? AND project_id = ?',
      connectionId,
      projectId,
    )
    const change: HealthChange = { ...scope, freshness: now, transitions, offline: counts?.offline ?? 0, online: counts?.online ?? 0 }
    if (worthTelling(wasFresh, now, transitions.length)) this.deps.onChange(change)
    return change
  }
}
