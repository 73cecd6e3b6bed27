import { describe, expect, it } from 'vitest'
import { appError } from '../../../src/shared/errors'
import { ok } from '../../../src/shared/result'
import { readAllPages } from '../../../src/renderer/src/query/read-all-pages'

/** A paged list of `size` numbers that answers at most `cap` rows a page, whatever was asked (as byte-capped channels do). */
const list = (size: number, cap = 500) => {
  const asked: { offset: number; limit: number }[] = []
  const load = (offset: number, limit: number) => {
    asked.push({ offset, limit })
    const items = Array.from({ length: Math.max(0, Math.min(limit, cap, size - offset)) }, (_, i) => offset + i)
    return Promise.resolve(ok({ items, total: size }))
  }
  return { asked, load }
}

describe('readAllPages', () => {
  it('reads a list whole, continuing after short pages from where the last one ended', async () => {
    const { asked, load } = list(1_234, 300)
    const read = await readAllPages(load)
    expect(read.ok && read.value.items).toEqual(Array.from({ length: 1_234 }, (_, i) => i))
    expect(asked.map((a) => a.offset)).toEqual([0, 300, 600, 900, 1_200])
  })

  it('stops at the cap it is given and still tells the whole length', async () => {
    const { asked, load } = list(5_000)
    const progress: [number, number][] = []
    const read = await readAllPages(load, (done, total) => progress.push([done, total]), 1_200)
    expect(read.ok && read.value.items.length).toBe(1_200)
    expect(read.ok && read.value.total).toBe(5_000)
    expect(asked.at(-1)).toEqual({ offset: 1_000, limit: 200 })
    expect(progress.at(-1)).toEqual([1_200, 1_200])
  })

  it('fails the whole read with the error of a failed page', async () => {
    let calls = 0
    const failure = appError('network', { detail: 'offline' })
    const read = await readAllPages<number>((offset) =>
      Promise.resolve(++calls === 2 ? { ok: false as const, error: failure } : ok({ items: [offset], total: 10 })),
    )
    expect(read).toEqual({ ok: false, error: failure })
  })
})
