import { beforeEach, describe, expect, it } from 'vitest'
import { AppErrorException, appError } from '../../../../../src/shared/errors'
import type { BulkDeleteProgress } from '../../../../../src/shared/people/bulk-delete'
import { silentLogger } from '../../../../../src/main/log/logger'
import { BatchDeleteJobs, type Deleter } from '../../../../../src/main/services/people/batch-delete-jobs'
import { OutboxService } from '../../../../../src/main/services/outbox/outbox-service'
import { outboxOperations } from '../../../../../src/main/services/outbox-operations'
import { storeWithConnection } from '../../../../helpers/store'

const scope = { connectionId: 'c1', projectId: 'p1' }
const refused = (code: 'forbidden' | 'not_found' | 'network') => new AppErrorException(appError(code, { detail: code }))

/** A cloud of records by id: batches are all or nothing, as Akuvox's are; ids in `refuse` are refused with the code given. */
function cloud(ids: readonly string[], refuse: ReadonlyMap<string, 'forbidden' | 'not_found'> = new Map()) {
  const records = new Set(ids)
  const calls: string[][] = []
  const check = (id: string) => {
    const code = refuse.get(id)
    if (code) throw refused(code)
  }
  return {
    records,
    calls,
    deleter: (): Deleter => ({
      batchSize: 5,
      deleteBatch: async (batch) => {
        calls.push([...batch])
        batch.forEach(check)
        for (const id of batch) records.delete(id)
      },
      deleteOne: async (id) => {
        calls.push([id])
        check(id)
        records.delete(id)
      },
      queue: (batch) => ({ ...scope, operation: { kind: 'akuvox.staff.delete', projectId: 'p1', staffAccessIds: batch }, base: null }),
      deleted: () => undefined,
    }),
  }
}

const targets = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `s${i}`, name: `Staff ${i}` }))

let progress: BulkDeleteProgress[]
let online: boolean
let jobs: BatchDeleteJobs
let outbox: OutboxService

beforeEach(() => {
  const db = storeWithConnection('fk-batch-delete-')
  outbox = new OutboxService({
    db,
    session: () => Promise.reject(new Error('nothing is replayed here')),
    now: () => 1_000,
    operations: outboxOperations(db),
    logger: silentLogger,
    onChange: () => undefined,
  })
  progress = []
  online = true
  jobs = new BatchDeleteJobs({ outbox, isOnline: () => online, logger: silentLogger, onProgress: (p) => progress.push(p), onChange: () => undefined })
})

const end = async (jobId: string): Promise<BulkDeleteProgress> => {
  for (let i = 0; i < 100; i++) {
    const last = progress.filter((p) => p.jobId === jobId).at(-1)
    if (last && (last.state === 'finished' || last.state === 'cancelled')) return last
    await new Promise((r) => setTimeout(r, 5))
  }
  throw new Error('the job did not end')
}

describe('batch deletes', () => {
  it('a refused batch is retried one at a time: only the refused fail, each named, the first reason kept; a gone one counts as deleted', async () => {
    const refuse = new Map<string, 'forbidden' | 'not_found'>([
      ['s1', 'forbidden'],
      ['s3', 'not_found'],
      ...['s6', 's7', 's8', 's9', 's10', 's11'].map((id) => [id, 'forbidden'] as const),
    ])
    // s3 is no longer in the cloud: someone deleted it meanwhile.
    const c = cloud(
      targets(12)
        .map((t) => t.id)
        .filter((id) => id !== 's3'),
      refuse,
    )
    const started = jobs.start(scope, targets(12), c.deleter())
    const last = await end(started.jobId)
    expect(last).toMatchObject({ state: 'finished', total: 12, done: 12, deleted: 5, failed: 7, queued: 0 })
    // Five names at most, in list order; the count says how many in all.
    expect(last.failedNames).toEqual(['Staff 1', 'Staff 6', 'Staff 7', 'Staff 8', 'Staff 9'])
    expect(last.failure?.code).toBe('forbidden')
    expect([...c.records].sort()).toEqual(['s1', 's10', 's11', 's6', 's7', 's8', 's9'].sort())
  })

  it('the network failing under a batch sends the rest to the outbox without trying them', async () => {
    const c = cloud(targets(12).map((t) => t.id))
    const deleter = c.deleter()
    let sent = 0
    const flaky: Deleter = {
      ...deleter,
      deleteBatch: async (batch) => {
        if (++sent === 2) throw refused('network')
        return deleter.deleteBatch(batch)
      },
    }
    const last = await end(jobs.start(scope, targets(12), flaky).jobId)
    expect(last).toMatchObject({ deleted: 5, queued: 7, failed: 0 })
    expect(sent).toBe(2)
    expect(outbox.list(scope).map((e) => (e.operation.kind === 'akuvox.staff.delete' ? e.operation.staffAccessIds.length : 0))).toEqual([5, 2])
  })

  it('cancel stops before the next batch and says how many were left', async () => {
    const c = cloud(targets(12).map((t) => t.id))
    const started = jobs.start(scope, targets(12), c.deleter())
    expect(jobs.cancel(started.jobId)?.state).toBe('cancelling')
    expect(await end(started.jobId)).toMatchObject({ state: 'cancelled', deleted: 5, skipped: 7, done: 12 })
    expect(c.calls).toHaveLength(1)
  })

  it('an unknown job cannot be cancelled', () => {
    expect(jobs.cancel('6f1c1d34-2a0b-4e56-9a1e-2b3c4d5e6f70')).toBeNull()
  })
})
