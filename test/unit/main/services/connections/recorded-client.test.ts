import { describe, expect, it } from 'vitest'
import { recordCalls } from '../../../../../src/main/services/connections/recorded-client'

describe('a client whose calls report how they ended', () => {
  const seen: unknown[] = []
  const closed: string[] = []
  const client = recordCalls(
    {
      projectId: 'p1',
      signOut: () => 'signed out',
      get: async (n: number) => n * 2,
      fail: async () => {
        throw new Error('refused')
      },
      async *pages(count: number) {
        try {
          for (let i = 1; i <= count; i++) {
            if (i === 3) throw new Error('page 3 lost')
            yield i
          }
        } finally {
          closed.push('pages')
        }
      },
    },
    (error) => seen.push(error === null ? 'ok' : (error as Error).message),
  )

  it('passes results and errors through, and reports each', async () => {
    seen.length = 0
    expect(await client.get(21)).toBe(42)
    await expect(client.fail()).rejects.toThrow('refused')
    expect(seen).toEqual(['ok', 'refused'])
  })

  it('leaves what is not a call as it is', () => {
    seen.length = 0
    expect(client.projectId).toBe('p1')
    expect(client.signOut()).toBe('signed out')
    expect(seen).toEqual([])
  })

  it('reports each page of an iterator, not its end', async () => {
    seen.length = 0
    const got: number[] = []
    for await (const page of client.pages(2)) got.push(page)
    expect(got).toEqual([1, 2])
    expect(seen).toEqual(['ok', 'ok'])
  })

  it('reports a page that fails, and closes the source when the reader stops early', async () => {
    seen.length = 0
    closed.length = 0
    await expect(async () => {
      for await (const _page of client.pages(5)) void _page
    }).rejects.toThrow('page 3 lost')
    expect(seen).toEqual(['ok', 'ok', 'page 3 lost'])
    for await (const _page of client.pages(5)) break
    expect(closed).toEqual(['pages', 'pages'])
  })
})
