import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { BrowserContext, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningSandboxes, startSandboxes } from '@fieldkey/sandbox'
import { openAuditPage, seriousViolations } from './helpers/axe'
import { openPage, settled } from './helpers/browser'
import { openAkuvoxProject } from './helpers/connect'
import { ROOT } from './helpers/host'
import { useHostAndBrowser } from './helpers/session'

const session = useHostAndBrowser()

/**
 * The installer's activity log: a group made online is done at once; one made while the cloud
 * cannot be reached is queued, then done once the outbox is sent; the log reads the same after
 * the page is loaded again.
 */
let context: BrowserContext
let page: Page
let cloud: RunningSandboxes
let problems: string[] = []

const admin = (path: string, init?: RequestInit) => fetch(`${cloud.info.admin?.baseUrl}${path}`, init)
const unreachable = () => admin('/faults/akuvox', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ dropRate: 1 }) })
const reachable = () => admin('/faults/akuvox', { method: 'DELETE' })
const choose = (input: Locator): Promise<void> => input.evaluate((el) => (el as unknown as { click(): void }).click())
const goTo = (section: string) => page.getByTestId('project-nav').getByRole('button', { name: section }).click()

async function createGroup(name: string): Promise<void> {
  await page.getByRole('button', { name: 'New access group' }).click()
  await page.getByLabel('Group name').fill(name)
  await choose(page.getByRole('radio', { name: 'Daily' }))
  await page.getByLabel(/^Opens at/).fill('07:00')
  await page.getByLabel(/^Closes at/).fill('19:00')
  await page.getByRole('button', { name: 'Next' }).click()
  await page.getByTestId('doors-step').getByRole('checkbox').first().click()
  await page.getByRole('button', { name: 'Next' }).click()
  await page.getByRole('button', { name: 'Create group' }).click()
}

/** The log's rows as "what | result", newest first. */
const rows = () =>
  page
    .getByTestId('activity-row')
    .evaluateAll((els) => els.map((el) => `${el.querySelector('[data-testid="activity-what"]')?.textContent} | ${el.getAttribute('data-result')}`))

beforeAll(async () => {
  cloud = await startSandboxes({ seed: 12 })
  ;({ page, problems, context } = await openPage(session.browser, { height: 800 }))
})
afterAll(async () => {
  await context?.close()
  await cloud?.close()
})

describe('the activity log', () => {
  it('asks for the installer once, then shows a change made online as done, and one made offline as queued, then done after the replay', async () => {
    await page.goto(session.host.url)
    await openAkuvoxProject(page, cloud.info.akuvox, 'Harbour View')

    await page.getByTestId('nav-activity').click()
    await page.getByTestId('installer-prompt').waitFor()
    await page.getByTestId('installer-name').fill('Li Wei')
    await page.getByRole('button', { name: 'Save name' }).click()
    await page.getByTestId('installer-prompt').waitFor({ state: 'detached' })

    await goTo('Access groups')
    await page.getByTestId('groups-table').waitFor()
    await createGroup('Day porter')
    await page.getByRole('button', { name: 'All access groups' }).click()
    await page.getByTestId('group-row').filter({ hasText: 'Day porter' }).waitFor()

    await unreachable()
    try {
      await createGroup('Night porter')
      await page.getByText('“Night porter” could not reach the cloud and waits in the outbox.').waitFor({ timeout: 30_000 })
      await page.getByRole('button', { name: 'All access groups' }).click()
    } finally {
      await reachable()
    }

    await goTo('Activity')
    await expect.poll(rows).toEqual(['Created access group “Night porter” | queued', 'Created access group “Day porter” | done'])

    await goTo('Access groups')
    await page.getByRole('button', { name: 'Send pending changes (1)' }).click()
    await page.getByText('Sent 1 of 1 changes.').waitFor({ timeout: 30_000 })

    await goTo('Activity')
    const expected = ['Created access group “Night porter” | done', 'Created access group “Night porter” | queued', 'Created access group “Day porter” | done']
    await expect.poll(rows).toEqual(expected)
    const first = page.getByTestId('activity-row').first()
    expect(await first.textContent()).toContain('Li Wei')
    expect(await first.textContent()).toContain('Harbour View')

    await page.getByTestId('activity-result').click()
    await page.getByRole('option', { name: 'Queued' }).click()
    await expect.poll(rows).toEqual(['Created access group “Night porter” | queued'])
    await page.getByTestId('activity-result').click()
    await page.getByRole('option', { name: 'Any result' }).click()
    await expect.poll(rows).toEqual(expected)

    await settled(page)
    mkdirSync(join(ROOT, 'docs/screenshots'), { recursive: true })
    await page.screenshot({ path: join(ROOT, 'docs/screenshots/activity-log.png') })
  })

  it('reads the same after the page is loaded again', async () => {
    await page.reload()
    await page.getByTestId('nav-activity').click()
    await expect
      .poll(rows)
      .toEqual(['Created access group “Night porter” | done', 'Created access group “Night porter” | queued', 'Created access group “Day porter” | done'])
  })

  it('reads in Chinese when the installer switches language', async () => {
    await page.locator('input[aria-label="Language"]').click()
    await page.getByRole('option', { name: '简体中文' }).click()
    await expect.poll(rows).toEqual(['创建了门禁组“Night porter” | done', '创建了门禁组“Night porter” | queued', '创建了门禁组“Day porter” | done'])
    expect(await page.getByTestId('activity-result-badge').nth(1).textContent()).toBe('已排队')
    await settled(page)
    await page.screenshot({ path: join(ROOT, 'docs/screenshots/activity-log-zh-CN.png') })
    expect(problems).toEqual([])
  })

  it('has no serious accessibility violation', async () => {
    const audit = await openAuditPage(session.browser)
    try {
      await audit.page.goto(session.host.url)
      await audit.page.getByTestId('nav-activity').click()
      await expect.poll(() => audit.page.getByTestId('activity-row').count()).toBe(3)
      expect(await seriousViolations(audit.page)).toEqual([])
    } finally {
      await audit.close()
    }
  })
})
