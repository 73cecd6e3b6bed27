import { act, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { installApi, renderUi } from './render'

installApi({})
const { usePagedQuery } = await import('../../../src/renderer/src/query/use-paged-query')
const { domainKey } = await import('../../../src/renderer/src/query/keys')

const scope = { connectionId: 'c1', projectId: 'p1' }
let ensureRows: (from: number, to: number) => void = () => undefined
let reads = 0

/** A list of 100,000 rows read in pages of 100, as a virtual list would ask for them. */
function Rows() {
  const { total, rows, ensure } = usePagedQuery<number>(
    [...domainKey(scope, 'staff'), 'window'],
    async (offset, limit) => {
      reads++
      return { ok: true, value: { total: 100_000, items: Array.from({ length: limit }, (_, i) => offset + i) } }
    },
    100,
  )
  ensureRows = ensure
  return (
    <p>
      held {rows.size} of {total ?? '…'}, first {Math.min(...rows.keys())}
    </p>
  )
}

describe('a paged list scrolled far', () => {
  it('holds only the pages in view, and reads none again when scrolled back', async () => {
    await renderUi(<Rows />)
    await screen.findByText('held 100 of 100000, first 0')
    for (let page = 1; page <= 50; page++) {
      act(() => ensureRows(page * 100 + 10, page * 100 + 40))
      await screen.findByText(`held 100 of 100000, first ${page * 100}`)
    }
    const read = reads
    act(() => ensureRows(2010, 2040))
    await screen.findByText('held 100 of 100000, first 2000')
    expect(reads).toBe(read)
  })
})
