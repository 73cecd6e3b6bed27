import { describe, expect, it } from 'vitest'
import { type FetchedPage, readPages } from '../../../../../src/main/services/sync/read-pages'
import { RequestGate } from '../../../../../src/main/services/sync/request-gate'

/** A list of `size` numbers served in pages; records which pages were asked for and the peak in flight. */
function list(size: number, withTotal: boolean) {
  const asked: number[] = []
  let inflight = 0
  let peak = 0
  const source = async (pageNo: number, pageSize: number): Promise<FetchedPage<number>> => {
    asked.push(pageNo)
    inflight++
    peak = Math.max(peak, inflight)
    await new Promise((resolve) => setImmediate(resolve))
    inflight--
    const items = Array.from({ length: Math.max(0, Math.min(pageSize, size - (pageNo - 1) * pageSize)) }, (_, i) => (pageNo - 1) * pageSize + i)
    return { items, total: withTotal ? size : null, hasMore: items.length === pageSize }
  }
  return { source, asked, peak: () => peak }
}

async function collect(source: Parameters<typeof readPages<number>>[0], startPage: number, gate: RequestGate, signal = new AbortController().signal) {
  const pages: number[][] = []
  for await (const page of readPages(source, { startPage, pageSize: 10, gate, signal })) pages.push([...page.items])
  return pages
}

describe('reading a list page by page', () => {
  it('yields pages in order within the gate, and stops at the total without asking past it', async () => {
    const l = list(95, true)
    const pages = await collect(l.source, 1, new RequestGate(3))
    expect(pages.flat()).toEqual(Array.from({ length: 95 }, (_, i) => i))
    expect(Math.max(...l.asked)).toBe(10)
    expect(l.peak()).toBeLessThanOrEqual(3)
  })

  it('ends an untotalled list at its first short page, and resumes mid-list', async () => {
    const l = list(45, false)
    const pages = await collect(l.source, 3, new RequestGate(4))
    expect(pages.flat()).toEqual(Array.from({ length: 25 }, (_, i) => 20 + i))
    expect(l.asked[0]).toBe(3)
  })

  it('stops with a cancelled error when the signal aborts', async () => {
    const l = list(1_000, true)
    const abort = new AbortController()
    const gate = new RequestGate(2)
    const seen: number[] = []
    await expect(
      (async () => {
        for await (const page of readPages(l.source, { startPage: 1, pageSize: 10, gate, signal: abort.signal })) {
          seen.push(page.pageNo)
          if (page.pageNo === 3) abort.abort()
        }
      })(),
    ).rejects.toMatchObject({ error: { code: 'cancelled' } })
    expect(seen).toEqual([1, 2, 3])
  })
})
