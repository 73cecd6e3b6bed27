import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { buildChannelGrid } from '@shared/sends/grid'
import { buildPreview } from '@shared/sends/preview'
import type { ChannelRow, SendGrid } from '@shared/sends/types'
import { auth, bad, info, ok, record } from '../../fixtures/sends'
import { resources } from '../../../src/renderer/src/i18n'
import { type Answers, installApi, renderUi } from './render'

const SCOPE = { connectionId: 'c1', projectId: 'p1' }
const row = (channelId: string, name: string, pending: { card: number; face: number }): ChannelRow => ({
  channelId,
  name,
  deviceId: `dev-${channelId}`,
  deviceName: `${name} reader`,
  roomId: 'r1',
  positionPath: 'Tower 1',
  online: true,
  lastSeenAt: null,
  permissions: { total: 3, ...pending },
  lastSend: null,
})
const CHANNELS = [row('ch1', 'East gate', { card: 1, face: 0 }), row('ch2', 'Car park', { card: 0, face: 0 })]
const AUTHS = [
  auth({ personId: 'a', name: 'Amy', authCardNum: 1, cardIssueStatus: 'pending' }),
  auth({ personId: 'b', name: 'Bob', authCardNum: 1, cardIssueStatus: 'pending' }),
]

const never = () => new Promise<never>(() => undefined)
const answers: Answers = {
  'sends:preview': (input) => ({
    ok: true,
    value: buildPreview(
      input.draft,
      CHANNELS.filter((c) => input.draft.channelIds.includes(c.channelId)).map((c) => ({ ...c, runningTaskId: null })),
      () => AUTHS,
    ),
  }),
  // The batch view before the cloud has listed its tasks: nothing answers yet.
  'sends:grid': never,
  'sends:task': never,
}
installApi(answers)

Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 })
Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 1000 })

const { SendWizard } = await import('../../../src/renderer/src/features/sends/wizard/SendWizard')
const { SendGridView } = await import('../../../src/renderer/src/features/sends/SendGridView')
const { BatchView } = await import('../../../src/renderer/src/features/sends/BatchView')
const { ChannelsTable } = await import('../../../src/renderer/src/features/sends/ChannelsTable')
const { useSendsStore, INITIAL } = await import('../../../src/renderer/src/stores/sends/store')

beforeEach(() => useSendsStore.setState({ ...INITIAL, scope: SCOPE }))

const next = () => userEvent.click(screen.getByRole('button', { name: 'Next' }))

describe('the send wizard in words', () => {
  it('names the credentials without the API field or its codes', async () => {
    await renderUi(<SendWizard channels={CHANNELS} initial={['ch1']} />)
    await next()
    const step = screen.getByTestId('policy-step')
    expect(within(step).getByText('Credentials to send')).toBeInTheDocument()
    expect(step.textContent).not.toMatch(/authIssueCertificate|Code \d/)
    expect(within(step).getByText('Card and face. Fingerprints are never part of a send.')).toBeInTheDocument()
  })

  it('counts persons, channels and problems with their plural forms', async () => {
    await renderUi(<SendWizard channels={CHANNELS} initial={['ch1']} />)
    await next()
    await userEvent.click(screen.getByRole('radio', { name: /^Card only/ }))
    await next()
    const preview = await screen.findByTestId('preview-step')
    expect(preview).toHaveTextContent('2 persons on 1 channel · 0 problems')
  })

  it('and in Chinese, without the API field either', async () => {
    await renderUi(<SendWizard channels={CHANNELS} initial={['ch1', 'ch2']} />, 'zh-CN')
    await userEvent.click(screen.getByRole('button', { name: '下一步' }))
    expect(screen.getByTestId('policy-step').textContent).not.toMatch(/authIssueCertificate|代码/)
    await userEvent.click(screen.getByRole('radio', { name: /^仅卡/ }))
    await userEvent.click(screen.getByRole('button', { name: '下一步' }))
    expect(await screen.findByTestId('preview-step')).toHaveTextContent('2 个通道上 4 人 · 0 个问题')
  })
})

describe('channels pending', () => {
  it('says what is still to be sent in words with plurals, and nothing for a channel with nothing to send', async () => {
    await renderUi(<ChannelsTable channels={CHANNELS} selected={new Set()} onToggle={() => undefined} />)
    const rows = await screen.findAllByTestId('channel-row')
    expect(rows[0]).toHaveTextContent('1 card · 0 faces')
    expect(rows[1]).toHaveTextContent('Nothing to send')
    expect(rows.map((r) => r.textContent).join(' ')).not.toMatch(/fingerprint/i)
  })
})

describe('why it failed', () => {
  const records = [record('a', 'Amy', 'succeeded'), record('b', '张伟', 'failed'), record('c', 'Cat', 'failed'), record('e', 'Eve', 'terminated')]
  const grid: SendGrid = {
    channels: [
      buildChannelGrid(
        { taskId: 't1', channelId: 'ch2', channelName: 'Car park', deviceName: 'Car park reader', records, deviceOnline: true },
        new Map([
          ['rec-a', info('rec-a', { card: ok(), face: ok() })],
          ['rec-b', info('rec-b', { card: ok(), face: bad() })],
          ['rec-c', info('rec-c', { card: ok() })],
        ]),
      ),
    ],
    partial: false,
  }

  it('each failed person has a reason in words next to the cells; one without a cause says the cloud gave none', async () => {
    await renderUi(<SendGridView grid={grid} />)
    const rows = await screen.findAllByTestId('grid-row')
    const byName = (name: string) => rows.find((r) => r.firstElementChild?.textContent === name) ?? document.body
    expect(screen.getByRole('columnheader', { name: 'Why it failed' })).toBeInTheDocument()
    expect(within(byName('张伟')).getByTestId('grid-why')).toHaveTextContent('The face picture could not be sent to the door.')
    expect(within(byName('Cat')).getByTestId('grid-why')).toHaveTextContent('The cloud gave no reason.')
    expect(within(byName('Eve')).getByTestId('grid-why')).toHaveTextContent('The send was stopped before it reached this person.')
    expect(within(byName('Amy')).queryByTestId('grid-why')).toBeNull()
    // Each failed cell says its own reason to a screen reader; the card that went says only that.
    expect(screen.getByLabelText('张伟, Face: Failed. The face picture could not be sent to the door.')).toBeInTheDocument()
    expect(screen.getByLabelText('张伟, Card: Sent')).toBeInTheDocument()
    expect(screen.getByLabelText('Eve, Card: Failed. The send was stopped before it reached this person.')).toBeInTheDocument()
  })

  it('the full reasons open from the keyboard', async () => {
    const offline: SendGrid = {
      channels: [
        buildChannelGrid(
          {
            taskId: 't1',
            channelId: 'ch2',
            channelName: 'Car park',
            deviceName: 'Car park reader',
            records: [record('b', '张伟', 'failed')],
            deviceOnline: false,
          },
          new Map([['rec-b', info('rec-b', { card: bad(), face: bad() })]]),
        ),
      ],
      partial: false,
    }
    await renderUi(<SendGridView grid={offline} />)
    const why = await screen.findByTestId('grid-why')
    expect(within(why).getByTestId('grid-why-first')).toHaveTextContent("The door's device is offline now: retry once it is back online.")
    expect(why).toHaveTextContent('+2 more reasons')
    why.focus()
    await userEvent.keyboard('{Enter}')
    const detail = await screen.findByTestId('why-detail')
    expect(
      within(detail)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      "The door's device is offline now: retry once it is back online.",
      'The card could not be sent to the door.',
      'The face picture could not be sent to the door.',
    ])
    expect(screen.getByRole('dialog', { name: 'Why 张伟 failed on Car park' })).toBeInTheDocument()
  })

  it('in Chinese too', async () => {
    await renderUi(<SendGridView grid={grid} />, 'zh-CN')
    const rows = await screen.findAllByTestId('grid-row')
    expect(rows.map((r) => within(r).queryByTestId('grid-why')?.textContent ?? '')).toContain('人脸照片未能下发到门禁。')
    expect(screen.getByRole('columnheader', { name: '失败原因' })).toBeInTheDocument()
  })
})

describe('a batch before the cloud lists its tasks', () => {
  it('is named by its channels and start time, and no task shows as its id', async () => {
    const started = new Date(2026, 2, 2, 10, 2).getTime()
    await renderUi(<BatchView taskIds={['task-8f3a01', 'task-8f3a02', 'task-8f3a03']} startedAt={started} />)
    const name = await screen.findByTestId('batch-name')
    expect(name.textContent).toMatch(/^Send to 3 channels, started .*10:02/)
    const view = screen.getByTestId('batch-view')
    await waitFor(() => expect(within(view).getByText('Channel 1 of 3: waiting for the cloud to list its task')).toBeInTheDocument())
    expect(view.textContent).not.toContain('task-8f3a0')
  })

  it('one channel reads in the singular', async () => {
    await renderUi(<BatchView taskIds={['task-1']} startedAt={Date.now()} />)
    expect((await screen.findByTestId('batch-name')).textContent).toMatch(/^Send to 1 channel, started/)
  })
})

describe('every sends string, in both languages', () => {
  const strings = (tree: unknown): string[] =>
    typeof tree === 'string' ? [tree] : tree && typeof tree === 'object' ? Object.values(tree).flatMap(strings) : []

  it('names no API field and shows no code', () => {
    for (const language of ['en', 'zh-CN'] as const) {
      const sends = strings((resources[language].translation as { sends: unknown }).sends)
      expect(sends.length).toBeGreaterThan(100)
      expect(sends.filter((s) => /authIssue|issueInfo|issue info|\{\{code\}\}|\bcode \d|代码/i.test(s))).toEqual([])
    }
  })
})
