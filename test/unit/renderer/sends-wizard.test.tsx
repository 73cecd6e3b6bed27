import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import type { TuyaAccessAuth } from '@shared/domain/tuya'
import { buildChannelGrid } from '@shared/sends/grid'
import { buildPreview } from '@shared/sends/preview'
import type { ChannelRow, SendGrid } from '@shared/sends/types'
import { auth, bad, info, ok, record } from '../../fixtures/sends'
import { type Answers, installApi, renderUi } from './render'

const SCOPE = { connectionId: 'c1', projectId: 'p1' }
const STARTED = Date.UTC(2026, 2, 2, 2, 2)
const channel = (channelId: string, name: string, online: boolean): ChannelRow => ({
  channelId,
  name,
  deviceId: `dev-${channelId}`,
  deviceName: `${name} reader`,
  roomId: 'r1',
  positionPath: 'Tower 1',
  online,
  lastSeenAt: null,
  permissions: { total: 2, card: 1, face: 1 },
  lastSend: null,
})
const CHANNELS = [channel('ch1', 'East gate', true), channel('ch2', 'Car park', false)]
const AUTHS: Readonly<Record<string, readonly TuyaAccessAuth[]>> = {
  ch1: [auth({ personId: 'a', name: '张伟', accessControlChannelId: 'ch1', authCardNum: 1, cardIssueStatus: 'pending', authFaceNum: 1 })],
  ch2: [
    auth({ personId: 'b', name: 'Bob', accessControlChannelId: 'ch2', authFaceNum: 1, faceIssueStatus: 'pending' }),
    auth({ personId: 'c', name: 'Cat', accessControlChannelId: 'ch2' }),
  ],
}

const calls: { channel: string; input: unknown }[] = []
const answers: Answers = {
  // Main's preview, computed by the same shared code over fixed permissions.
  'sends:preview': (input) => {
    calls.push({ channel: 'sends:preview', input })
    const draft = input.draft
    const chosen = CHANNELS.filter((c) => draft.channelIds.includes(c.channelId)).map((c) => ({ ...c, runningTaskId: null }))
    return { ok: true, value: buildPreview(draft, chosen, (id) => AUTHS[id] ?? []) }
  },
  'sends:start': (input) => {
    calls.push({ channel: 'sends:start', input })
    return { ok: true, value: { outcome: 'sent', kind: input.draft.kind, taskIds: ['t1', 't2'], recovered: false, startedAt: STARTED } }
  },
}
installApi(answers)

// jsdom has no layout: give elements a screenful of size so the virtualized tables render rows.
Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 })
Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 1000 })

const { SendWizard } = await import('../../../src/renderer/src/features/sends/wizard/SendWizard')
const { SendGridView } = await import('../../../src/renderer/src/features/sends/SendGridView')
const { useSendsStore, INITIAL } = await import('../../../src/renderer/src/stores/sends/store')

beforeEach(() => {
  calls.length = 0
  useSendsStore.setState({ ...INITIAL, scope: SCOPE })
})

const next = () => userEvent.click(screen.getByRole('button', { name: 'Next' }))

describe('send wizard', () => {
  it('flags offline channels in words, and only those', async () => {
    await renderUi(<SendWizard channels={CHANNELS} initial={[]} />)
    const rows = await screen.findAllByTestId('channel-row')
    expect(rows).toHaveLength(2)
    const offline = rows.find((r) => within(r).queryByText('Car park'))
    const online = rows.find((r) => within(r).queryByText('East gate'))
    expect(within(offline ?? document.body).getByTestId('offline-flag')).toHaveTextContent('This device is offline — its part of the send will fail.')
    expect(within(online ?? document.body).queryByTestId('offline-flag')).toBeNull()
  })

  it('will not go on without a channel', async () => {
    await renderUi(<SendWizard channels={CHANNELS} initial={[]} />)
    await next()
    expect(screen.getByText('Choose at least one channel.')).toBeInTheDocument()
    expect(screen.queryByTestId('policy-step')).toBeNull()
  })

  it('warns plainly about a full send, only when full is chosen', async () => {
    await renderUi(<SendWizard channels={CHANNELS} initial={['ch1']} />)
    await next()
    expect(screen.queryByTestId('full-warning')).toBeNull()
    await userEvent.click(screen.getByRole('radio', { name: /^Full send/ }))
    expect(screen.getByTestId('full-warning')).toHaveTextContent('A full send reloads every permission on the device.')
    await userEvent.click(screen.getByRole('radio', { name: /^Incremental send/ }))
    expect(screen.queryByTestId('full-warning')).toBeNull()
  })

  it('previews per channel, confirms in words what it will do, and sends exactly that', async () => {
    await renderUi(<SendWizard channels={CHANNELS} initial={[]} />)
    await userEvent.click(await screen.findByRole('checkbox', { name: /Car park/ }))
    await userEvent.click(screen.getByRole('checkbox', { name: /East gate/ }))
    await next()
    await userEvent.click(screen.getByRole('radio', { name: /^Full send/ }))
    await userEvent.click(screen.getByRole('radio', { name: /^Card only/ }))
    await next()
    const preview = await screen.findByTestId('preview-step')
    const car = within(preview)
      .getAllByTestId('preview-channel')
      .find((c) => within(c).queryByText(/Car park on/))
    expect(car).toBeDefined()
    expect(within(car ?? preview).getByText("The device is offline: this channel's part will fail.")).toBeInTheDocument()
    // Full, cards only: Bob and Cat have no card on the car park door.
    expect(within(car ?? preview).getByText(/Bob has none of the chosen credentials on this door/)).toBeInTheDocument()
    expect(within(preview).getByText('张伟: Card')).toBeInTheDocument()
    await next()
    expect(calls.filter((c) => c.channel === 'sends:start')).toHaveLength(0)
    await userEvent.click(screen.getByRole('button', { name: 'Send now' }))
    const confirm = await screen.findByTestId('send-confirm')
    expect(confirm).toHaveTextContent('This starts a full send (Card only) to 2 channels: East gate, Car park. One task per channel; it cannot be undone.')
    expect(confirm).toHaveTextContent('A full send reloads every permission on these devices.')
    await userEvent.click(within(confirm).getByRole('button', { name: 'Send' }))
    await waitFor(() => expect(calls.filter((c) => c.channel === 'sends:start')).toHaveLength(1))
    expect(calls.find((c) => c.channel === 'sends:start')?.input).toEqual({
      ...SCOPE,
      draft: { channelIds: ['ch2', 'ch1'], kind: 'full', certificates: 'card' },
    })
    expect(useSendsStore.getState().screen).toEqual({ kind: 'batch', taskIds: ['t1', 't2'], startedAt: STARTED })
  })

  it('cancelling the confirmation sends nothing', async () => {
    await renderUi(<SendWizard channels={CHANNELS} initial={['ch1']} />)
    await next()
    await next()
    await screen.findByTestId('preview-step')
    await next()
    await userEvent.click(screen.getByRole('button', { name: 'Send now' }))
    const confirm = await screen.findByTestId('send-confirm')
    expect(confirm).toHaveTextContent('This starts an incremental send (Card and face) to 1 channel: East gate.')
    await userEvent.click(within(confirm).getByRole('button', { name: 'Cancel' }))
    expect(calls.filter((c) => c.channel === 'sends:start')).toHaveLength(0)
  })
})

describe('failure grid', () => {
  const records = [record('a', 'Amy', 'succeeded'), record('b', '张伟', 'failed'), record('c', 'Cat', 'failed'), record('e', 'Eve', 'failed')]
  const infos = new Map([
    ['rec-a', info('rec-a', { card: ok(), face: ok() })],
    ['rec-b', info('rec-b', { card: ok(), face: bad() })],
    // Eve failed as a person with nothing of the policy to carry: no credential cell failed.
    ['rec-e', info('rec-e', { person: bad() })],
  ])
  const grid: SendGrid = {
    channels: [
      buildChannelGrid({ taskId: 't1', channelId: 'ch2', channelName: 'Car park', deviceName: 'Car park reader', records }, infos),
      buildChannelGrid(
        { taskId: 't2', channelId: 'ch1', channelName: 'East gate', deviceName: 'East gate reader', records: [record('d', 'Dan', 'succeeded')] },
        new Map(),
      ),
    ],
    partial: false,
  }

  it('shows each failure per person and credential, failures first; "failed only" hides the rest', async () => {
    await renderUi(<SendGridView grid={grid} />)
    await screen.findAllByTestId('grid-row')
    const [car, east] = screen.getAllByTestId('grid-channel')
    expect(within(car ?? document.body).getByText('3 failed of 4')).toBeInTheDocument()
    expect(within(east ?? document.body).getByText('No failures.')).toBeInTheDocument()
    const rows = within(car ?? document.body).getAllByTestId('grid-row')
    expect(rows.map((r) => r.firstElementChild?.textContent)).toEqual(['Cat', 'Eve', '张伟', 'Amy'])
    // 张伟: the card landed, the face failed; Cat has no issue info, so every credential follows the failed record.
    expect(screen.getByLabelText('张伟, Card: Sent')).toBeInTheDocument()
    expect(screen.getByLabelText('张伟, Face: Failed. The face picture could not be sent to the door.')).toBeInTheDocument()
    expect(screen.getByLabelText('张伟, Password: Not part')).toBeInTheDocument()
    expect(screen.getByLabelText('Cat, Card: Failed. The reason has not been read from the cloud yet: open this send again later.')).toBeInTheDocument()
    expect(screen.getByLabelText('Amy, Face: Sent')).toBeInTheDocument()
    expect(screen.getByLabelText('Eve, Card: Not part')).toBeInTheDocument()
    expect(within(rows[1] ?? document.body).getByText('Failed')).toBeInTheDocument()
    await userEvent.click(screen.getByRole('checkbox', { name: 'Failed persons only' }))
    expect(
      within(screen.getAllByTestId('grid-channel')[0] ?? document.body)
        .getAllByTestId('grid-row')
        .map((r) => r.firstElementChild?.textContent),
    ).toEqual(['Cat', 'Eve', '张伟'])
    expect(screen.queryByLabelText('Amy, Face: Sent')).toBeNull()
  })

  it('says when per-credential results are missing', async () => {
    await renderUi(<SendGridView grid={{ ...grid, partial: true }} />)
    expect(screen.getByText(/Some per-credential results could not be read/)).toBeInTheDocument()
  })
})
