import type { TuyaIssueInfo, TuyaSendResult } from '@shared/domain/tuya'
import type { SendCheck, TuyaPermissionSend } from '@shared/domain/outbox'
import { type AppError, AppErrorException, appError, toAppError } from '@shared/errors'
import { buildChannelGrid } from '@shared/sends/grid'
import { buildPreview } from '@shared/sends/preview'
import { type PendingStatuses, pendingCounts } from '@shared/sends/pending'
import { sendPolicyOfCode } from '@shared/sends/policy'
import { retryPlan } from '@shared/sends/retry'
import { isFailedRecord, isFinalRecord, isSettled, matchesTask } from '@shared/sends/task-state'
import type {
  ChannelsListing,
  PermissionView,
  PermissionsFilter,
  PermissionsPage,
  ReportData,
  RetryPlan,
  SendDraft,
  SendGrid,
  SendChecked,
  SendPreview,
  SendStart,
  StartedSend,
  TaskView,
  TasksFilter,
  TasksPage,
  TrackedTask,
} from '@shared/sends/types'
import { matchesPermission } from '@shared/sends/validity'
import { type TuyaClient, TuyaOutcomeUnknown } from '../../clouds/tuya'
import type { Logger } from '../../log/logger'
import { OverviewRepo } from '../../store/cache/overview-repo'
import type { CacheScope } from '../../store/cache/scope'
import { SendFactsRepo } from '../../store/cache/send-facts-repo'
import { SendsRepo } from '../../store/cache/sends-repo'
import type { SqlDatabase } from '../../store/driver'
import { lastSends } from './last-sends'
import { reportData } from './report-data'
import { networkFailure } from '../outbox/cloud-first'
import type { OutboxService } from '../outbox/outbox-service'
import { trackedTask } from './tracked'
import { SendTracker, type TrackerDeps } from './tracker'
import { type SessionOf, sendDraft, tuyaClient } from './tuya-client'
import { UnconfirmedSends, type UnconfirmedSendsDeps } from './unconfirmed-sends'

export interface SendsServiceDeps {
  readonly db: SqlDatabase
  readonly session: SessionOf
  /** Sends made without the cloud wait here; the report lists what waits. */
  readonly outbox: OutboxService
  /** What the network monitor says now: offline, a send goes straight to the outbox. */
  readonly isOnline: () => boolean
  readonly emit: TrackerDeps['emit']
  /** A send whose answer was lost was settled from the task list. */
  readonly checked: (checked: SendChecked) => void
  readonly now: () => number
  readonly logger: Logger
  readonly sleep?: TrackerDeps['sleep']
  readonly backoff?: TrackerDeps['backoff']
  /** The waits between reads of the task list for sends whose answer was lost. */
  readonly checkSleep?: UnconfirmedSendsDeps['sleep']
}

/** Issue info is fetched for at most this many records per grid (the rest follow their record). */
const GRID_INFO_LIMIT = 300
const TASKS_PAGE_SIZE = 100
const NOTHING_PENDING: PendingStatuses = { total: 0, pending: { card: 0, face: 0, fingerprint: 0 } }

/**
 * Permission sends of a Tuya project: channels and permissions from the cache, the preview, one
 * send call per the API (never repeated blindly, see clouds/tuya/sends.ts), tracking into the
 * cache with progress events, the person × credential grid, retrying failures, and the report.
 */
export class SendsService {
  private readonly repo: SendsRepo
  /** Each task's credential policy (ours, or read from the task detail) and each record's issue info, kept across restarts. */
  private readonly facts: SendFactsRepo
  private readonly tracker: SendTracker
  private readonly unconfirmed: UnconfirmedSends

  constructor(private readonly deps: SendsServiceDeps) {
    this.repo = new SendsRepo(deps.db)
    this.facts = new SendFactsRepo(deps.db)
    this.tracker = new SendTracker({
      client: (scope) => tuyaClient(deps.session, scope),
      repo: this.repo,
      channels: (scope) => this.repo.channels(scope),
      emit: deps.emit,
      logger: deps.logger,
      sleep: deps.sleep,
      backoff: deps.backoff,
    })
    this.unconfirmed = new UnconfirmedSends({
      outbox: deps.outbox,
      session: deps.session,
      knownTask: (scope, taskId) => this.facts.policy(scope, taskId) !== null,
      landed: (scope, send, result) => this.landed(scope, send, result),
      checked: deps.checked,
      logger: deps.logger,
      sleep: deps.checkSleep,
    })
  }

  channels(scope: CacheScope): ChannelsListing {
    const channels = this.repo.channels(scope)
    const pending = this.repo.pendingByChannel(scope)
    const last = lastSends(this.repo, scope, channels)
    return {
      channels: channels.map((c) => ({
        ...c,
        permissions: pendingCounts(pending.get(c.channelId) ?? NOTHING_PENDING),
        lastSend: last.get(c.channelId) ?? null,
      })),
      syncedAt: new OverviewRepo(this.deps.db).lastFullSync(scope, 'channels'),
    }
  }

  permissions(scope: CacheScope, filter: PermissionsFilter, offset: number, limit: number): PermissionsPage {
    const now = this.deps.now()
    const all = this.repo.auths(scope, { channelId: filter.channelId, personId: filter.personId }).filter((a) => matchesPermission(a, filter, now))
    return { items: all.slice(offset, offset + limit), total: all.length }
  }

  async permission(scope: CacheScope, accessAuthId: string): Promise<PermissionView> {
    const auth = this.repo.auth(scope, accessAuthId)
    if (!auth) throw new AppErrorException(appError('not_found', { detail: `permission ${accessAuthId}` }))
    try {
      const client = await tuyaClient(this.deps.session, scope)
      return { auth, detail: await client.getAccessAuth(accessAuthId), detailError: null }
    } catch (error) {
      if (error instanceof AppErrorException) return { auth, detail: null, detailError: error.error }
      throw error
    }
  }

  preview(scope: CacheScope, draft: SendDraft): SendPreview {
    const chosen = new Set(draft.channelIds)
    const channels = this.repo.channels(scope).filter((c) => chosen.has(c.channelId))
    if (channels.length !== chosen.size) throw new AppErrorException(appError('not_found', { detail: 'a chosen channel is not in the cache' }))
    const last = lastSends(this.repo, scope, channels)
    const auths = this.repo.authsByChannel(
      scope,
      channels.map((c) => c.channelId),
    )
    const running = (id: string): string | null => {
      const task = last.get(id)?.task
      return task && !isSettled(task) ? task.authTaskId : null
    }
    return buildPreview(
      draft,
      channels.map((c) => ({ channelId: c.channelId, name: c.name, deviceName: c.deviceName, online: c.online, runningTaskId: running(c.channelId) })),
      (channelId) => auths.get(channelId) ?? [],
    )
  }

  /**
   * Sends now when the cloud can be reached. Offline, or when the call fails before it was sent
   * (no token for lack of network), the send waits in the outbox for review. When it went out but
   * its answer was lost and the task list could not be read, it waits as unconfirmed: the task
   * list is read again when the cloud answers, never a blind second send.
   */
  async start(scope: CacheScope, draft: SendDraft): Promise<SendStart> {
    if (!this.deps.isOnline()) return this.queue(scope, draft, { state: 'none' })
    let sentAt: number | null = null
    try {
      const client = await tuyaClient(this.deps.session, scope)
      sentAt = client.serverNow()
      const started = await this.send(scope, client, draft)
      if (started.taskIds.length > 0) this.tracker.track(scope, started.taskIds)
      this.logged(scope, draft, null)
      return { outcome: 'sent', ...started }
    } catch (error) {
      if (error instanceof TuyaOutcomeUnknown && sentAt !== null) {
        const queued = this.queue(scope, draft, { state: 'unconfirmed', sentAt })
        void this.unconfirmed.wake()
        return queued
      }
      if (networkFailure(error)) return this.queue(scope, draft, { state: 'none' })
      this.logged(scope, draft, toAppError(error))
      throw error
    }
  }

  /** A send that landed (error null) or was refused, in the activity log. */
  private logged(scope: CacheScope, draft: SendDraft, error: AppError | null): void {
    try {
      this.deps.outbox.activity.record({ ...scope, operation: this.operationOf(scope, draft, { state: 'none' }), result: error ? 'failed' : 'done', error })
    } catch (failure) {
      this.deps.logger.warn('send not recorded in the activity log', { error: String(failure) })
    }
  }

  /** Reads the task list for every send whose answer was lost, and again with a growing wait until none is left (the network is back). */
  checkUnconfirmed(): Promise<void> {
    return this.unconfirmed.wake()
  }

  /** One read of the task list for every send whose answer was lost (before a replay); resolves with how many stay unconfirmed. */
  checkUnconfirmedOnce(): Promise<number> {
    return this.unconfirmed.checkAll()
  }

  /** A queued send landed, or its tasks were found: the policy is remembered and the tasks followed. */
  landed(scope: CacheScope, send: TuyaPermissionSend, result: TuyaSendResult): void {
    this.facts.savePolicies(scope, result.taskIds, send.certificates)
    if (result.taskIds.length > 0) this.tracker.track(scope, result.taskIds)
  }

  private operationOf(scope: CacheScope, draft: SendDraft, check: SendCheck): TuyaPermissionSend {
    const preview = this.preview(scope, draft)
    return {
      kind: 'tuya.permissions.send',
      sendKind: draft.kind,
      certificates: draft.certificates,
      channels: preview.channels.map((c) => ({ channelId: c.channelId, name: c.name, deviceName: c.deviceName })),
      credentials: preview.personCount,
      check,
    }
  }

  private queue(scope: CacheScope, draft: SendDraft, check: SendCheck): SendStart {
    const send = this.operationOf(scope, draft, check)
    const entry = this.deps.outbox.enqueue({ ...scope, operation: send, base: null })
    this.deps.logger.info('send queued', { id: entry.id, channels: draft.channelIds.length, check: check.state })
    return { outcome: 'queued', entryId: entry.id, unconfirmed: check.state === 'unconfirmed' }
  }

  /** One send call; the policy of its tasks is remembered (retrying them resends with it). */
  private async send(scope: CacheScope, client: TuyaClient, draft: SendDraft): Promise<StartedSend> {
    const startedAt = client.serverNow()
    const result = await sendDraft(client, draft)
    this.deps.logger.info('permissions sent', {
      kind: result.kind,
      channels: draft.channelIds.length,
      tasks: result.taskIds.length,
      recovered: result.recovered,
    })
    this.facts.savePolicies(scope, result.taskIds, draft.certificates)
    return { kind: result.kind, taskIds: result.taskIds, recovered: result.recovered, startedAt }
  }

  /** Starts following tasks; `done` settles when tracking ends (tests wait on it). */
  track(scope: CacheScope, taskIds: readonly string[]): { readonly tracking: boolean; readonly done: Promise<void> } {
    const { started, done } = this.tracker.track(scope, taskIds)
    return { tracking: started, done }
  }

  tasks(scope: CacheScope, filter: TasksFilter, offset: number, limit: number): TasksPage {
    const channels = this.repo.channels(scope)
    const all = this.repo.tasks(scope).filter((t) => matchesTask(t, filter))
    const items = all.slice(offset, offset + limit).map((t) => trackedTask(t, this.repo.records(scope, t.authTaskId), channels))
    return { items, total: all.length }
  }

  /** The newest page of the task list, with the records of its tasks, into the cache. */
  async refreshTasks(scope: CacheScope): Promise<{ readonly read: number }> {
    const client = await tuyaClient(this.deps.session, scope)
    const page = await client.listAuthTasks({ page: 1, pageSize: TASKS_PAGE_SIZE })
    this.repo.putTasks(scope, page.items)
    for (const task of page.items) {
      const known = this.repo.records(scope, task.authTaskId)
      if (isSettled(task) && known.length === task.authNum && known.every(isFinalRecord)) continue
      const records = (await client.listAuthTaskRecords(task.authTaskId, { pageSize: 200 })).records.items
      this.repo.putRecords(scope, task.authTaskId, records)
    }
    return { read: page.items.length }
  }

  async task(scope: CacheScope, taskId: string): Promise<TaskView> {
    const tracked = this.tracked(scope, taskId)
    const detail = await tuyaClient(this.deps.session, scope)
      .then((c) => c.getAuthTask(taskId))
      .catch(() => null)
    return { tracked, detail, records: this.repo.records(scope, taskId) }
  }

  /** A settled record's from the cache; else read fresh from the cloud (and kept), or without the cloud the one read last. */
  async issueInfo(scope: CacheScope, recordId: string): Promise<TuyaIssueInfo> {
    const settled = this.facts.settledIssueInfo(scope, recordId)
    if (settled) return settled
    try {
      const info = await (await tuyaClient(this.deps.session, scope)).getIssueInfo(recordId)
      this.facts.saveIssueInfo(scope, info)
      return info
    } catch (error) {
      const known = this.facts.issueInfo(scope, recordId)
      if (known) return known
      throw error
    }
  }

  async grid(scope: CacheScope, taskIds: readonly string[]): Promise<SendGrid> {
    const tasks = taskIds.map((id) => ({ tracked: this.tracked(scope, id), records: this.repo.records(scope, id) }))
    // A settled record's issue info no longer changes: read once, then from the cache.
    const settled = tasks.flatMap((t) => t.records.filter(isFinalRecord).map((r) => r.authTaskRecordId))
    const known = this.facts.issueInfos(scope, settled)
    const wanted = settled.filter((id) => !known.has(id))
    const reachable = await this.fetchInfos(scope, wanted.slice(0, GRID_INFO_LIMIT), known)
    const online = new Map(this.repo.channels(scope).map((c) => [c.channelId, c.online]))
    const channels = tasks.map(({ tracked, records }) =>
      buildChannelGrid(
        {
          taskId: tracked.task.authTaskId,
          channelId: tracked.channelId,
          channelName: tracked.task.accessControlChannelName,
          deviceName: tracked.task.businessDeviceName,
          records,
          policy: this.facts.policy(scope, tracked.task.authTaskId),
          deviceOnline: tracked.channelId === null ? null : (online.get(tracked.channelId) ?? null),
        },
        known,
      ),
    )
    return { channels, partial: !reachable || wanted.length > GRID_INFO_LIMIT }
  }

  /**
   * Which channels of these tasks have failures, grouped by the credential policy each task was
   * sent with. A policy this session did not send itself is read from the task's detail (the
   * cloud echoes the send's code); a retry needs the cloud anyway.
   */
  async retryPlan(scope: CacheScope, taskIds: readonly string[]): Promise<RetryPlan> {
    const tasks = taskIds.map((id) => ({ tracked: this.tracked(scope, id), records: this.repo.records(scope, id) }))
    const failing = tasks.filter((t) => t.tracked.channelId !== null && t.records.some(isFailedRecord)).map((t) => t.tracked.task.authTaskId)
    const unknown = failing.filter((id) => this.facts.policy(scope, id) === null)
    if (unknown.length > 0) {
      const client = await tuyaClient(this.deps.session, scope)
      for (const id of unknown) {
        const policy = sendPolicyOfCode((await client.getAuthTask(id)).certificates.code)
        if (policy) this.facts.savePolicies(scope, [id], policy)
      }
    }
    return retryPlan(
      tasks.map(({ tracked, records }) => ({
        channelId: tracked.channelId,
        channelName: tracked.task.accessControlChannelName,
        records,
        certificates: this.facts.policy(scope, tracked.task.authTaskId),
      })),
    )
  }

  /**
   * Incremental sends to exactly the channels with failed records (what failed is still "to be
   * sent"), each with its original task's credential policy; the new tasks are followed as one batch.
   */
  async retryFailures(scope: CacheScope, taskIds: readonly string[]): Promise<StartedSend> {
    const plan = await this.retryPlan(scope, taskIds)
    if (plan.batches.length === 0)
      throw new AppErrorException(appError('invalid_input', { messageKey: 'sends.errors.nothingToRetry', detail: 'no failed records' }))
    const client = await tuyaClient(this.deps.session, scope)
    const sent: StartedSend[] = []
    for (const batch of plan.batches)
      sent.push(await this.send(scope, client, { channelIds: batch.channelIds, kind: 'increment', certificates: batch.certificates }))
    const ids = sent.flatMap((s) => s.taskIds)
    if (ids.length > 0) this.tracker.track(scope, ids)
    return { kind: 'increment', taskIds: ids, recovered: sent.some((s) => s.recovered), startedAt: sent[0]?.startedAt ?? client.serverNow() }
  }

  report(scope: CacheScope, preparedBy: string): ReportData {
    return reportData(this.deps.db, scope, this.deps.outbox.list(scope), preparedBy, this.deps.now())
  }

  close(): void {
    this.unconfirmed.close()
    this.tracker.close()
  }

  private tracked(scope: CacheScope, taskId: string): TrackedTask {
    const task = this.repo.tasks(scope).find((t) => t.authTaskId === taskId)
    if (!task) throw new AppErrorException(appError('not_found', { detail: `task ${taskId}` }))
    return trackedTask(task, this.repo.records(scope, taskId), this.repo.channels(scope))
  }

  /** Reads issue info (4 at a time) into the session memo; false when the cloud could not be reached. */
  /** Reads these records' issue info into `into` and the cache; false when the cloud could not be reached. */
  private async fetchInfos(scope: CacheScope, recordIds: readonly string[], into: Map<string, TuyaIssueInfo>): Promise<boolean> {
    if (recordIds.length === 0) return true
    try {
      const client = await tuyaClient(this.deps.session, scope)
      const queue = [...recordIds]
      const worker = async (): Promise<void> => {
        for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
          const info = await client.getIssueInfo(id)
          this.facts.saveIssueInfo(scope, info)
          into.set(id, info)
        }
      }
      await Promise.all([worker(), worker(), worker(), worker()])
      return true
    } catch (error) {
      this.deps.logger.warn('issue info not read', { error: error instanceof AppErrorException ? error.error.code : 'internal' })
      return false
    }
  }
}
