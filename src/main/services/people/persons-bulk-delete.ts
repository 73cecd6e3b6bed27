import { type BulkDeleteProgress, PERSON_DELETE_BATCH, type PersonSelection, SUMMARY_NAMES, type SelectionSummary } from '@shared/people/bulk-delete'
import type { TuyaPerson } from '@shared/domain/tuya'
import { assertNever } from '@shared/util/assert-never'
import { ItemWritesRepo } from '../../store/cache/item-writes-repo'
import { PeopleQueryRepo } from '../../store/cache/people-query-repo'
import type { CacheScope } from '../../store/cache/scope'
import type { SqlDatabase } from '../../store/driver'
import { combinedBase, personBase } from '../outbox/versions'
import { type BatchDeleteDeps, BatchDeleteJobs } from './batch-delete-jobs'
import { type SessionOf, notFound, tuyaClient } from './cloud'
import type { PersonsService } from './persons-service'

export interface PersonsBulkDeleteDeps extends BatchDeleteDeps {
  readonly db: SqlDatabase
  readonly session: SessionOf
  /** The list's own query, so "all matching" is exactly what the list shows. */
  readonly persons: PersonsService
}

/** Everything the cache holds: a "matching" selection is resolved in one read. */
const ALL = Number.MAX_SAFE_INTEGER

/**
 * Moves a selection of Tuya persons (ticked ones, or everything the list's filters find) to the
 * recycle bin in batches of `personnel/actions/delete` (batch-delete-jobs.ts runs them).
 */
export class PersonsBulkDelete {
  private readonly jobs: BatchDeleteJobs
  private readonly query: PeopleQueryRepo
  private readonly writes: ItemWritesRepo

  constructor(private readonly deps: PersonsBulkDeleteDeps) {
    this.jobs = new BatchDeleteJobs(deps)
    this.query = new PeopleQueryRepo(deps.db)
    this.writes = new ItemWritesRepo(deps.db)
  }

  /** The persons a selection holds now, in list order. */
  resolve(scope: CacheScope, selection: PersonSelection): TuyaPerson[] {
    switch (selection.kind) {
      case 'ids':
        return [...new Set(selection.personIds)].flatMap((id) => this.query.person('persons', scope, id) ?? [])
      case 'matching': {
        const except = new Set(selection.except)
        return this.deps.persons.page(scope, selection.filter, { offset: 0, limit: ALL }).items.filter((p) => !except.has(p.personId))
      }
      default:
        return assertNever(selection, 'selection')
    }
  }

  summary(scope: CacheScope, selection: PersonSelection): SelectionSummary {
    const persons = this.resolve(scope, selection)
    return { count: persons.length, firstNames: persons.slice(0, SUMMARY_NAMES).map((p) => p.name) }
  }

  async start(scope: CacheScope, selection: PersonSelection): Promise<BulkDeleteProgress> {
    const persons = this.resolve(scope, selection)
    const client = await tuyaClient(this.deps.session, scope)
    const before = new Map(persons.map((p) => [p.personId, p]))
    const known = (ids: readonly string[]) => ids.flatMap((id) => before.get(id) ?? [])
    return this.jobs.start(
      scope,
      persons.map((p) => ({ id: p.personId, name: p.name })),
      {
        batchSize: PERSON_DELETE_BATCH,
        deleteBatch: (personIds) => client.deletePersons({ personIds }),
        deleteOne: (personId) => client.deletePersons({ personIds: [personId] }),
        queue: (personIds) => ({
          ...scope,
          operation: { kind: 'tuya.person.delete', move: { personIds } },
          base: combinedBase(known(personIds).map(personBase)),
        }),
        deleted: (personIds) => {
          this.writes.removePersons(scope, personIds)
          this.writes.putRecycled(
            scope,
            known(personIds).map((p) => ({ ...p, structureSnapshots: p.structureNames })),
          )
        },
      },
    )
  }

  cancel(jobId: string): BulkDeleteProgress {
    const progress = this.jobs.cancel(jobId)
    if (!progress) throw notFound('jobId')
    return progress
  }
}
