import type { OutboxBase, OutboxEntry, OutboxOperation } from '@shared/domain/outbox'
import type { TuyaPerson } from '@shared/domain/tuya'
import { toAppError } from '@shared/errors'
import { withDescendants } from '@shared/people/organisations'
import type { OrganisationNode, PersonDraft, PersonWriteOutcome, PersonsFilter, PersonsListing, PersonsPage } from '@shared/people/persons'
import type { TuyaClient } from '../../clouds/tuya'
import type { Logger } from '../../log/logger'
import { ItemWritesRepo } from '../../store/cache/item-writes-repo'
import { ItemsRepo } from '../../store/cache/items-repo'
import { OverviewRepo } from '../../store/cache/overview-repo'
import { PeopleQueryRepo } from '../../store/cache/people-query-repo'
import type { CacheScope } from '../../store/cache/scope'
import type { SqlDatabase } from '../../store/driver'
import { cloudFirst, networkFailure } from '../outbox/cloud-first'
import type { OutboxService } from '../outbox/outbox-service'
import { personsLike } from '../outbox/person-match'
import { combinedBase, personBase } from '../outbox/versions'
import { type SessionOf, notFound, tuyaClient } from './cloud'
import { pendingPersons } from './pending'
import { personAfter, personEdit, personInput } from './person-input'

export interface PersonsServiceDeps {
  readonly db: SqlDatabase
  readonly session: SessionOf
  readonly outbox: OutboxService
  readonly sync: (connectionId: string, projectId: string) => Promise<unknown>
  readonly isOnline: () => boolean
  readonly logger: Logger
  readonly onChange: (scope: CacheScope) => void
}

type Page = { readonly offset: number; readonly limit: number }

/**
 * Tuya persons and their recycle bin (seed 003): read from the cache, changed in the cloud
 * when it answers (the cache follows at once), else queued in the outbox.
 */
export class PersonsService {
  private readonly items: ItemsRepo
  private readonly writes: ItemWritesRepo
  private readonly query: PeopleQueryRepo
  private readonly overview: OverviewRepo

  constructor(private readonly deps: PersonsServiceDeps) {
    this.items = new ItemsRepo(deps.db)
    this.writes = new ItemWritesRepo(deps.db)
    this.query = new PeopleQueryRepo(deps.db)
    this.overview = new OverviewRepo(deps.db)
  }

  listing(scope: CacheScope): PersonsListing {
    const names = (id: string) => this.query.person('persons', scope, id)?.name ?? this.query.person('recycled_persons', scope, id)?.name ?? id
    return {
      total: this.items.count('persons', scope),
      recycled: this.items.count('recycledPersons', scope),
      pending: pendingPersons(this.deps.outbox.list(scope), names),
      syncedAt: this.overview.lastFullSync(scope, 'persons'),
    }
  }

  organisations(scope: CacheScope): OrganisationNode[] {
    return this.query
      .organisations(scope)
      .map((o) => ({ structureId: o.structureId, parentStructureId: o.parentStructureId, name: o.structureName, level: o.level }))
  }

  page(scope: CacheScope, filter: PersonsFilter, page: Page): PersonsPage {
    const structures = filter.structureId
      ? filter.searchScope === 'direct'
        ? [filter.structureId]
        : withDescendants(this.organisations(scope), filter.structureId)
      : null
    return { offset: page.offset, ...this.query.persons(scope, filter, structures, page) }
  }

  recyclePage(scope: CacheScope, search: string | undefined, page: Page): PersonsPage {
    return { offset: page.offset, ...this.query.recycled(scope, search, page) }
  }

  async detail(scope: CacheScope, personId: string): Promise<TuyaPerson> {
    return this.read(
      scope,
      personId,
      'persons',
      (c) => c.getPerson(personId),
      (p) => this.writes.putPersons(scope, [p]),
    )
  }

  async recycledDetail(scope: CacheScope, personId: string): Promise<TuyaPerson> {
    return this.read(
      scope,
      personId,
      'recycled_persons',
      (c) => c.getRecycledPerson(personId),
      (p) => this.writes.putRecycled(scope, [p]),
    )
  }

  async add(scope: CacheScope, draft: PersonDraft, intentKey?: string): Promise<PersonWriteOutcome> {
    const input = personInput(draft)
    return this.write({ ...scope, intentKey }, { kind: 'tuya.person.add', input }, null, async (client) => {
      const before = new Set(this.items.list('persons', scope, { search: input.name, limit: 10_000 }).map((p) => p.personId))
      // A lost answer here is "outcome unknown": it is queued, and its replay matches before adding.
      await client.addPerson(input)
      // The cloud mints the id and does not return it: the new person is the one not seen before.
      // The add has happened: a failed read after it must never queue a second add.
      try {
        const added = (await personsLike(client, input)).filter((p) => !before.has(p.personId))
        this.writes.putPersons(scope, added)
        return added.map((p) => p.personId)
      } catch (error) {
        this.deps.logger.warn('person added; reading it back failed, the next sync reads it', { ...scope, code: toAppError(error).code })
        return []
      }
    })
  }

  async edit(scope: CacheScope, personId: string, draft: PersonDraft, intentKey?: string): Promise<PersonWriteOutcome> {
    const before = this.query.person('persons', scope, personId)
    if (!before) throw notFound('personId')
    const edit = personEdit(personId, draft, before)
    const structureName = this.organisations(scope).find((o) => o.structureId === draft.structureId)?.name ?? ''
    return this.write({ ...scope, intentKey }, { kind: 'tuya.person.edit', edit }, personBase(before), async (client) => {
      await client.editPerson(edit)
      this.writes.putPersons(scope, [await client.getPerson(personId).catch(() => personAfter(before, draft, structureName))])
      return [personId]
    })
  }

  async disable(scope: CacheScope, personIds: readonly string[], intentKey?: string): Promise<PersonWriteOutcome> {
    const before = this.cached(scope, 'persons', personIds)
    return this.write({ ...scope, intentKey }, { kind: 'tuya.person.disable', personIds }, combinedBase(before.map(personBase)), async (client) => {
      await client.disablePersons(personIds)
      this.writes.putPersons(
        scope,
        before.map((p) => ({ ...p, enabled: false })),
      )
      return personIds
    })
  }

  async remove(scope: CacheScope, personIds: readonly string[], intentKey?: string): Promise<PersonWriteOutcome> {
    const before = this.cached(scope, 'persons', personIds)
    return this.write({ ...scope, intentKey }, { kind: 'tuya.person.delete', move: { personIds } }, combinedBase(before.map(personBase)), async (client) => {
      await client.deletePersons({ personIds })
      this.writes.removePersons(scope, personIds)
      this.writes.putRecycled(
        scope,
        before.map((p) => ({ ...p, structureSnapshots: p.structureNames })),
      )
      return personIds
    })
  }

  async recover(scope: CacheScope, personIds: readonly string[], intentKey?: string): Promise<PersonWriteOutcome> {
    const before = this.cached(scope, 'recycled_persons', personIds)
    return this.write({ ...scope, intentKey }, { kind: 'tuya.person.recover', move: { personIds } }, combinedBase(before.map(personBase)), async (client) => {
      await client.recoverPersons({ personIds })
      this.writes.removeRecycled(scope, personIds)
      const back = await Promise.all(before.map((p) => client.getPerson(p.personId).catch(() => p)))
      this.writes.putPersons(scope, back)
      return personIds
    })
  }

  async refresh(scope: CacheScope): Promise<PersonsListing> {
    await tuyaClient(this.deps.session, scope)
    await this.deps.sync(scope.connectionId, scope.projectId)
    this.deps.onChange(scope)
    return this.listing(scope)
  }

  private cached(scope: CacheScope, table: 'persons' | 'recycled_persons', personIds: readonly string[]): TuyaPerson[] {
    return personIds.map((id) => {
      const p = this.query.person(table, scope, id)
      if (!p) throw notFound('personId')
      return p
    })
  }

  private async read(
    scope: CacheScope,
    personId: string,
    table: 'persons' | 'recycled_persons',
    fetch: (c: TuyaClient) => Promise<TuyaPerson>,
    keep: (p: TuyaPerson) => void,
  ): Promise<TuyaPerson> {
    const cached = this.query.person(table, scope, personId)
    const offline = () => {
      if (!cached) throw notFound('personId')
      return cached
    }
    if (!this.deps.isOnline()) return offline()
    const client = await tuyaClient(this.deps.session, scope)
    try {
      const person = await fetch(client)
      keep(person)
      return person
    } catch (error) {
      if (networkFailure(error)) return offline()
      throw error
    }
  }

  /** `keyed.intentKey`: the form's intent (one change per key, see cloud-first.ts). */
  private async write(
    keyed: CacheScope & { readonly intentKey: string | undefined },
    operation: OutboxOperation,
    base: OutboxBase | null,
    send: (client: TuyaClient) => Promise<readonly string[]>,
  ): Promise<PersonWriteOutcome> {
    const { intentKey, ...scope } = keyed
    const client = await tuyaClient(this.deps.session, scope)
    const outcome = await cloudFirst(this.deps, {
      send: () => send(client),
      queue: () => ({ ...scope, operation, base }),
      ...(intentKey !== undefined ? { intentKey } : {}),
    })
    this.deps.onChange(scope)
    if (outcome.kind === 'sent') return { kind: 'saved', personIds: outcome.value }
    const [entry] = outcome.entries as [OutboxEntry]
    this.deps.logger.info('person change queued', { ...scope, outboxId: entry.id, kind: operation.kind, reason: outcome.reason?.code ?? 'offline' })
    return { kind: 'queued', outboxId: entry.id, reason: outcome.reason }
  }
}
