import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningSandboxes, startSandboxes } from '@fieldkey/sandbox'
import { FIELD_LIMITS } from '@shared/field-limits'
import { openPage, screenshot } from './helpers/browser'
import { openAkuvoxProject } from './helpers/connect'
import { useHostAndBrowser } from './helpers/session'

const session = useHostAndBrowser()

/** Input past a limit gets an answer the installer can read, never a contract key or an endless "Loading…". */
let page: Page
let problems: string[]
let close: () => Promise<void>
let cloud: RunningSandboxes

beforeAll(async () => {
  cloud = await startSandboxes({ seed: 5, scale: 'small', admin: false })
  ;({ page, problems, close } = await openPage(session.browser))
})
afterAll(async () => {
  await close?.()
  await cloud?.close()
})

describe('limits in the installer’s words, in Chromium', () => {
  it('a 5,000-character connection name is refused on the Name field, saying the limit', async () => {
    await page.goto(session.host.url)
    await page.getByRole('button', { name: 'Add a connection' }).click()
    await page.getByRole('menuitem', { name: 'Akuvox / Akubela' }).click()
    const dialog = page.getByRole('dialog')
    const name = dialog.getByRole('textbox', { name: /^Name/ })
    await name.fill('n'.repeat(5000))
    for (const [label, value] of [
      ['Client ID', 'id'],
      ['Client secret', 'secret'],
      ['User name', 'user'],
    ] as const)
      await dialog.getByLabel(label).fill(value)
    await dialog.getByLabel(/^Password/).fill('password')
    await dialog.getByRole('button', { name: 'Sign in and save' }).click()
    await expect.poll(() => name.getAttribute('aria-invalid')).toBe('true')
    const described = await name.evaluate((el) =>
      (el.getAttribute('aria-describedby') ?? '').split(' ').map((id: string) => el.ownerDocument.getElementById(id)?.textContent ?? ''),
    )
    expect(described.join(' ')).toContain(`Name: at most ${FIELD_LIMITS.connectionName} characters`)
    expect(await dialog.textContent()).not.toMatch(/label|Too big|connections:add/)
    expect(await dialog.getByText(`5000 / ${FIELD_LIMITS.connectionName} characters`).isVisible()).toBe(true)
    await screenshot(page, 'connection-name-too-long')
    await name.fill('Harbour View')
    await expect.poll(() => dialog.getByText(`12 / ${FIELD_LIMITS.connectionName} characters`).isVisible()).toBe(true)
    await dialog.getByRole('button', { name: 'Cancel' }).click()
  })

  it('a 10,000-character device search is cut at the limit and answers "no match", never "Loading…" forever', async () => {
    // A fresh page, whatever the test before left open.
    await page.goto('about:blank')
    await page.goto(session.host.url)
    await openAkuvoxProject(page, cloud.info.akuvox, 'Long search site')
    await page.getByTestId('project-nav').getByRole('button', { name: 'Devices' }).click()
    await page.getByTestId('device-row').first().waitFor()
    const search = page.getByRole('textbox', { name: 'Search devices' })
    await search.fill('q'.repeat(10_000))
    await page.getByText('No device matches these filters.').waitFor()
    expect(await page.getByTestId('device-count').textContent()).not.toContain('Loading')
    expect((await search.inputValue()).length).toBe(FIELD_LIMITS.search)
    await screenshot(page, 'device-search-too-long')
    await search.fill('')
    await page.getByTestId('device-row').first().waitFor()
    expect(problems).toEqual([])
  })
})
