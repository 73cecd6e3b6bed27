import { describe, expect, it, vi } from 'vitest'
import type { AkuvoxPage } from '../../../../../src/shared/domain/akuvox'
import { allItems, allPages } from '../../../../../src/main/clouds/akuvox/paging'

/** A fake list command over `total` numbered items that records what was asked and how many at once. */
function fakeList(total: number, options: { withTotal?: boolean } = {}) {
  const asked: number[] = []
  let inFlight = 0
  let maxInFlight = 0
  const aborted: number[] = []
  const fetchPage = async (pageIndex: number, pageSize: number, signal: AbortSignal): Promise<AkuvoxPage<number>> => {
    asked.push(pageIndex)
    inFlight++
    maxInFlight = Math.max(maxInFlight, inFlight)
    await new Promise((resolve) => setTimeout(resolve, 1))
    inFlight--
    if (signal.aborted) aborted.push(pageIndex)
    const start = (pageIndex - 1) * pageSize
    const items = Array.from({ length: Math.max(0, Math.min(pageSize, total - start)) }, (_, i) => start + i)
    return { items, total: options.withTotal ? total : null }
  }
  return { fetchPage, asked, aborted, inFlight: () => inFlight, maxInFlight: () => maxInFlight }
}

const collect = async <T>(iterable: AsyncIterable<T>): Promise<T[]> => {
  const out: T[] = []
  for await (const item of iterable) out.push(item)
  return out
}

describe('allItems', () => {
  it('fetches pages in order until a short page, 1-based', async () => {
    const list = fakeList(7)
    expect(await collect(allItems(list.fetchPage, { pageSize: 3, concurrency: 1 }))).toEqual([0, 1, 2, 3, 4, 5, 6])
    expect(list.asked).toEqual([1, 2, 3])
  })

  it('stops on an empty page after full ones', async () => {
    const list = fakeList(6)
    expect(await collect(allItems(list.fetchPage, { pageSize: 3, concurrency: 1 }))).toHaveLength(6)
    expect(list.asked).toEqual([1, 2, 3])
  })

  it('keeps at most `concurrency` pages in flight and still yields in order', async () => {
    const list = fakeList(50)
    expect(await collect(allItems(list.fetchPage, { pageSize: 5, concurrency: 3 }))).toEqual(Array.from({ length: 50 }, (_, i) => i))
    expect(list.maxInFlight()).toBe(3)
  })

  it('fetches exactly the pages a total calls for', async () => {
    const list = fakeList(10, { withTotal: true })
    expect(await collect(allItems(list.fetchPage, { pageSize: 5, concurrency: 4 }))).toHaveLength(10)
    expect(list.asked.sort()).toEqual([1, 2])
  })

  it('aborts pages still in flight when the caller stops early', async () => {
    const list = fakeList(100)
    let pages = 0
    for await (const page of allPages(list.fetchPage, { pageSize: 10, concurrency: 3 })) {
      expect(page).toHaveLength(10)
      // The first page goes alone; from the second, pages 3 and 4 are already on their way.
      if (++pages === 2) break
    }
    await vi.waitFor(() => expect(list.inFlight()).toBe(0))
    expect(list.asked).toEqual([1, 2, 3, 4])
    expect(list.aborted).toEqual([3, 4])
  })

  it('passes a failure through', async () => {
    const failing = async (pageIndex: number): Promise<AkuvoxPage<number>> => {
      if (pageIndex === 2) throw new Error('page 2 failed')
      return { items: [1, 2], total: null }
    }
    await expect(collect(allItems(failing, { pageSize: 2, concurrency: 2 }))).rejects.toThrow('page 2 failed')
  })
})
