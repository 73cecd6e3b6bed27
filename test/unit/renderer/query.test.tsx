import type { AppError } from '@shared/errors'
import type { Result } from '@shared/result'
import { act, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { installApi, renderUi } from './render'

const { emit } = installApi({})
const { usePagedQuery } = await import('../../../src/renderer/src/query/use-paged-query')
const { useResultMutation } = await import('../../../src/renderer/src/query/use-result-mutation')
const { domainKey } = await import('../../../src/renderer/src/query/keys')

const scope = { connectionId: 'c1', projectId: 'p1' }
const refused: AppError = { code: 'invalid_input', messageKey: 'errors.invalid_input', retryable: false }
type Answer = Result<{ total: number; items: string[] }, AppError>

function deferred() {
  let resolve!: (answer: Answer) => void
  const promise = new Promise<Answer>((r) => (resolve = r))
  return { promise, resolve }
}

function Rows({ search, load }: { search: string; load: (search: string, offset: number) => Promise<Answer> }) {
  const { total, rows, error } = usePagedQuery([...domainKey(scope, 'staff'), search], (offset) => load(search, offset), 2)
  return (
    <div>
      <p>total {total ?? '…'}</p>
      <p>rows {[...rows.values()].join(',')}</p>
      {error && <p>failed {error.code}</p>}
    </div>
  )
}

describe('paged reads through the query cache', () => {
  it('drops the answer to a search the installer has typed past', async () => {
    const slow = deferred()
    const load = (search: string) => (search === 'a' ? slow.promise : Promise.resolve<Answer>({ ok: true, value: { total: 1, items: ['ab-row'] } }))
    const view = await renderUi(<Rows search="a" load={load} />)
    view.rerender(<Rows search="ab" load={load} />)
    await screen.findByText('rows ab-row')
    await act(async () => slow.resolve({ ok: true, value: { total: 9, items: ['a-row'] } }))
    expect(screen.getByText('rows ab-row')).toBeInTheDocument()
    expect(screen.getByText('total 1')).toBeInTheDocument()
  })

  it('shows a refused read instead of loading forever', async () => {
    await renderUi(<Rows search="x" load={async () => ({ ok: false, error: refused })} />)
    await screen.findByText('failed invalid_input')
  })

  it('reads again when main says the domain changed, and not for another project', async () => {
    let reads = 0
    const load = async () => ({ ok: true, value: { total: 1, items: [`read-${++reads}`] } }) as Answer
    await renderUi(<Rows search="" load={load} />)
    await screen.findByText('rows read-1')
    act(() => emit('staff:changed', { connectionId: 'c1', projectId: 'other' }))
    act(() => emit('persons:changed', scope))
    act(() => emit('staff:changed', scope))
    await screen.findByText('rows read-2')
    expect(reads).toBe(2)
  })
})

function Save({ write }: { write: () => Promise<Result<string, AppError>> }) {
  const [saved, setSaved] = useState('')
  const save = useResultMutation(write, { onDone: setSaved })
  return (
    <div>
      <button type="button" disabled={save.isPending} onClick={() => save.mutate(undefined)}>
        Save
      </button>
      {save.appError && <p>refused {save.appError.code}</p>}
      {saved && <p>saved {saved}</p>}
    </div>
  )
}

describe('changes through the query cache', () => {
  it('keeps a refused save on screen when the lists it touched read again', async () => {
    await renderUi(<Save write={async () => ({ ok: false, error: refused })} />)
    await userEvent.click(screen.getByRole('button', { name: 'Save' }))
    await screen.findByText('refused invalid_input')
    act(() => emit('staff:changed', scope))
    act(() => emit('sync:outcome', { ...scope, kind: 'failed', error: refused }))
    await waitFor(() => expect(screen.getByText('refused invalid_input')).toBeInTheDocument())
  })

  it('makes one change for a double click', async () => {
    const pending = deferred()
    let writes = 0
    const write = async (): Promise<Result<string, AppError>> => {
      writes++
      const answer = await pending.promise
      return answer.ok ? { ok: true, value: 'done' } : answer
    }
    await renderUi(<Save write={write} />)
    const button = screen.getByRole('button', { name: 'Save' })
    await userEvent.click(button)
    await userEvent.click(button)
    expect(writes).toBe(1)
    await act(async () => pending.resolve({ ok: true, value: { total: 0, items: [] } }))
    await screen.findByText('saved done')
  })
})
