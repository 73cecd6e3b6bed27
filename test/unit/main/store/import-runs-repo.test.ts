import { describe, expect, it } from 'vitest'
import { ImportRunsRepo } from '../../../../src/main/store/cache/import-runs-repo'
import { ItemWritesRepo } from '../../../../src/main/store/cache/item-writes-repo'
import type { AkuvoxStaffAccessSummary } from '../../../../src/shared/domain/akuvox'
import { storeWithConnection } from '../../../helpers/store'

const scope = { connectionId: 'c1', projectId: 'p1' }
const staff = (id: string, name: string): AkuvoxStaffAccessSummary => ({
  staffAccessId: id,
  staffAccessName: name,
  createdTime: '2026-12-01 09:00:00',
  faces: [],
  pinCodes: [],
  rfCards: [],
  accessGroupNames: [],
  floorAccesses: [],
})

describe('import runs', () => {
  it('lists runs newest first with what each created and what is still there; remaining is in file order', () => {
    const db = storeWithConnection('fk-import-runs-')
    const runs = new ImportRunsRepo(db)
    const writes = new ItemWritesRepo(db)
    runs.begin(scope, 'run-a', 'first.csv', 1_000)
    runs.begin(scope, 'run-b', 'second.csv', 2_000)
    runs.begin(scope, 'run-empty', 'nothing-new.csv', 3_000)
    writes.putStaff(scope, [staff('s1', 'Zoe'), staff('s2', 'Ana'), staff('s3', 'Bo')])
    runs.recordCreated(scope, 'run-a', 's1', 3)
    runs.recordCreated(scope, 'run-a', 's2', 2)
    runs.recordCreated(scope, 'run-b', 's3', 2)
    writes.removeStaff(scope, ['s3'])

    expect(runs.page(scope, 0, 20)).toEqual({
      total: 2,
      offset: 0,
      items: [
        { runId: 'run-b', fileName: 'second.csv', startedAt: 2_000, created: 1, remaining: 0 },
        { runId: 'run-a', fileName: 'first.csv', startedAt: 1_000, created: 2, remaining: 2 },
      ],
    })
    expect(runs.remaining(scope, 'run-a')).toEqual([
      { id: 's2', name: 'Ana' },
      { id: 's1', name: 'Zoe' },
    ])
    expect(runs.exists(scope, 'run-empty')).toBe(true)
    expect(runs.exists({ ...scope, projectId: 'p2' }, 'run-a')).toBe(false)
  })

  it('a removed connection takes its runs with it', () => {
    const db = storeWithConnection('fk-import-runs-')
    const runs = new ImportRunsRepo(db)
    runs.begin(scope, 'run-a', 'first.csv', 1_000)
    runs.recordCreated(scope, 'run-a', 's1', 2)
    db.run("DELETE FROM connections WHERE id = 'c1'")
    expect(db.get<{ n: number }>('SELECT COUNT(*) AS n FROM import_created_staff')?.n).toBe(0)
  })
})
