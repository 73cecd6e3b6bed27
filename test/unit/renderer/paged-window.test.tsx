import { act, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { installApi, renderUi } from './render'

installApi({})
const { usePagedQuery } = await import('../../../src/renderer/src/query/use-paged-query')
const { domainKey } = await import('../../../src/renderer/src/query/keys')

const scope = { connectionId: 'c1', projectId: 'p1' }
let ensureRows: (from: number, to: number) => void = () => undefined
let reads = 0
/** Every count the list rendered: it must never go back to unknown once known. */
const counts: (number | null)[] = []

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
  counts.push(total)
  return (
    <p>
      held {rows.size} of {total ?? '…'}, last {Math.max(...rows.keys())}
    </p>
  )
}

describe('a paged list scrolled far', () => {
  it('holds only the first page and those in view, and reads none again when scrolled back', async () => {
    await renderUi(<Rows />)
    await screen.findByText('held 100 of 100000, last 99')
    for (let page = 1; page <= 50; page++) {
      act(() => ensureRows(page * 100 + 10, page * 100 + 40))
      // The first page (the count) and the one in view; the count never goes missing meanwhile.
      await screen.findByText(`held 200 of 100000, last ${page * 100 + 99}`)
    }
    const read = reads
    act(() => ensureRows(2010, 2040))
    await screen.findByText('held 200 of 100000, last 2099')
    expect(reads).toBe(read)
    expect(counts.slice(counts.indexOf(100_000))).not.toContain(null)
  })
})
