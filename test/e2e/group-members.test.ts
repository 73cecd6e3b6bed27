import type { BrowserContext, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openPage, screenshot } from './helpers/browser'
import { useHostAndBrowser } from './helpers/session'
import { openAkuvoxDemo } from './helpers/connect'

const session = useHostAndBrowser()

/**
 * Who is in a group, in Chromium on the Akuvox demo site: the cloud reports a count only, so the
 * residents Fieldkey adds are named in the group's detail, ticked in the residents dialog and
 * named in the delete confirmation next to how many more the cloud counts.
 */
let context: BrowserContext
let page: Page
let problems: string[] = []
let group = ''
let added: string[] = []

beforeAll(async () => {
  ;({ page, problems, context } = await openPage(session.browser, { height: 1000 }))
})
afterAll(async () => {
  await context?.close()
})

/** A checkbox's label as the installer reads it ("Ann Lee · Tower A · 101"). */
const labelOf = (box: Locator): Promise<string> =>
  box.evaluate((el) => (el as unknown as { labels: readonly { textContent: string | null }[] | null }).labels?.[0]?.textContent ?? '')

const residentName = (label: string): string => label.split(' · ')[0] ?? ''

describe('group members in Chromium', () => {
  it('opens a custom group of the Akuvox demo site', async () => {
    await page.goto(session.host.url)
    await openAkuvoxDemo(page)
    await page.getByTestId('project-nav').getByRole('button', { name: 'Access groups' }).click()
    // A new project asks for its site time zone first: this computer's, as suggested.
    const ask = page.getByTestId('ask-site-zone')
    await ask.getByRole('button', { name: /what this computer is set to$/ }).click()
    await ask.getByRole('button', { name: 'Use this time zone' }).click()
    await page.getByTestId('groups-table').waitFor()
    // A custom group: system ones carry a "System" badge and cannot be changed.
    // The one with the most users, so the cloud counts some that Fieldkey did not add.
    const custom = page.getByTestId('group-row').filter({ hasNot: page.getByText('System', { exact: true }) })
    const users = (await custom.evaluateAll((rows) => rows.map((r) => (r as unknown as { cells: { textContent: string }[] }).cells[4]?.textContent))).map(
      Number,
    )
    const open = custom.nth(users.indexOf(Math.max(...users))).getByRole('button', { name: /^Open / })
    group = ((await open.getAttribute('aria-label')) ?? '').replace(/^Open /, '')
    await open.click()
    await page.getByTestId('group-detail').waitFor()
    // Before any change from here, the detail says the cloud does not name its users.
    expect(await page.getByTestId('group-members').textContent()).toContain('none were added from Fieldkey')
  })

  it('adds two residents: the detail names them, added here', async () => {
    await page.getByRole('button', { name: 'Residents…' }).click()
    const dialog = page.getByTestId('residents-dialog')
    const unticked = dialog.getByRole('checkbox', { checked: false, disabled: false })
    await unticked.first().waitFor()
    const labels = [await labelOf(unticked.nth(0)), await labelOf(unticked.nth(1))]
    for (const label of labels) await dialog.getByRole('checkbox', { name: label }).click()
    await dialog.getByRole('button', { name: 'Add to group (2)' }).click()
    await dialog.getByText('Added: 2').waitFor()
    await dialog.getByRole('button', { name: 'Close' }).click()
    added = labels

    const members = page.getByTestId('group-members')
    await expect.poll(() => members.textContent()).toMatch(/The cloud reports \d+ users?; 2 were added from Fieldkey:/)
    const lines = await members.getByRole('listitem').allTextContents()
    expect(lines).toHaveLength(2)
    for (const [i, label] of labels.entries()) expect(lines[i]).toMatch(new RegExp(`^${escapeRegExp(label)} \\(added here on .+\\)$`))
    await screenshot(page, 'group-members')
  })

  it('the residents dialog opens with them ticked, each "added here on …"', async () => {
    await page.getByRole('button', { name: 'Residents…' }).click()
    const dialog = page.getByTestId('residents-dialog')
    await expect.poll(() => dialog.getByTestId('residents-intro').textContent()).toContain('the 2 residents added from Fieldkey are ticked')
    for (const label of added) expect(await dialog.getByRole('checkbox', { name: label }).isChecked()).toBe(true)
    expect(await dialog.getByText(/^added here on /).count()).toBe(2)
    expect(await dialog.getByRole('checkbox', { checked: true }).count()).toBe(2)
    await screenshot(page, 'group-members-dialog')
    await dialog.getByRole('button', { name: 'Close' }).click()
  })

  it('the delete confirmation names them, and how many more the cloud reports', async () => {
    const summary = (await page.getByTestId('group-members').textContent()) ?? ''
    const cloudCount = Number(/The cloud reports (\d+) users?/.exec(summary)?.[1] ?? NaN)
    await page.getByRole('button', { name: 'Delete', exact: true }).click()
    const dialog = page.getByTestId('delete-dialog')
    const who = dialog.getByTestId('delete-members')
    await who.waitFor()
    const names = added.map(residentName).join(', ')
    const more = cloudCount - 2
    expect(await who.textContent()).toBe(more > 0 ? `Who: ${names} and ${more} more the cloud reports.` : `Who: ${names}.`)
    expect(await dialog.textContent()).toContain(`${group}: ${cloudCount} user`)
    await screenshot(page, 'group-members-delete')
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    expect(problems).toEqual([])
  })
})

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
