import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ActivityRepo, type ActivityRecord } from '../../../../src/main/store/activity-repo'
import { openStore } from '../../../../src/main/store/open-store'

function record(over: Partial<ActivityRecord> = {}): ActivityRecord {
  return {
    at: 1_000,
    installer: 'Li Wei',
    installId: null,
    connectionId: 'c1',
    connectionLabel: 'Harbour Court',
    projectId: 'p1',
    projectName: '港湾苑',
    operation: { kind: 'akuvox.accessGroup.create', params: { name: 'Lobby' }, target: 'Lobby' },
    result: 'done',
    reason: null,
    requestId: null,
    outboxId: null,
    ...over,
  }
}

function fresh(): { repo: ActivityRepo; path: string } {
  const path = join(mkdtempSync(join(tmpdir(), 'fk-activity-repo-')), 'fieldkey.db')
  return { repo: new ActivityRepo(openStore(path).db), path }
}

describe('ActivityRepo on real SQLite', () => {
  it('reads back what it appended, reason and request id included, newest first', () => {
    const { repo } = fresh()
    const first = repo.append(record({ at: 1_000 }))
    const failed = repo.append(
      record({
        at: 2_000,
        result: 'failed',
        reason: { code: 'invalid_input', messageKey: 'errors.akuvox.refusedField', params: { reason: 'floor 99' } },
        requestId: 'req-7',
      }),
    )
    const page = repo.page({ offset: 0, limit: 10 })
    expect(page).toEqual({ total: 2, offset: 0, items: [failed, first] })
  })

  it('orders rows of the same millisecond by when they were written', () => {
    const { repo } = fresh()
    const queued = repo.append(record({ at: 5, result: 'queued', outboxId: 3 }))
    const done = repo.append(record({ at: 5, result: 'done', outboxId: 3 }))
    expect(repo.page({ offset: 0, limit: 10 }).items.map((e) => e.id)).toEqual([done.id, queued.id])
  })

  it('filters by text (target or name, % and _ taken literally), result, scope and date range; pages', () => {
    const { repo } = fresh()
    repo.append(record({ at: 1, operation: { kind: 'tuya.person.add', params: { name: '王小明' }, target: '王小明' } }))
    repo.append(record({ at: 2, operation: { kind: 'akuvox.staff.create', params: { name: '100% Staff' }, target: '100% Staff' }, result: 'queued' }))
    repo.append(record({ at: 3, projectId: 'p2', operation: { kind: 'akuvox.staff.delete', params: { count: 2 }, target: '' } }))
    repo.append(record({ at: 4, connectionId: 'c2', result: 'failed' }))
    const ats = (q: Parameters<ActivityRepo['page']>[0]) => repo.page(q).items.map((e) => e.at)
    expect(ats({ offset: 0, limit: 10, search: '小明' })).toEqual([1])
    expect(ats({ offset: 0, limit: 10, search: '0%' })).toEqual([2])
    expect(ats({ offset: 0, limit: 10, search: '_' })).toEqual([])
    expect(ats({ offset: 0, limit: 10, search: 'staff.delete' })).toEqual([3])
    expect(ats({ offset: 0, limit: 10, result: 'queued' })).toEqual([2])
    expect(ats({ offset: 0, limit: 10, connectionId: 'c1', projectId: 'p1' })).toEqual([2, 1])
    expect(ats({ offset: 0, limit: 10, from: 2, to: 3 })).toEqual([3, 2])
    expect(repo.page({ offset: 1, limit: 2 })).toMatchObject({ total: 4, offset: 1, items: [{ at: 3 }, { at: 2 }] })
  })

  it('keeps the rows when the store is opened again', () => {
    const { repo, path } = fresh()
    const kept = repo.append(record({ result: 'queued', outboxId: 9 }))
    expect(new ActivityRepo(openStore(path).db).page({ offset: 0, limit: 10 }).items).toEqual([kept])
  })
})
