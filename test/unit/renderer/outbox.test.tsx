import type { OutboxEntry } from '@shared/domain/outbox'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { installApi, renderUi } from './render'

const base = {
  connectionId: 'c',
  projectId: 'p',
  targetIds: [],
  createdAt: Date.parse('2026-11-23T08:00:00Z'),
  attempts: 0,
  lastAttemptAt: null,
  lastError: null,
  conflict: null,
  base: null,
}
const pending: OutboxEntry = {
  ...base,
  id: 1,
  state: 'pending',
  operation: {
    kind: 'akuvox.accessGroup.create',
    input: { projectId: 'p', accessGroupName: 'Night shift', devices: [], repeatMode: 'daily', startTime: '22:00:00', finishTime: '06:00:00' },
  },
}
const conflicted: OutboxEntry = {
  ...base,
  id: 2,
  state: 'conflict',
  operation: { kind: 'tuya.person.edit', edit: { personId: 'u1', name: 'Li Wei' } },
  conflict: {
    base: { version: 'a', snapshot: { name: 'Li Wei', mobile: '1' } },
    current: { version: 'b', snapshot: { name: 'Li Wei', mobile: '2' } },
    detectedAt: 1,
  },
}

let replayed: number[][] = []
let discarded: number[] = []
let entries: OutboxEntry[] = []

installApi({
  'outbox:list': () => ({ ok: true, value: entries }),
  'outbox:replay': (input) => {
    replayed.push([...input.entryIds])
    return { ok: true, value: [{ kind: 'applied', id: 1 }] }
  },
  'outbox:discard': (input) => {
    discarded.push(input.entryId)
    entries = entries.filter((e) => e.id !== input.entryId)
    return { ok: true, value: { discarded: true } }
  },
  'project:overview': () => ({ ok: false, error: { code: 'not_found', messageKey: 'errors.not_found', retryable: false } }),
})
const { OutboxView } = await import('../../../src/renderer/src/features/project/OutboxView')

describe('the outbox review', () => {
  beforeEach(() => {
    replayed = []
    discarded = []
    entries = [pending, conflicted]
  })

  it('says each change in words, with its state', async () => {
    await renderUi(<OutboxView />)
    const cards = await screen.findAllByTestId('outbox-entry')
    expect(cards[0]).toHaveTextContent('Create access group “Night shift”')
    expect(cards[0]).toHaveTextContent('Waiting')
    expect(cards[1]).toHaveTextContent('Change person Li Wei')
    expect(cards[1]).toHaveTextContent('Conflict')
  })

  it('shows a conflict side by side: as it was, and as the cloud has it now', async () => {
    await renderUi(<OutboxView />)
    const card = (await screen.findAllByTestId('outbox-entry'))[1]!
    expect(within(card).getByText('When you made the change')).toBeInTheDocument()
    expect(within(card).getByText('In the cloud now')).toBeInTheDocument()
    expect(within(card).getByText(/"mobile": "2"/)).toBeInTheDocument()
  })

  it('sends nothing until changes are picked, then replays exactly those', async () => {
    await renderUi(<OutboxView />)
    const button = await screen.findByRole('button', { name: /Replay 0 selected/ })
    expect(button).toBeDisabled()
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select change 1' }))
    await userEvent.click(screen.getByRole('button', { name: 'Replay 1 selected' }))
    await waitFor(() => expect(replayed).toEqual([[1]]))
    expect(await screen.findByText('Sent.')).toBeInTheDocument()
  })

  it('discards only after a confirmation that names the change', async () => {
    await renderUi(<OutboxView />)
    await userEvent.click(within((await screen.findAllByTestId('outbox-entry'))[0]!).getByRole('button', { name: 'Discard' }))
    expect(discarded).toEqual([])
    const dialog = await screen.findByRole('dialog')
    expect(dialog).toHaveTextContent('This change will not be sent to the cloud: Create access group “Night shift”.')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Discard' }))
    await waitFor(() => expect(discarded).toEqual([1]))
  })
})
