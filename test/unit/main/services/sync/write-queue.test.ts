import { describe, expect, it } from 'vitest'
import { WriteQueue } from '../../../../../src/main/services/sync/write-queue'
import { openNodeSqlite } from '../../../../../src/main/store/driver'

/** A queue whose batches insert page numbers into a real database, one transaction each, counted. */
function pagesQueue(maxInFlight?: number): { queue: WriteQueue<number>; pages: () => number[]; batches: number[][] } {
  const db = openNodeSqlite(':memory:')
  db.exec('CREATE TABLE pages (seq INTEGER PRIMARY KEY AUTOINCREMENT, page_no INTEGER NOT NULL UNIQUE)')
  const batches: number[][] = []
  const commit = async (units: readonly number[]): Promise<void> => {
    batches.push([...units])
    db.transaction(() => {
      for (const pageNo of units) db.run('INSERT INTO pages (page_no) VALUES (?)', pageNo)
    })
  }
  const pages = (): number[] => db.all<{ page_no: number }>('SELECT page_no FROM pages ORDER BY seq').map((r) => r.page_no)
  return { queue: new WriteQueue(commit, maxInFlight), pages, batches }
}

describe('WriteQueue', () => {
  it('commits the units queued in one turn together, in order, and each later turn on its own', async () => {
    const { queue, pages, batches } = pagesQueue()
    for (const pageNo of [3, 1, 2]) void queue.add(pageNo)
    expect(pages()).toEqual([])
    await queue.flush()
    expect(pages()).toEqual([3, 1, 2])
    expect(batches).toEqual([[3, 1, 2]])
    await queue.add(4)
    await new Promise((resolve) => setImmediate(resolve))
    await queue.add(5)
    await queue.flush()
    expect(batches).toEqual([[3, 1, 2], [4], [5]])
    expect(pages()).toEqual([3, 1, 2, 4, 5])
  })

  it('a failing unit rolls its whole batch back; the error comes out of flush and of later writes, and nothing queued later is written', async () => {
    const { queue, pages } = pagesQueue()
    void queue.add(1)
    void queue.add(1).catch(() => undefined)
    await expect(queue.flush()).rejects.toThrow(/UNIQUE/)
    expect(pages()).toEqual([])
    await expect(queue.add(2)).rejects.toThrow(/UNIQUE/)
    expect(pages()).toEqual([])
  })

  it('makes the writer of units wait while the maximum is in flight, and lets it go as batches land', async () => {
    const held: (() => void)[] = []
    const committed: number[] = []
    // A commit that lands only when the test lets it: a writer that has fallen behind.
    const queue = new WriteQueue<number>(
      (units) =>
        new Promise<void>((resolve) =>
          held.push(() => {
            committed.push(...units)
            resolve()
          }),
        ),
      2,
    )
    let accepted = 0
    const producer = (async () => {
      for (let n = 1; n <= 5; n++) {
        await queue.add(n)
        accepted = n
        // One unit per turn, as a sync's pages arrive.
        await new Promise((resolve) => setImmediate(resolve))
      }
    })()
    while (held.length < 2) await new Promise((resolve) => setImmediate(resolve))
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve))
    // Two units in flight and a third waiting to be accepted: the producer is held at the third.
    expect(accepted).toBe(2)
    // Each batch that lands lets one more unit in.
    while (committed.length < 5) {
      held.shift()?.()
      await new Promise((resolve) => setImmediate(resolve))
      expect(accepted - committed.length).toBeLessThanOrEqual(2)
    }
    await producer
    await queue.flush()
    expect(committed).toEqual([1, 2, 3, 4, 5])
  })
})
