import type { FieldkeyApi } from '@shared/ipc'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningSandboxes, startSandboxes } from '@fieldkey/sandbox'
import { openPage, screenshot } from './helpers/browser'
import { addAkuvoxConnection } from './helpers/connect'
import { useHostAndBrowser } from './helpers/session'

const session = useHostAndBrowser()

/**
 * A project end to end: sync a site with live progress, browse devices from the cache, see a device
 * go offline after one status check, then lose the cloud and keep working from the cache.
 */
/** What the page sees: the API the preload or the host bridge exposes. */
type PageWindow = { readonly fieldkey: FieldkeyApi }

let page: Page
let close: () => Promise<void>
let cloud: RunningSandboxes

beforeAll(async () => {
  // A slow cloud (every answer 40 ms late) with a few hundred devices: the sync takes long enough to watch.
  cloud = await startSandboxes({ seed: 3, scale: 600, latencyMs: 40 })
  ;({ page, close } = await openPage(session.browser))
})
afterAll(async () => {
  await close?.()
  await cloud?.close()
})

async function openFirstProject(p: Page): Promise<void> {
  await p.getByTestId('projects').waitFor()
  await p
    .getByTestId('projects')
    .getByRole('button', { name: /^Open / })
    .first()
    .click()
}

describe('the project cache in Chromium', () => {
  it('opening a project syncs it in the background with live progress per collection', async () => {
    await page.goto(session.host.url)
    await addAkuvoxConnection(page, cloud.info.akuvox, 'Slow site')
    await openFirstProject(page)
    await page.getByTestId('sync-progress').waitFor()
    await expect.poll(() => page.getByTestId('sync-progress').textContent()).toMatch(/Devices\d+ of \d+|Devices\d+ read/)
    await screenshot(page, 'overview-during-sync')
    await page.getByTestId('sync-outcome').waitFor({ timeout: 60_000 })
    expect(await page.getByTestId('as-of').textContent()).toContain('As of')
    expect(await page.getByTestId('last-sync').textContent()).toContain('Synced')
    const devices = Number((await page.getByTestId('counts').getByText('Devices', { exact: true }).locator('..').textContent())?.replace(/\D/g, ''))
    expect(devices).toBeGreaterThan(100)
  })

  it('the devices view lists the cache virtualized, filters it, and shows a device’s relays', async () => {
    await page.getByTestId('project-nav').getByRole('button', { name: 'Devices' }).click()
    await page.getByTestId('device-row').first().waitFor()
    const rendered = await page.getByTestId('device-row').count()
    const total = Number((await page.getByTestId('device-count').textContent())?.match(/of ([\d,]+)/)?.[1]?.replace(/,/g, ''))
    expect(total).toBeGreaterThan(100)
    expect(rendered).toBeLessThan(total)
    await page.getByTestId('device-row').first().click()
    await page.getByTestId('device-detail').getByRole('heading', { name: 'Relays', exact: true }).waitFor()
    await screenshot(page, 'devices-view')
    await page.getByTestId('status-filter').getByText('Offline', { exact: true }).click()
    await expect.poll(async () => (await page.getByTestId('device-list').textContent()) ?? '').not.toContain('Online')
  })

  it('a device taken offline in the cloud shows as offline after one status check', async () => {
    await page.getByTestId('status-filter').getByText('Online', { exact: true }).click()
    const firstOnline = page.getByTestId('device-row').first()
    await firstOnline.waitFor()
    const name = (await firstOnline.locator('p').first().textContent()) ?? ''
    const scope = await page.evaluate(async () => {
      const list = await (globalThis as unknown as PageWindow).fieldkey.connections.list()
      const c = list.ok ? list.value.find((x) => x.label === 'Slow site') : undefined
      return c ? { connectionId: c.id, projectId: c.defaultProjectId ?? '' } : null
    })
    expect(scope).not.toBeNull()
    const devices = await page.evaluate(
      async (s) => (globalThis as unknown as PageWindow).fieldkey.devices.list({ ...s!, search: '', online: true, limit: 500 }),
      scope,
    )
    const target = devices.ok ? devices.value.items.find((d) => d.name === name) : undefined
    expect(target).toBeDefined()
    const res = await fetch(`${cloud.info.admin!.baseUrl}/akuvox/devices/${target!.deviceId}/online`, {
      method: 'POST',
      body: JSON.stringify({ online: false }),
    })
    expect(res.ok).toBe(true)
    // One poll, as the health monitor makes on its interval.
    await page.evaluate(async (s) => (globalThis as unknown as PageWindow).fieldkey.health.check(s!), scope)
    await page.getByTestId('status-filter').getByText('Offline', { exact: true }).click()
    await expect.poll(async () => (await page.getByTestId('device-list').textContent()) ?? '', { timeout: 15_000 }).toContain(name)
  })

  it('with the cloud gone, a reload still shows the overview and devices from the cache, with their age', async () => {
    await cloud.close()
    await page.reload()
    await page.getByTestId('as-of').waitFor()
    expect(await page.getByTestId('as-of').textContent()).toContain('As of')
    await page.getByRole('button', { name: 'Check now' }).or(page.getByTestId('counts')).first().waitFor()
    await page.evaluate(async () => {
      const list = await (globalThis as unknown as PageWindow).fieldkey.connections.list()
      const c = list.ok ? list.value.find((x) => x.label === 'Slow site') : undefined
      if (c?.defaultProjectId) await (globalThis as unknown as PageWindow).fieldkey.health.check({ connectionId: c.id, projectId: c.defaultProjectId })
    })
    await page.reload()
    await page.getByTestId('offline-banner').waitFor({ timeout: 20_000 })
    expect(await page.getByTestId('offline-banner').textContent()).toContain('The cloud cannot be reached')
    await screenshot(page, 'offline-banner')
    await page.getByTestId('project-nav').getByRole('button', { name: 'Devices' }).click()
    await page.getByTestId('device-row').first().waitFor()
  })
})
