import type { OutboxEntry } from '@shared/domain/outbox'
import type { MergeReview } from '@shared/merge/review'
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
  intentKey: '00000000-0000-4000-8000-000000000000',
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
  intentKey: '00000000-0000-4000-8000-000000000002',
  state: 'conflict',
  operation: { kind: 'tuya.person.edit', edit: { personId: 'u1', name: 'Li Wei' } },
  conflict: {
    base: { version: 'a', snapshot: { name: 'Li Wei', mobile: '1' } },
    current: { version: 'b', snapshot: { name: 'Li Wei', mobile: '2' } },
    detectedAt: 1,
  },
}
const send = (id: number, check: { readonly state: 'none' } | { readonly state: 'unconfirmed'; readonly sentAt: number }): OutboxEntry => ({
  ...base,
  id,
  state: 'pending',
  operation: {
    kind: 'tuya.permissions.send',
    sendKind: 'increment',
    certificates: 'cardFace',
    channels: [
      { channelId: 'ch1', name: 'Lobby gate', deviceName: 'Controller A' },
      { channelId: 'ch2', name: 'Garage', deviceName: 'Controller B' },
    ],
    credentials: 12,
    check,
  },
})

/** The person edit merged with the cloud: both changed the mobile number; the cloud moved them to another organisation. */
const review: MergeReview = {
  id: 2,
  fields: [
    { key: 'name', format: 'text', kind: 'scalar', base: 'Li Wei', mine: 'Li Wei', theirs: 'Li Wei', merged: 'Li Wei', conflict: false },
    { key: 'mobile', format: 'text', kind: 'scalar', base: '1', mine: '13800000001', theirs: '2', merged: '2', conflict: true },
    { key: 'certNo', format: 'secret', kind: 'scalar', base: '110101', mine: '110199', theirs: '110101', merged: '110199', conflict: false },
    { key: 'organisation', format: 'names', kind: 'scalar', base: 's1', mine: 's1', theirs: 's2', merged: 's2', conflict: false },
  ],
  names: { s1: 'Lobby staff', s2: 'Night shift' },
}

let replayed: number[][] = []
let discarded: number[] = []
let resolved: unknown[] = []
let entries: OutboxEntry[] = []
let reviewed: MergeReview | null = review

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
  'outbox:review': () => ({ ok: true, value: { review: reviewed } }),
  'outbox:resolve': (input) => {
    resolved.push(input)
    return { ok: true, value: { resolved: true } }
  },
  'project:overview': () => ({ ok: false, error: { code: 'not_found', messageKey: 'errors.not_found', retryable: false } }),
})
const { OutboxView } = await import('../../../src/renderer/src/features/project/OutboxView')

describe('the outbox review', () => {
  beforeEach(() => {
    replayed = []
    discarded = []
    resolved = []
    reviewed = review
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

  it('shows a conflict field by field in words: names for ids, secrets masked, only what changed', async () => {
    await renderUi(<OutboxView />)
    const card = (await screen.findAllByTestId('outbox-entry'))[1]!
    const rows = await within(card).findAllByTestId('merge-field')
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringContaining('Mobile'),
      'Certificate number••••01 → ••••99Not changed••••99',
      'OrganisationNot changedLobby staff → Night shiftNight shift',
    ])
    expect(card).not.toHaveTextContent('110199')
    expect(card).not.toHaveTextContent('{')
  })

  it('a field both changed keeps the cloud’s value unless the installer picks theirs; then the merge is sent', async () => {
    await renderUi(<OutboxView />)
    const card = (await screen.findAllByTestId('outbox-entry'))[1]!
    const group = await within(card).findByRole('radiogroup', { name: 'Changed on both sides. Keep:' })
    expect(within(group).getByRole('radio', { name: "The cloud's: 2" })).toBeChecked()
    await userEvent.click(within(group).getByRole('radio', { name: 'Yours: 13800000001' }))
    await userEvent.click(within(card).getByRole('button', { name: 'Send the combined change' }))
    await waitFor(() => expect(resolved).toEqual([{ entryId: 2, resolution: { kind: 'merge', keepMine: ['mobile'] } }]))
    await waitFor(() => expect(replayed).toEqual([[2]]))
  })

  it('"use mine for everything" first lists what it replaces in the cloud, and sends only when confirmed', async () => {
    await renderUi(<OutboxView />)
    const card = (await screen.findAllByTestId('outbox-entry'))[1]!
    await userEvent.click(await within(card).findByRole('button', { name: 'Use mine for everything…' }))
    const dialog = await screen.findByRole('dialog', { name: "Replace the cloud's changes with yours?" })
    expect(within(dialog).getByTestId('overwrites').textContent).toBe(
      'Mobile: 2 → 13800000001Certificate number: ••••01 → ••••99Organisation: Night shift → Lobby staff',
    )
    expect(resolved).toEqual([])
    await userEvent.click(within(dialog).getByRole('button', { name: 'Replace and send' }))
    await waitFor(() => expect(resolved).toEqual([{ entryId: 2, resolution: { kind: 'mine' } }]))
  })

  it('a change that cannot be merged is kept whole or discarded', async () => {
    reviewed = null
    await renderUi(<OutboxView />)
    const card = (await screen.findAllByTestId('outbox-entry'))[1]!
    expect(
      await within(card).findByText("Fieldkey cannot combine this kind of change with the cloud's. Send yours as it is, or discard it."),
    ).toBeInTheDocument()
    await userEvent.click(within(card).getByRole('button', { name: 'Send mine anyway' }))
    await waitFor(() => expect(resolved).toEqual([{ entryId: 2, resolution: { kind: 'mine' } }]))
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

  it('says a queued Tuya send by its channels, kind and credentials, and notes one whose answer was lost', async () => {
    entries = [send(3, { state: 'none' }), send(4, { state: 'unconfirmed', sentAt: 1 })]
    await renderUi(<OutboxView />)
    const [queued, unconfirmed] = await screen.findAllByTestId('outbox-entry')
    expect(queued).toHaveTextContent('Incremental send (Card and face) to Lobby gate, Garage: 12 person credentials')
    expect(within(queued!).queryByTestId('outbox-note')).toBeNull()
    expect(within(unconfirmed!).getByTestId('outbox-note')).toHaveTextContent(
      'Sent, but the answer was lost. Fieldkey reads the cloud’s task list as soon as the cloud answers, and never sends it twice.',
    )
  })

  it('says the same in Chinese', async () => {
    entries = [send(4, { state: 'unconfirmed', sentAt: 1 })]
    await renderUi(<OutboxView />, 'zh-CN')
    const card = await screen.findByTestId('outbox-entry')
    expect(card).toHaveTextContent('增量下发（卡和人脸）到 Lobby gate, Garage：12 项人员凭证')
    expect(within(card).getByTestId('outbox-note')).toHaveTextContent('已发送，但应答丢失。')
  })
})
