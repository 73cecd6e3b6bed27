import { assertNever } from '@shared/util/assert-never'
import type { SqlDatabase } from '../../driver'
import { AccessGroupsRepo } from '../access-groups-repo'
import { DeviceStatusRepo } from '../device-status-repo'
import { contentHash } from '../hash'
import { ImportTasksRepo } from '../import-tasks-repo'
import { PageWriter } from '../page-writer'
import type { CacheScope } from '../scope'
import { SyncStateRepo } from '../sync-state-repo'
import { specOf, statusOf } from './spec-of'
import type { SpecRef, StatusStamp, WriteCounts, WriteUnit } from './units'

/**
 * Writes a batch of units in one transaction (group commit: see `services/sync/write-queue.ts`):
 * all of it lands or none of it. Each page is hashed here and written only when its hash differs
 * from the stored page's, so the hashing, the JSON and the SQL all run where this runs — the
 * cache writer's thread (`cache-writer.worker.ts`), or the caller's for an in-memory database.
 */
export class UnitWriter {
  private readonly states: SyncStateRepo
  private readonly pages: PageWriter
  private readonly status: DeviceStatusRepo
  private readonly groups: AccessGroupsRepo
  private readonly imports: ImportTasksRepo

  constructor(private readonly db: SqlDatabase) {
    this.states = new SyncStateRepo(db)
    this.pages = new PageWriter(db, this.states)
    this.status = new DeviceStatusRepo(db)
    this.groups = new AccessGroupsRepo(db)
    this.imports = new ImportTasksRepo(db)
  }

  apply(units: readonly WriteUnit[]): WriteCounts {
    const counts = { pagesWritten: 0, rowsRemoved: 0, statusChanges: 0 }
    this.db.transaction(() => {
      for (const unit of units) this.applyOne(unit, counts)
    })
    return counts
  }

  private applyOne(unit: WriteUnit, counts: { pagesWritten: number; rowsRemoved: number; statusChanges: number }): void {
    switch (unit.kind) {
      case 'page':
        this.writeIfChanged(unit.spec, unit.scope, unit.coll, unit.pageNo, unit.items, counts)
        counts.statusChanges += this.applyStatus(unit.spec, unit.scope, unit.items, unit.status)
        return
      case 'wholePages': {
        const stored = unit.pages.filter((items) => items.length > 0)
        stored.forEach((items, index) => this.writeIfChanged(unit.spec, unit.scope, unit.coll, index + 1, items, counts))
        counts.rowsRemoved += this.pages.finish(specOf(unit.spec), unit.scope, unit.coll, stored.length, unit.at).removed
        for (const items of stored) counts.statusChanges += this.applyStatus(unit.spec, unit.scope, items, unit.status)
        return
      }
      case 'finish':
        counts.rowsRemoved += this.pages.finish(specOf(unit.spec), unit.scope, unit.coll, unit.lastPage, unit.at).removed
        return
      case 'forget':
        counts.rowsRemoved += this.pages.forget(specOf(unit.spec), unit.scope, unit.coll)
        return
      case 'complete':
        this.states.complete(unit.scope, unit.coll, unit.at, unit.itemCount, unit.hash)
        return
      case 'groupDetail':
        this.groups.writeDetail(unit.scope, unit.group, unit.summaryHash, unit.at)
        counts.pagesWritten++
        return
      case 'importResult':
        if (this.imports.update(unit.scope, unit.result, unit.at)) counts.pagesWritten++
        return
      default:
        assertNever(unit, 'write unit')
    }
  }

  private writeIfChanged(
    ref: SpecRef,
    scope: CacheScope,
    coll: string,
    pageNo: number,
    items: readonly unknown[],
    counts: { pagesWritten: number; rowsRemoved: number },
  ): void {
    const spec = specOf(ref)
    const hash = contentHash(items.map(spec.json))
    if (this.states.pageHash(scope, coll, pageNo) === hash) return
    counts.rowsRemoved += this.pages.writePage(spec, scope, coll, pageNo, items, hash)
    counts.pagesWritten++
  }

  private applyStatus(ref: SpecRef, scope: CacheScope, items: readonly unknown[], stamp: StatusStamp | null): number {
    if (stamp === null) return 0
    return this.status.apply(scope, statusOf(ref, items), stamp.at, stamp.previousCheck).length
  }
}
