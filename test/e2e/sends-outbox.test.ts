import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FieldkeyApi } from '../../src/shared/ipc'
import type { ChannelRow } from '../../src/shared/sends/types'
import { type RunningSandboxes, startSandboxes } from '@fieldkey/sandbox'
import { openPage, screenshot } from './helpers/browser'
import { openTuyaProject } from './helpers/connect'
import { sandboxAdmin, tuyaSandboxTasks } from './helpers/sandbox-admin'
import { useHostAndBrowser } from './helpers/session'

const session = useHostAndBrowser()

/**
 * A Tuya permission send made while the cloud cannot be reached, in Chromium: it waits in the
 * outbox in words instead of ending in "the answer was lost"; when the cloud answers again the
 * task list shows it never landed, the installer is told, and the replay puts its task in the cloud.
 */
let context: BrowserContext
let page: Page
let cloud: RunningSandboxes
let problems: string[] = []
let channel: ChannelRow
let scope: { connectionId: string; projectId: string }

interface Browserside {
  readonly fieldkey: FieldkeyApi
}

const admin = sandboxAdmin(() => cloud)
const sandboxTasks = tuyaSandboxTasks(() => cloud)
const nav = (name: string) => page.getByTestId('project-nav').getByRole('button', { name }).click()

beforeAll(async () => {
  cloud = await startSandboxes({ seed: 9 })
  ;({ page, problems, context } = await openPage(session.browser, { height: 900 }))
})
afterAll(async () => {
  await context?.close()
  await cloud?.close()
})

describe('a Tuya send without the cloud, in Chromium', () => {
  it('opens the Tuya project', async () => {
    await page.goto(session.host.url)
    scope = await openTuyaProject(page, cloud.info.tuya, 'Riverside Tower')
    const listing = await page.evaluate(async (s) => (globalThis as unknown as Browserside).fieldkey.sends.channels(s), scope)
    if (!listing.ok) throw new Error(JSON.stringify(listing.error))
    const found = listing.value.channels.find((c) => c.online && c.permissions.card > 0)
    if (!found) throw new Error('the site needs an online channel with pending cards')
    channel = found
  })

  it('the network is cut: the send waits in the outbox, described by channel, kind and credentials, and nothing reaches the cloud', async () => {
    const before = (await sandboxTasks()).length
    await admin('POST', '/faults/tuya', { dropRate: 1 })
    await nav('Sends')
    await page.getByRole('button', { name: 'New send…' }).click()
    await page.getByLabel('Search channels, devices and areas').fill(channel.deviceName)
    await page.getByRole('checkbox', { name: `Select ${channel.name}`, exact: true }).click()
    await page.getByRole('button', { name: 'Next' }).click()
    await page.getByRole('radio', { name: /^Incremental send/ }).check()
    await page.getByRole('radio', { name: /^Card only/ }).check()
    await page.getByRole('button', { name: 'Next' }).click()
    await page.getByTestId('preview-step').waitFor()
    await page.getByRole('button', { name: 'Next' }).click()
    await page.getByRole('button', { name: 'Send now' }).click()
    await page.getByTestId('send-confirm').getByRole('button', { name: 'Send', exact: true }).click()
    await page.getByText('The send went out, but its answer was lost. It waits in the outbox', { exact: false }).waitFor({ timeout: 60_000 })
    expect(await page.getByText('The answer was lost, so Fieldkey cannot tell whether the change was made.', { exact: false }).count()).toBe(0)

    await nav('Outbox')
    const entry = page.getByTestId('outbox-entry').filter({ hasText: `Incremental send (Card only) to ${channel.name}: ` })
    await entry.waitFor()
    await entry
      .getByText('Sent, but the answer was lost. Fieldkey reads the cloud’s task list as soon as the cloud answers, and never sends it twice.')
      .waitFor()
    await screenshot(page, 'outbox-send-unconfirmed')
    expect(await sandboxTasks()).toHaveLength(before)
  })

  it('back online: the task list shows it never landed, the installer is told, and the replay puts exactly one task in the cloud', async () => {
    const before = (await sandboxTasks()).length
    await admin('DELETE', '/faults/tuya')
    await page.getByText(`Your send to ${channel.name} was not made. It waits in the outbox: review it there and send it.`).waitFor({ timeout: 90_000 })
    // The notice of the lost answer gives way to how it was settled.
    await expect.poll(() => page.getByText('The send went out, but its answer was lost.', { exact: false }).count()).toBe(0)
    const entry = page.getByTestId('outbox-entry').filter({ hasText: `Incremental send (Card only) to ${channel.name}: ` })
    await entry.getByText(/^Fieldkey checked the cloud’s task list at .*: this send was not made\./).waitFor()
    await screenshot(page, 'outbox-send-not-made')
    expect(await sandboxTasks()).toHaveLength(before)

    await entry.getByRole('checkbox').check()
    await page.getByRole('button', { name: 'Replay 1 selected' }).click()
    await expect.poll(async () => (await sandboxTasks()).length, { timeout: 30_000 }).toBe(before + 1)
    const [task] = (await sandboxTasks()).slice(before)
    expect(task).toMatchObject({ channelId: channel.channelId, kind: 2, certificate: 1 })
    await page.getByText('Nothing is waiting. Every change has reached the cloud.').waitFor({ timeout: 30_000 })
    expect(problems).toEqual([])
  })
})
