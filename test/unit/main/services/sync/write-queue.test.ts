import { describe, expect, it } from 'vitest'
import { WriteQueue } from '../../../../../src/main/services/sync/write-queue'
import { type SqlDatabase, openNodeSqlite } from '../../../../../src/main/store/driver'

/** A database that counts the transactions it was asked for. */
function countingDb(): { db: SqlDatabase; transactions: () => number } {
  const db = openNodeSqlite(':memory:')
  db.exec('CREATE TABLE pages (seq INTEGER PRIMARY KEY AUTOINCREMENT, page_no INTEGER NOT NULL UNIQUE)')
  let count = 0
  const counted: SqlDatabase = {
    ...db,
    path: db.path,
    transaction: (work) => {
      count++
      return db.transaction(work)
    },
  }
  return { db: counted, transactions: () => count }
}

const pages = (db: SqlDatabase): number[] => db.all<{ page_no: number }>('SELECT page_no FROM pages ORDER BY seq').map((r) => r.page_no)

describe('WriteQueue', () => {
  it('commits the units queued in one turn together, in order, and each later turn on its own', async () => {
    const { db, transactions } = countingDb()
    const queue = new WriteQueue(db)
    for (const pageNo of [3, 1, 2]) queue.add(() => db.run('INSERT INTO pages (page_no) VALUES (?)', pageNo))
    expect(pages(db)).toEqual([])
    await queue.flush()
    expect(pages(db)).toEqual([3, 1, 2])
    expect(transactions()).toBe(1)
    queue.add(() => db.run('INSERT INTO pages (page_no) VALUES (4)'))
    await new Promise((resolve) => setImmediate(resolve))
    queue.add(() => db.run('INSERT INTO pages (page_no) VALUES (5)'))
    await queue.flush()
    expect(transactions()).toBe(3)
    expect(pages(db)).toEqual([3, 1, 2, 4, 5])
  })

  it('a failing unit rolls its whole batch back; the error comes out of flush and of later writes', async () => {
    const { db } = countingDb()
    const queue = new WriteQueue(db)
    queue.add(() => db.run('INSERT INTO pages (page_no) VALUES (1)'))
    queue.add(() => db.run('INSERT INTO pages (page_no) VALUES (1)'))
    await expect(queue.flush()).rejects.toThrow(/UNIQUE/)
    expect(pages(db)).toEqual([])
    expect(() => queue.add(() => undefined)).toThrow(/UNIQUE/)
  })
})
