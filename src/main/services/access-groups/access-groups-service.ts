import type {
  AccessGroupDetail,
  AccessGroupDraft,
  AccessGroupsChanged,
  AccessGroupsListing,
  DeleteOutcome,
  ResidentChange,
  SaveOutcome,
  SiteDevice,
  SiteTree,
} from '@shared/domain/access-groups'
import type { Resident, ResidentRef } from '@shared/domain/residents'
import type { GroupMembers, InstallIdentity } from '@shared/domain/group-members'
import type { AkuvoxAccessGroup, AkuvoxAccessGroupInput } from '@shared/domain/akuvox'
import type { OutboxBase, OutboxEntry, OutboxOperation } from '@shared/domain/outbox'
import { assertNever } from '@shared/util/assert-never'
import { AppErrorException, appError } from '@shared/errors'
import { refuseUnconfirmed } from '@shared/duplicates/refusal'
import { type DuplicateRef, groupNameDuplicates } from '@shared/duplicates/rule-book'
import type { AkuvoxClient } from '../../clouds/akuvox'
import type { Logger } from '../../log/logger'
import { AccessGroupWritesRepo } from '../../store/cache/access-group-writes-repo'
import { AccessGroupsRepo, type CachedAccessGroup } from '../../store/cache/access-groups-repo'
import { ItemsRepo } from '../../store/cache/items-repo'
import { OverviewRepo } from '../../store/cache/overview-repo'
import type { CacheScope } from '../../store/cache/scope'
import { SiteTreeRepo } from '../../store/cache/site-tree-repo'
import type { SqlDatabase } from '../../store/driver'
import { GroupMemberChangesRepo, type MemberChangeResident } from '../../store/group-member-changes-repo'
import type { CloudSession } from '../connections/cloud-session'
import type { OutboxService } from '../outbox/outbox-service'
import { cloudFirst } from '../outbox/cloud-first'
import { clientFor } from '../connections/client-for'
import { accessGroupBase } from '../outbox/versions'
import { resolveDoors } from './doors'
import { doorsOfDetail, doorsOfInput, mergeRows } from './listing'
import { outboxIdOfPendingCreate } from './pending'
import { changeResidents } from './residents'

export interface AccessGroupsServiceDeps {
  readonly db: SqlDatabase
  /** The signed-in client of a connection. */
  readonly session: (connectionId: string) => Promise<CloudSession>
  readonly outbox: OutboxService
  /** A full sync of the project into the cache (`SyncService.syncProject`). */
  readonly sync: (connectionId: string, projectId: string) => Promise<unknown>
  /** What the network monitor says now: offline changes go straight to the outbox. */
  readonly isOnline: () => boolean
  readonly now: () => number
  /** This installation: recorded with every resident it adds to or removes from a group. */
  readonly install: InstallIdentity
  readonly logger: Logger
  readonly onChange: (changed: AccessGroupsChanged) => void
}

const ALL = 1_000_000

function forbidden(key: string, detail: string): AppErrorException {
  return new AppErrorException(appError('forbidden', { messageKey: `accessGroups.errors.${key}`, detail }))
}

/**
 * Access groups of an Akuvox project: read from the cache; changed in the cloud when it can be
 * reached (then the cache follows), else kept in the outbox and shown as pending until the
 * installer reviews and replays them. System groups are read-only.
 */
export class AccessGroupsService {
  private readonly groups: AccessGroupsRepo
  private readonly writes: AccessGroupWritesRepo
  private readonly tree: SiteTreeRepo
  private readonly items: ItemsRepo
  private readonly overview: OverviewRepo
  private readonly memberChanges: GroupMemberChangesRepo

  constructor(private readonly deps: AccessGroupsServiceDeps) {
    this.memberChanges = new GroupMemberChangesRepo(deps.db)
    this.groups = new AccessGroupsRepo(deps.db)
    this.writes = new AccessGroupWritesRepo(deps.db)
    this.tree = new SiteTreeRepo(deps.db)
    this.items = new ItemsRepo(deps.db)
    this.overview = new OverviewRepo(deps.db)
  }

  list(scope: CacheScope): AccessGroupsListing {
    const { rows, pending } = mergeRows(this.groups.list(scope), this.deps.outbox.list(scope))
    return { groups: rows, pending, syncedAt: this.overview.lastFullSync(scope, 'accessGroups') }
  }

  async refresh(scope: CacheScope): Promise<AccessGroupsListing> {
    await this.akuvox(scope)
    await this.deps.sync(scope.connectionId, scope.projectId)
    this.changed(scope)
    return this.list(scope)
  }

  siteTree(scope: CacheScope): SiteTree {
    return { buildings: this.tree.buildings(scope) }
  }

  detail(scope: CacheScope, accessGroupId: string): AccessGroupDetail {
    const row = this.list(scope).groups.find((g) => g.id === accessGroupId)
    if (!row) throw new AppErrorException(appError('not_found', { messageKey: 'accessGroups.errors.notFound', params: { field: 'accessGroupId' } }))
    const site = this.siteMap(scope)
    const queued = this.queuedInput(scope, row.pending?.outboxId)
    if (queued) return { row, doors: doorsOfInput(queued.devices, site) }
    const cached = this.cached(scope, accessGroupId)
    return { row, doors: cached?.detail ? doorsOfDetail(cached.detail, site) : null }
  }

  /** By building, residence and name: how the installer walks the site. */
  residents(scope: CacheScope): Resident[] {
    const residents = this.items.list('accounts', scope, { limit: ALL }).map((u) => ({
      accountId: u.accountId,
      residenceId: u.residenceId,
      residenceNo: u.residenceNo,
      familyName: u.familyName,
      buildingId: u.buildingId,
      buildingName: u.buildingName,
      name: u.accountName || `${u.firstName} ${u.lastName}`.trim(),
    }))
    const numeric = { numeric: true }
    return residents.sort(
      (a, b) =>
        a.buildingName.localeCompare(b.buildingName, undefined, numeric) ||
        a.residenceNo.localeCompare(b.residenceNo, undefined, numeric) ||
        a.name.localeCompare(b.name),
    )
  }

  /**
   * The group's user count as the cloud reports it, and the members Fieldkey added itself (the
   * cloud does not list a group's members): a page of them, or only those of `accountIds`.
   */
  members(
    scope: CacheScope,
    accessGroupId: string,
    page: { readonly offset: number; readonly limit: number; readonly accountIds?: readonly string[] | undefined },
  ): GroupMembers {
    const { row } = this.detail(scope, accessGroupId)
    const { waiting, ...known } = this.memberChanges.members(scope, accessGroupId, page)
    return {
      userCount: row.userCount,
      known: {
        ...known,
        items: known.items.map(({ installId, ...m }) => ({ ...m, addedHere: installId === this.deps.install.installId })),
      },
      knownWaiting: waiting,
    }
  }

  async create(scope: CacheScope, draft: AccessGroupDraft, confirmed?: readonly DuplicateRef[], intentKey?: string): Promise<SaveOutcome> {
    this.refuseDuplicateName(scope, draft, null, confirmed)
    const input = this.input(scope, draft)
    const client = await this.akuvox(scope)
    return this.save({ ...scope, intentKey }, { kind: 'akuvox.accessGroup.create', input }, null, async () => {
      const { accessGroupId } = await client.createAccessGroup(input)
      await this.recache(scope, client, accessGroupId, input, 0)
      return accessGroupId
    })
  }

  async update(
    scope: CacheScope,
    accessGroupId: string,
    draft: AccessGroupDraft,
    confirmed?: readonly DuplicateRef[],
    intentKey?: string,
  ): Promise<SaveOutcome> {
    this.refuseDuplicateName(scope, draft, accessGroupId, confirmed)
    const queuedCreate = outboxIdOfPendingCreate(accessGroupId)
    if (queuedCreate !== null) {
      // Editing a group that only exists in the outbox: the queued create is replaced.
      this.deps.outbox.discard(queuedCreate)
      return this.create(scope, draft, confirmed, intentKey)
    }
    const cached = this.editable(scope, accessGroupId)
    const input = { ...this.input(scope, draft), accessGroupId }
    const client = await this.akuvox(scope)
    const base = cached.detail ? accessGroupBase(cached.detail) : null
    return this.save({ ...scope, intentKey }, { kind: 'akuvox.accessGroup.update', input }, base, async () => {
      await client.updateAccessGroup(input)
      await this.recache(scope, client, accessGroupId, input, cached.summary.userCount)
      return accessGroupId
    })
  }

  async remove(scope: CacheScope, accessGroupIds: readonly string[], intentKey?: string): Promise<DeleteOutcome> {
    const queuedCreates = accessGroupIds.map(outboxIdOfPendingCreate).filter((id): id is number => id !== null)
    for (const id of queuedCreates) this.deps.outbox.discard(id)
    const targets = accessGroupIds.filter((id) => outboxIdOfPendingCreate(id) === null)
    const cached = targets.map((id) => this.editable(scope, id))
    if (targets.length === 0) {
      this.changed(scope)
      return { kind: 'deleted', accessGroupIds }
    }
    const client = await this.akuvox(scope)
    const outcome = await cloudFirst(this.deps, {
      ...(intentKey !== undefined ? { intentKey } : {}),
      send: async () => {
        if (targets.length === 1) await client.deleteAccessGroup({ projectId: scope.projectId, accessGroupId: targets[0] as string })
        else await client.batchDeleteAccessGroups({ projectId: scope.projectId, accessGroupIds: targets })
      },
      queue: () =>
        cached.map((g) => ({
          ...scope,
          operation: { kind: 'akuvox.accessGroup.delete' as const, projectId: scope.projectId, accessGroupId: g.summary.accessGroupId },
          base: g.detail ? accessGroupBase(g.detail) : null,
        })),
    })
    if (outcome.kind === 'queued') {
      this.changed(scope)
      return { kind: 'queued', outboxIds: outcome.entries.map((e) => e.id), reason: outcome.reason }
    }
    this.writes.remove(scope, targets)
    this.changed(scope)
    return { kind: 'deleted', accessGroupIds }
  }

  async addResidents(scope: CacheScope, accessGroupId: string, residents: readonly ResidentRef[]): Promise<ResidentChange[]> {
    return this.residentsChange(scope, accessGroupId, residents, 'add')
  }

  async removeResidents(scope: CacheScope, accessGroupId: string, residents: readonly ResidentRef[]): Promise<ResidentChange[]> {
    return this.residentsChange(scope, accessGroupId, residents, 'remove')
  }

  /**
   * Online, one call per resident; those the network failed to reach, or all of them when
   * offline, wait in the outbox as one change and show as queued.
   */
  private async residentsChange(
    scope: CacheScope,
    accessGroupId: string,
    residents: readonly ResidentRef[],
    kind: 'add' | 'remove',
  ): Promise<ResidentChange[]> {
    if (outboxIdOfPendingCreate(accessGroupId) !== null) throw forbidden('pendingGroup', 'the group is still waiting in the outbox')
    const client = await this.akuvox(scope)
    const queue = (waiting: readonly ResidentRef[]): number =>
      this.deps.outbox.enqueue({
        ...scope,
        operation: {
          kind: 'akuvox.accessGroup.residents',
          projectId: scope.projectId,
          accessGroupId,
          accessGroupName: this.cached(scope, accessGroupId)?.summary.accessGroupName ?? accessGroupId,
          change: kind,
          residents: waiting,
        },
        base: null,
      }).id
    const record = (refs: readonly ResidentRef[], queuedOutboxId: number | null): void => {
      if (refs.length === 0) return
      this.memberChanges.record(scope, {
        accessGroupId,
        residents: this.named(scope, refs),
        change: kind === 'add' ? 'added' : 'removed',
        at: this.deps.now(),
        by: this.deps.install,
        queuedOutboxId,
      })
    }
    if (!this.deps.isOnline()) {
      const outboxId = queue(residents)
      record(residents, outboxId)
      this.changed(scope)
      return residents.map((r) => ({ kind: 'queued', accountId: r.accountId, outboxId }))
    }
    const result = await changeResidents(client, { ...scope, accessGroupId }, residents, kind)
    const unreached = result.outcomes.filter((o) => o.kind === 'unreached').map((o) => o.resident)
    const outboxId = unreached.length > 0 ? queue(unreached) : 0
    record(
      result.outcomes.filter((o) => o.kind === 'done').map((o) => o.resident),
      null,
    )
    record(unreached, outboxId)
    if (result.userCount !== null) this.writes.setUserCount(scope, accessGroupId, result.userCount)
    this.changed(scope)
    return result.outcomes.map((o): ResidentChange => {
      switch (o.kind) {
        case 'done':
          return { kind: 'done', accountId: o.resident.accountId }
        case 'failed':
          return { kind: 'failed', accountId: o.resident.accountId, error: o.error }
        case 'unreached':
          return { kind: 'queued', accountId: o.resident.accountId, outboxId }
        default:
          return assertNever(o, 'resident outcome')
      }
    })
  }

  /** Residents as a member change records them: their names from the cache (empty when not cached). */
  private named(scope: CacheScope, refs: readonly ResidentRef[]): MemberChangeResident[] {
    const byId = new Map(this.residents(scope).map((r) => [r.accountId, r]))
    return refs.map((ref) => {
      const r = byId.get(ref.accountId)
      return { accountId: ref.accountId, name: r ? r.name || r.familyName : '', buildingName: r?.buildingName ?? '', residenceNo: r?.residenceNo ?? '' }
    })
  }

  /**
   * A name another group has (cached, or waiting in the outbox) is refused unless the installer
   * confirmed it: the import then never meets a name two groups share that Fieldkey made.
   */
  private refuseDuplicateName(scope: CacheScope, draft: AccessGroupDraft, self: string | null, confirmed: readonly DuplicateRef[] | undefined): void {
    refuseUnconfirmed(groupNameDuplicates(draft.name, this.list(scope).groups, self), confirmed)
  }

  private input(scope: CacheScope, draft: AccessGroupDraft): AkuvoxAccessGroupInput {
    return {
      projectId: scope.projectId,
      accessGroupName: draft.name.trim(),
      devices: resolveDoors(draft.doors, this.siteMap(scope)),
      repeatMode: draft.schedule.repeatMode,
      availableDays: draft.schedule.repeatMode === 'weekly' ? draft.schedule.availableDays : [],
      startTime: draft.schedule.startTime,
      finishTime: draft.schedule.finishTime,
    }
  }

  private siteMap(scope: CacheScope): Map<string, SiteDevice> {
    return new Map(this.tree.buildings(scope).flatMap((b) => b.devices.map((d) => [d.deviceId, d] as const)))
  }

  private cached(scope: CacheScope, accessGroupId: string): CachedAccessGroup | undefined {
    return this.groups.list(scope).find((g) => g.summary.accessGroupId === accessGroupId)
  }

  private editable(scope: CacheScope, accessGroupId: string): CachedAccessGroup {
    const cached = this.cached(scope, accessGroupId)
    if (!cached) throw new AppErrorException(appError('not_found', { messageKey: 'accessGroups.errors.notFound', params: { field: 'accessGroupId' } }))
    if (cached.summary.accessGroupType !== 'customized') throw forbidden('systemReadOnly', `${accessGroupId} is a ${cached.summary.accessGroupType} group`)
    return cached
  }

  private queuedInput(scope: CacheScope, outboxId: number | undefined): AkuvoxAccessGroupInput | null {
    if (outboxId === undefined) return null
    const op = this.deps.outbox.list(scope).find((e) => e.id === outboxId)?.operation
    return op && (op.kind === 'akuvox.accessGroup.create' || op.kind === 'akuvox.accessGroup.update') ? op.input : null
  }

  private async akuvox(scope: CacheScope): Promise<AkuvoxClient> {
    return clientFor(await this.deps.session(scope.connectionId), 'akuvox')
  }

  /** The cache follows a saved change: the group's info as the cloud has it now, or as sent. */
  private async recache(scope: CacheScope, client: AkuvoxClient, accessGroupId: string, input: AkuvoxAccessGroupInput, userCount: number): Promise<void> {
    let info: AkuvoxAccessGroup
    try {
      info = await client.getAccessGroupInfo({ projectId: scope.projectId, accessGroupId })
    } catch (error) {
      this.deps.logger.warn('re-reading a saved access group failed; the cache keeps what was sent', {
        accessGroupId,
        error: error instanceof Error ? error.message : String(error),
      })
      const site = this.siteMap(scope)
      info = {
        accessGroupId,
        accessGroupName: input.accessGroupName,
        accessGroupType: 'customized',
        createdTime: this.cached(scope, accessGroupId)?.summary.createdTime ?? '',
        repeatMode: input.repeatMode,
        availableDays: input.availableDays ?? [],
        startTime: input.startTime,
        finishTime: input.finishTime,
        devices: doorsOfInput(input.devices, site).map((d) => ({
          deviceId: d.deviceId,
          deviceName: d.name,
          mac: d.mac,
          buildingId: d.buildingId,
          buildingName: d.buildingName,
          online: d.online,
          deviceType: d.deviceType,
          relays: d.relays.map((r) => ({ relayId: r.relayId, relayName: r.name, relayNumber: r.number })),
          securityRelays: d.securityRelays.map((r) => ({ relayId: r.relayId, relayName: r.name, relayNumber: r.number })),
        })),
      }
    }
    const { devices: _devices, ...summary } = info
    this.writes.put(scope, { ...summary, userCount }, info, this.deps.now())
  }

  /** Cloud first, the cache after; the outbox when the cloud cannot be reached. `keyed.intentKey`: the form's intent (cloud-first.ts). */
  private async save(
    keyed: CacheScope & { readonly intentKey: string | undefined },
    operation: OutboxOperation,
    base: OutboxBase | null,
    send: () => Promise<string>,
  ): Promise<SaveOutcome> {
    const { intentKey, ...scope } = keyed
    const outcome = await cloudFirst(this.deps, { send, queue: () => ({ ...scope, operation, base }), ...(intentKey !== undefined ? { intentKey } : {}) })
    this.changed(scope)
    if (outcome.kind === 'sent') return { kind: 'saved', accessGroupId: outcome.value }
    const [entry] = outcome.entries as [OutboxEntry]
    this.deps.logger.info('access-group change queued', { ...scope, outboxId: entry.id, kind: operation.kind, reason: outcome.reason?.code ?? 'offline' })
    return { kind: 'queued', outboxId: entry.id, reason: outcome.reason }
  }

  private changed(scope: CacheScope): void {
    this.deps.onChange({ connectionId: scope.connectionId, projectId: scope.projectId })
  }
}
