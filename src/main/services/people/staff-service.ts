import type { AkuvoxStaffAccess, AkuvoxStaffAccessInput, AkuvoxStaffAccessSummary, AkuvoxStaffAccessUpdate } from '@shared/domain/akuvox'
import type { OutboxBase, OutboxEntry, OutboxOperation } from '@shared/domain/outbox'
import { refuseUnconfirmed } from '@shared/duplicates/refusal'
import { staffMatch, staffSearchTerms } from '@shared/search/staff-search'
import type { DuplicateRef } from '@shared/duplicates/rule-book'
import type {
  StaffContextHead,
  StaffCredentialsPage,
  StaffDeleteOutcome,
  StaffDraft,
  StaffEdit,
  StaffListing,
  StaffPage,
  StaffSaveOutcome,
  UrlImportStarted,
  UrlImportStatus,
} from '@shared/people/staff'
import type { AkuvoxClient } from '../../clouds/akuvox'
import type { Logger } from '../../log/logger'
import { ImportTasksRepo } from '../../store/cache/import-tasks-repo'
import { ItemWritesRepo } from '../../store/cache/item-writes-repo'
import { ItemsRepo } from '../../store/cache/items-repo'
import { OverviewRepo } from '../../store/cache/overview-repo'
import { PeopleQueryRepo } from '../../store/cache/people-query-repo'
import type { CacheScope } from '../../store/cache/scope'
import type { SqlDatabase } from '../../store/driver'
import { cloudFirst, networkFailure } from '../outbox/cloud-first'
import type { OutboxService } from '../outbox/outbox-service'
import { combinedBase, staffBase } from '../outbox/versions'
import { type SessionOf, akuvoxClient, notFound } from './cloud'
import { credentialHolders } from './credential-holders'
import { pendingStaff } from './pending'
import { withStaffFields } from './staff-refusal'
import { createInput, detailOfSummary, summaryOf, summaryOfDetail, updateInput } from './staff-input'

export interface StaffServiceDeps {
  readonly db: SqlDatabase
  readonly session: SessionOf
  readonly outbox: OutboxService
  readonly sync: (connectionId: string, projectId: string) => Promise<unknown>
  readonly isOnline: () => boolean
  readonly now: () => number
  readonly logger: Logger
  readonly onChange: (scope: CacheScope) => void
}

/** `YYYY-MM-DD HH:mm:ss` in UTC, as the cloud writes `created_time`. */
export const cloudTime = (ms: number): string => new Date(ms).toISOString().slice(0, 19).replace('T', ' ')

/**
 * Akuvox staff access: read from the cache; changed in the cloud when it can be reached (then
 * the cache follows), else kept in the outbox until the installer reviews and replays it.
 */
export class StaffService {
  private readonly items: ItemsRepo
  private readonly writes: ItemWritesRepo
  private readonly query: PeopleQueryRepo
  private readonly overview: OverviewRepo
  private readonly imports: ImportTasksRepo

  constructor(private readonly deps: StaffServiceDeps) {
    this.items = new ItemsRepo(deps.db)
    this.writes = new ItemWritesRepo(deps.db)
    this.query = new PeopleQueryRepo(deps.db)
    this.overview = new OverviewRepo(deps.db)
    this.imports = new ImportTasksRepo(deps.db)
  }

  listing(scope: CacheScope): StaffListing {
    const names = (id: string) => this.query.staffSummary(scope, id)?.staffAccessName ?? id
    return {
      pending: pendingStaff(this.deps.outbox.list(scope), names),
      syncedAt: this.overview.lastFullSync(scope, 'staffAccesses'),
      total: this.items.count('staffAccesses', scope),
    }
  }

  page(scope: CacheScope, search: string | undefined, offset: number, limit: number): StaffPage {
    const terms = staffSearchTerms(search ?? '')
    const { total, items } = this.query.staffPage(scope, terms, { offset, limit })
    return {
      total,
      offset,
      items: items.map((s) => {
        const matched = terms && staffMatch(s, terms)
        return matched ? { ...s, matched } : s
      }),
    }
  }

  context(scope: CacheScope): StaffContextHead {
    return { accessGroups: this.query.accessGroups(scope), buildings: this.query.buildings(scope), staffTotal: this.query.staffCount(scope) }
  }

  credentials(scope: CacheScope, offset: number, limit: number): StaffCredentialsPage {
    return { total: this.query.staffCount(scope), offset, items: this.query.staffCredentials(scope, { offset, limit }) }
  }

  async detail(scope: CacheScope, staffAccessId: string): Promise<AkuvoxStaffAccess> {
    const cached = this.query.staffSummary(scope, staffAccessId)
    const offline = () => {
      if (!cached) throw notFound('staffAccessId')
      return detailOfSummary(cached, this.query.accessGroups(scope), this.query.buildings(scope))
    }
    if (!this.deps.isOnline()) return offline()
    const client = await akuvoxClient(this.deps.session, scope)
    try {
      const detail = await client.getStaffAccessInfo({ projectId: scope.projectId, staffAccessId })
      this.writes.putStaff(scope, [summaryOfDetail(detail)])
      return detail
    } catch (error) {
      if (networkFailure(error)) return offline()
      throw error
    }
  }

  async create(scope: CacheScope, draft: StaffDraft, confirmed?: readonly DuplicateRef[], intentKey?: string): Promise<StaffSaveOutcome> {
    this.refuseDuplicates(scope, draft, null, confirmed)
    const input = createInput(scope.projectId, draft)
    const client = await akuvoxClient(this.deps.session, scope)
    return this.save(
      scope,
      { input: 'draft', ...(intentKey !== undefined ? { intentKey } : {}) },
      (tried) => ({ kind: 'akuvox.staff.create', input, ...(tried ? { unconfirmed: true as const } : {}) }),
      null,
      async () => {
        const { staffAccessId } = await client.createStaffAccess(input)
        await this.recache(scope, client, staffAccessId, input)
        return staffAccessId
      },
    )
  }

  async update(scope: CacheScope, staffAccessId: string, edit: StaffEdit, confirmed?: readonly DuplicateRef[], intentKey?: string): Promise<StaffSaveOutcome> {
    const cached = this.query.staffSummary(scope, staffAccessId)
    if (!cached) throw notFound('staffAccessId')
    this.refuseDuplicates(scope, edit, staffAccessId, confirmed)
    const input = updateInput(scope.projectId, staffAccessId, edit)
    const base = this.updateBase(scope, cached, input)
    const client = await akuvoxClient(this.deps.session, scope)
    return this.save(
      scope,
      { input: 'edit', ...(intentKey !== undefined ? { intentKey } : {}) },
      () => ({ kind: 'akuvox.staff.update', input }),
      base,
      async () => {
        await client.updateStaffAccess(input)
        await this.recache(scope, client, staffAccessId, { ...input, facePictureUrls: [] })
        return staffAccessId
      },
    )
  }

  /** The staff access as the cache has it, with the ids a merge needs and the names of what the change refers to. */
  private updateBase(scope: CacheScope, cached: AkuvoxStaffAccessSummary, input: AkuvoxStaffAccessUpdate): OutboxBase {
    const groups = this.query.accessGroups(scope)
    const buildings = this.query.buildings(scope)
    const referred = new Set([...input.accessGroupIds, ...(input.floorAccesses ?? []).map((f) => f.buildingId)])
    const names = Object.fromEntries([...groups, ...buildings].filter((r) => referred.has(r.id)).map((r) => [r.id, r.name]))
    return staffBase(detailOfSummary(cached, groups, buildings), names)
  }

  async remove(scope: CacheScope, staffAccessIds: readonly string[], intentKey?: string): Promise<StaffDeleteOutcome> {
    const cached = staffAccessIds.map((id) => {
      const summary = this.query.staffSummary(scope, id)
      if (!summary) throw notFound('staffAccessId')
      return summary
    })
    const client = await akuvoxClient(this.deps.session, scope)
    const outcome = await cloudFirst(this.deps, {
      ...(intentKey !== undefined ? { intentKey } : {}),
      send: async () => {
        const [only, ...rest] = staffAccessIds
        if (only !== undefined && rest.length === 0) await client.deleteStaffAccess({ projectId: scope.projectId, staffAccessId: only })
        else await client.batchDeleteStaffAccesses({ projectId: scope.projectId, staffAccessIds })
      },
      queue: () => ({
        ...scope,
        operation: { kind: 'akuvox.staff.delete', projectId: scope.projectId, staffAccessIds },
        base: combinedBase(cached.map((s) => staffBase(s))),
      }),
    })
    if (outcome.kind === 'queued') {
      this.deps.onChange(scope)
      return { kind: 'queued', outboxIds: outcome.entries.map((e) => e.id), reason: outcome.reason }
    }
    this.writes.removeStaff(scope, staffAccessIds)
    this.deps.onChange(scope)
    return { kind: 'deleted', staffAccessIds }
  }

  async refresh(scope: CacheScope): Promise<StaffListing> {
    await akuvoxClient(this.deps.session, scope)
    await this.deps.sync(scope.connectionId, scope.projectId)
    this.deps.onChange(scope)
    return this.listing(scope)
  }

  async startUrlImport(scope: CacheScope, fileName: string, fileUrl: string): Promise<UrlImportStarted> {
    const client = await akuvoxClient(this.deps.session, scope)
    const { taskId } = await client.importStaffAccess({ projectId: scope.projectId, fileName, fileUrl })
    // The cloud cannot list imports: remember the task so sync and this view can follow it.
    this.imports.remember(scope, taskId, 'staff_access_info', this.deps.now())
    this.deps.logger.info('staff import started', { ...scope, taskId })
    return { taskId }
  }

  async urlImportStatus(scope: CacheScope, taskId: string): Promise<UrlImportStatus> {
    const client = await akuvoxClient(this.deps.session, scope)
    const result = await client.getImportResult({ projectId: scope.projectId, importType: 'staff_access_info', taskId })
    const moved = this.imports.update(scope, result, this.deps.now())
    const finished = result.importStatus === 'success' || result.importStatus === 'partial_failure' || result.importStatus === 'failure'
    if (moved && finished && result.importStatus !== 'failure') await this.refresh(scope)
    return result
  }

  /** The names the cache shows for groups and buildings (for a summary built from an input). */
  names(scope: CacheScope): { readonly groups: ReadonlyMap<string, string>; readonly buildings: ReadonlyMap<string, string> } {
    return {
      groups: new Map(this.query.accessGroups(scope).map((g) => [g.id, g.name])),
      buildings: new Map(this.query.buildings(scope).map((b) => [b.id, b.name])),
    }
  }

  /** A PIN or card someone else holds (in the cache or the outbox) is refused unless the installer confirmed it. */
  private refuseDuplicates(scope: CacheScope, draft: StaffDraft, self: string | null, confirmed: readonly DuplicateRef[] | undefined): void {
    const holders = credentialHolders(this.query.staffCredentials(scope), this.deps.outbox.list(scope))
    refuseUnconfirmed(holders.duplicates(draft, self), confirmed)
  }

  private async recache(scope: CacheScope, client: AkuvoxClient, staffAccessId: string, input: AkuvoxStaffAccessInput): Promise<void> {
    try {
      const detail = await client.getStaffAccessInfo({ projectId: scope.projectId, staffAccessId })
      this.writes.putStaff(scope, [summaryOfDetail(detail)])
    } catch (error) {
      this.deps.logger.warn('re-reading a saved staff access failed; the cache keeps what was sent', {
        staffAccessId,
        error: error instanceof Error ? error.message : String(error),
      })
      this.writes.putStaff(scope, [summaryOf(staffAccessId, input, this.names(scope), cloudTime(this.deps.now()))])
    }
  }

  /**
   * Cloud first, the cache after (inside `send`); the outbox when the cloud cannot be reached.
   * `operationOf(tried)`: a create whose send was tried is queued as unconfirmed. A refusal that
   * names a field of the form is put on that field (`form.input`: where the form's values are in
   * the channel's input).
   */
  private async save(
    scope: CacheScope,
    form: { readonly input: 'draft' | 'edit'; readonly intentKey?: string },
    operationOf: (tried: boolean) => OutboxOperation,
    base: OutboxBase | null,
    send: () => Promise<string>,
  ): Promise<StaffSaveOutcome> {
    // The refusal is placed on its field inside the send, so the activity log keeps the reason the form shows.
    const outcome = await cloudFirst(this.deps, {
      send: () => withStaffFields(form.input, send),
      queue: (reason) => ({ ...scope, operation: operationOf(reason !== null), base }),
      ...(form.intentKey !== undefined ? { intentKey: form.intentKey } : {}),
    })
    this.deps.onChange(scope)
    if (outcome.kind === 'sent') return { kind: 'saved', staffAccessId: outcome.value }
    const [entry] = outcome.entries as [OutboxEntry]
    this.deps.logger.info('staff change queued', { ...scope, outboxId: entry.id, kind: entry.operation.kind, reason: outcome.reason?.code ?? 'offline' })
    return { kind: 'queued', outboxId: entry.id, reason: outcome.reason }
  }
}
