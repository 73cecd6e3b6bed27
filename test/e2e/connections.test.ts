import { DatabaseSync } from 'node:sqlite'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningSandboxes, startSandboxes } from '@fieldkey/sandbox'
import { loadKeytar } from '../../src/main/vault/keychain-probe'
import { openPage, screenshot } from './helpers/browser'
import { useHostAndBrowser } from './helpers/session'

const session = useHostAndBrowser()

/** Connections end to end: first run → demo sites → projects; a wrong secret; removing a connection. */
let page: Page
let problems: string[]
let close: () => Promise<void>
let cloud: RunningSandboxes

beforeAll(async () => {
  cloud = await startSandboxes({ seed: 11, admin: false })
  ;({ page, problems, close } = await openPage(session.browser))
})
afterAll(async () => {
  await close?.()
  await cloud?.close()
})

function connectionRows(): Array<{ id: string; label: string; is_demo: number }> {
  const db = new DatabaseSync(join(session.host.dataDir, 'fieldkey.db'), { readOnly: true })
  try {
    return db.prepare('SELECT id, label, is_demo FROM connections').all() as Array<{ id: string; label: string; is_demo: number }>
  } finally {
    db.close()
  }
}

describe('connections in Chromium', () => {
  it('first run offers the demo sites; the Akuvox demo opens with its projects, and one can be chosen', async () => {
    await page.goto(session.host.url)
    await page.getByRole('heading', { name: 'Welcome to Fieldkey' }).waitFor()
    expect(await page.getByTestId('no-connections').isVisible()).toBe(true)
    await screenshot(page, 'first-run')
    await page.getByRole('button', { name: 'Open the Akuvox demo site' }).click()
    await page.getByRole('heading', { name: 'Akuvox demo site' }).waitFor()
    await page.getByTestId('projects').waitFor()
    const firstOpen = page
      .getByTestId('projects')
      .getByRole('button', { name: /^Open / })
      .first()
    const name = (await firstOpen.getAttribute('aria-label'))?.replace(/^Open /, '') ?? ''
    await screenshot(page, 'project-picker')
    await firstOpen.click()
    // Choosing a project opens it: its overview and the project's sections appear.
    await page.getByTestId('project-nav').getByText(name).waitFor()
    await page.getByRole('heading', { name }).waitFor()
    await expect.poll(() => page.getByText(`${name} is open.`).isVisible()).toBe(true)
    expect(connectionRows()).toEqual([expect.objectContaining({ label: 'Akuvox demo site', is_demo: 1 })])
  })

  it('the Tuya demo opens from the sidebar menu by keyboard', async () => {
    await page.getByRole('button', { name: 'Add a connection' }).focus()
    await page.keyboard.press('Enter')
    await page.getByRole('menuitem', { name: 'Open the Tuya demo site' }).click()
    await page.getByRole('heading', { name: 'Tuya demo site' }).waitFor()
    await expect.poll(() => page.getByTestId('connection-item').count()).toBe(2)
    // Its project is known, but the Akuvox demo's is the one open.
    await expect
      .poll(() =>
        page
          .getByTestId('projects')
          .getByRole('button', { name: /^Open / })
          .count(),
      )
      .toBe(1)
    expect(await page.getByTestId('projects').getByText('Open now').count()).toBe(0)
  })

  it('a wrong secret is refused with a message that says what to do, and nothing is saved', async () => {
    const tuya = cloud.info.tuya
    await page.getByRole('button', { name: 'Add a connection' }).click()
    await page.getByRole('menuitem', { name: 'Tuya Smart Building' }).click()
    const dialog = page.getByRole('dialog')
    await dialog.getByLabel('Name').fill('Riverside Tower')
    await dialog.getByRole('combobox', { name: 'Region' }).click()
    await page.getByRole('option', { name: 'Custom server address…' }).click()
    await dialog.getByLabel('Server address').fill(tuya.baseUrl)
    await dialog.getByLabel('Access ID').fill(tuya.accessId)
    await dialog.getByLabel('Access secret').fill('0'.repeat(32))
    await dialog.getByLabel('Project ID').fill(tuya.projectId)
    await dialog.getByRole('button', { name: 'Sign in and save' }).click()
    await expect.poll(() => dialog.getByRole('alert').textContent()).toContain('access ID or access secret was rejected')
    expect(await dialog.getByRole('alert').textContent()).toContain('tuya 1004')
    await screenshot(page, 'add-connection-error')
    expect(connectionRows().map((r) => r.label)).not.toContain('Riverside Tower')

    await dialog.getByLabel('Access secret').fill(tuya.accessSecret)
    await dialog.getByRole('button', { name: 'Sign in and save' }).click()
    await page.getByRole('heading', { name: 'Riverside Tower' }).waitFor()
    expect(connectionRows().map((r) => r.label)).toContain('Riverside Tower')
  })

  it('removing a connection deletes its keychain entry and its cached rows', async () => {
    const row = connectionRows().find((r) => r.label === 'Riverside Tower')
    expect(row).toBeDefined()
    const keytar = await loadKeytar()
    const inKeychain = await keytar.getPassword('fieldkey', row!.id)
    if (process.env.DBUS_SESSION_BUS_ADDRESS) expect(inKeychain).toContain(cloud.info.tuya.accessSecret)
    await page.getByRole('button', { name: 'Remove', exact: true }).click()
    await page.getByRole('dialog').getByText("delete this connection's saved credentials").waitFor()
    await page.getByRole('button', { name: 'Remove Riverside Tower' }).click()
    await page.getByRole('heading', { name: 'Welcome to Fieldkey' }).waitFor()
    expect(connectionRows().map((r) => r.label)).not.toContain('Riverside Tower')
    expect(await keytar.getPassword('fieldkey', row!.id)).toBeNull()
    expect(problems).toEqual([])
  })
})
