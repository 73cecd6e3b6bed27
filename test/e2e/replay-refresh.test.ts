import type { BrowserContext, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningSandboxes, startSandboxes } from '@fieldkey/sandbox'
import { openPage, screenshot } from './helpers/browser'
import { openAkuvoxProject } from './helpers/connect'
import { useHostAndBrowser } from './helpers/session'

const session = useHostAndBrowser()

/**
 * Changes made while the cloud cannot be reached, sent later from the access groups page: once
 * sent, every list shows the cloud's state without a manual sync — the new group with the list's
 * new "As of" time, and a group's member count after residents were added.
 */
let context: BrowserContext
let page: Page
let cloud: RunningSandboxes
let problems: string[] = []

const admin = (path: string, init?: RequestInit) => fetch(`${cloud.info.admin?.baseUrl}${path}`, init)
const unreachable = () => admin('/faults/akuvox', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ dropRate: 1 }) })
const reachable = () => admin('/faults/akuvox', { method: 'DELETE' })

/** Mantine's chips and segmented controls hide their inputs; a click on the input is what a label click does. */
const choose = (input: Locator): Promise<void> => input.evaluate((el) => (el as unknown as { click(): void }).click())
const row = (name: string) => page.getByTestId('group-row').filter({ hasText: name })
/** When the list was read, to the millisecond (the text says it to the minute). */
const syncedAt = () => page.getByTestId('groups-synced-at').getAttribute('data-at')
/** The overview's count of cached access groups. */
const groupCount = async () => Number(/Access groups([\d,]+)/.exec((await page.getByTestId('counts').textContent()) ?? '')?.[1]?.replace(/,/g, '') ?? NaN)
const goTo = (section: string) => page.getByTestId('project-nav').getByRole('button', { name: section }).click()

beforeAll(async () => {
  cloud = await startSandboxes({ seed: 11 })
  ;({ page, problems, context } = await openPage(session.browser, { height: 900 }))
})
afterAll(async () => {
  await context?.close()
  await cloud?.close()
})

describe('after changes from the outbox are sent', () => {
  it('the new group is listed at once, with the list read again', async () => {
    await page.goto(session.host.url)
    await openAkuvoxProject(page, cloud.info.akuvox, 'Harbour View')
    const groupsBefore = await groupCount()
    await goTo('Access groups')
    await page.getByTestId('groups-table').waitFor()
    const before = await syncedAt()

    await unreachable()
    try {
      await page.getByRole('button', { name: 'New access group' }).click()
      await page.getByLabel('Group name').fill('Night porter')
      await choose(page.getByRole('radio', { name: 'Daily' }))
      await page.getByLabel(/^Opens at/).fill('22:00')
      await page.getByLabel(/^Closes at/).fill('06:00')
      await page.getByRole('button', { name: 'Next' }).click()
      await page.getByTestId('doors-step').getByRole('checkbox').first().click()
      await page.getByRole('button', { name: 'Next' }).click()
      await page.getByRole('button', { name: 'Create group' }).click()
      await page.getByText('“Night porter” could not reach the cloud and waits in the outbox.').waitFor({ timeout: 30_000 })
      await page.getByRole('button', { name: 'All access groups' }).click()
      await row('Night porter').getByTestId('pending-badge').waitFor()
    } finally {
      await reachable()
    }
    await page.getByRole('button', { name: 'Send pending changes (1)' }).click()
    await page.getByText('Sent 1 of 1 changes.').waitFor({ timeout: 30_000 })

    // No refresh pressed: the replay read the project again and the list followed.
    await row('Night porter').waitFor()
    await expect.poll(() => row('Night porter').getByTestId('pending-badge').count()).toBe(0)
    expect(await syncedAt()).not.toBe(before)
    await screenshot(page, 'access-groups-after-replay')
    // The overview counts it too: the replay's re-read is a sync like any other.
    await goTo('Overview')
    await expect.poll(groupCount).toBe(groupsBefore + 1)
    await goTo('Access groups')
  })

  it("residents added while the cloud could not be reached count in the group's members once sent", async () => {
    await row('Night porter').getByRole('button', { name: 'Open Night porter' }).click()
    await page.getByTestId('group-detail').waitFor()
    await unreachable()
    try {
      await page.getByRole('button', { name: 'Residents…' }).click()
      const dialog = page.getByTestId('residents-dialog')
      const boxes = dialog.getByRole('checkbox')
      await boxes.nth(0).click()
      await boxes.nth(1).click()
      await dialog.getByRole('button', { name: 'Add to group (2)' }).click()
      await dialog.getByText('Offline: 2 residents wait in the outbox and are sent when you replay them.').waitFor({ timeout: 30_000 })
      await dialog.getByRole('button', { name: 'Close' }).click()
    } finally {
      await reachable()
    }
    await page.getByRole('button', { name: 'All access groups' }).click()
    await page.getByRole('button', { name: 'Send pending changes (1)' }).click()
    await page.getByText('Sent 1 of 1 changes.').waitFor({ timeout: 30_000 })
    const users = row('Night porter').getByRole('cell').nth(4)
    await expect.poll(() => users.textContent()).toBe('2')
    expect(problems).toEqual([])
  })
})
