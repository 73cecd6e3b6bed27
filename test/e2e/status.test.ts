import type { FieldkeyApi } from '@shared/ipc'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningSandboxes, startSandboxes } from '@fieldkey/sandbox'
import { openPage, screenshot } from './helpers/browser'
import { addTuyaConnection, openAkuvoxProject } from './helpers/connect'
import { useHostAndBrowser } from './helpers/session'

const session = useHostAndBrowser()

/**
 * Every screen says the same about a connection and a device: the sidebar, the footer and the
 * banner with the cloud down; "Open now" only on the project that is open; the overview and the
 * devices view about a device that was offline from the first sync.
 */
type PageWindow = { readonly fieldkey: FieldkeyApi }

let page: Page
let close: () => Promise<void>
let cloud: RunningSandboxes
const SITE = 'Status site'

const admin = (path: string, body?: unknown) =>
  fetch(`${cloud.info.admin!.baseUrl}${path}`, body === undefined ? {} : { method: 'POST', body: JSON.stringify(body) })

/** The open project's scope, read the way the renderer reads it. */
async function openScope(): Promise<{ connectionId: string; projectId: string }> {
  const scope = await page.evaluate(async (label) => {
    const list = await (globalThis as unknown as PageWindow).fieldkey.connections.list()
    const c = list.ok ? list.value.find((x) => x.label === label) : undefined
    return c?.defaultProjectId ? { connectionId: c.id, projectId: c.defaultProjectId } : null
  }, SITE)
  if (!scope) throw new Error('no open project')
  return scope
}

beforeAll(async () => {
  cloud = await startSandboxes({ seed: 13 })
  // One device per project is offline before Fieldkey ever syncs it.
  const devices = (await (await admin('/akuvox/state/devices')).json()) as { project_id: string; id: string }[]
  const firstOfEach = new Map<string, string>()
  for (const d of devices) if (!firstOfEach.has(d.project_id)) firstOfEach.set(d.project_id, d.id)
  for (const id of firstOfEach.values()) expect((await admin(`/akuvox/devices/${id}/online`, { online: false })).ok).toBe(true)
  ;({ page, close } = await openPage(session.browser))
})
afterAll(async () => {
  await close?.()
  await cloud?.close()
})

describe('status from facts, in Chromium', () => {
  it('the overview and the devices view word a device offline since the first sync the same way', async () => {
    await page.goto(session.host.url)
    await openAkuvoxProject(page, cloud.info.akuvox, SITE)
    const scope = await openScope()
    const offline = await page.evaluate(async (s) => (globalThis as unknown as PageWindow).fieldkey.devices.list({ ...s, online: false, limit: 1 }), scope)
    const device = offline.ok ? offline.value.items[0] : undefined
    if (!device) throw new Error('no offline device cached')

    const overviewRow = page.getByTestId('offline-devices').getByRole('row').filter({ hasText: device.name })
    await overviewRow.waitFor()
    expect(await overviewRow.textContent()).toContain('Offline when first synced at ')
    const overviewWords = (await overviewRow.getByTestId('device-status-since').textContent()) ?? ''

    await page.getByTestId('project-nav').getByRole('button', { name: 'Devices' }).click()
    await page.getByTestId('status-filter').getByText('Offline', { exact: true }).click()
    const row = page.getByTestId('device-row').filter({ hasText: device.name })
    expect(await row.getByTestId('device-status-since').textContent()).toBe(overviewWords)
    await row.click()
    expect(await page.getByTestId('device-detail').getByTestId('device-status-since').textContent()).toBe(overviewWords)
  })

  it('"Open now" marks only the project that is open', async () => {
    await addTuyaConnection(page, cloud.info.tuya, 'Tower')
    // The Tuya connection knows its project, but the Akuvox one is what is open.
    await page.getByTestId('connection-item').filter({ hasText: 'Tower' }).click()
    await page.getByTestId('projects').waitFor()
    expect(await page.getByTestId('projects').textContent()).not.toContain('Open now')
    await page
      .getByTestId('projects')
      .getByRole('button', { name: /^Open / })
      .waitFor()

    await page.getByTestId('connection-item').filter({ hasText: SITE }).click()
    await page.getByTestId('projects').waitFor()
    expect(await page.getByTestId('projects').getByText('Open now').count()).toBe(1)
  })

  it('with the cloud down, the sidebar, the footer and the banner all say the cloud cannot be reached', async () => {
    const scope = await openScope()
    await page.getByTestId('project-nav').getByRole('button', { name: 'Overview' }).click()
    const sidebar = page.getByTestId('connection-item').filter({ hasText: SITE })
    expect(await sidebar.textContent()).toContain('Signed in')
    expect((await admin('/faults/akuvox', { dropRate: 1 })).ok).toBe(true)
    try {
      // One status check, as the health monitor makes on its interval.
      await page.evaluate(async (s) => (globalThis as unknown as PageWindow).fieldkey.health.check(s), scope)
      await expect.poll(async () => (await sidebar.textContent()) ?? '', { timeout: 20_000 }).toContain('Cloud unreachable')
      expect(await sidebar.textContent()).not.toContain('Signed in')
      const footer = (await page.getByTestId('connection-status').textContent()) ?? ''
      expect(footer).toContain(`${SITE}:`)
      expect(footer).toMatch(/Cloud unreachable since/)
      expect(await page.getByRole('status', { name: 'Status' }).textContent()).not.toMatch(/\bOnline\b/)
      await page.getByTestId('offline-banner').waitFor()
      expect(await page.getByTestId('offline-banner').textContent()).toContain('The cloud cannot be reached')
      await screenshot(page, 'status-cloud-down')
    } finally {
      await fetch(`${cloud.info.admin!.baseUrl}/faults/akuvox`, { method: 'DELETE' })
    }
    // The next answer makes every one of them say so.
    await page.evaluate(async (s) => (globalThis as unknown as PageWindow).fieldkey.health.check(s), scope)
    await expect.poll(async () => (await sidebar.textContent()) ?? '', { timeout: 20_000 }).toContain('Signed in')
    expect(await page.getByTestId('connection-status').textContent()).toContain('Signed in')
    expect(await page.getByTestId('offline-banner').count()).toBe(0)
  })
})
