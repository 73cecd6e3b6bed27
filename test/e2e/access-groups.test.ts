import type { BrowserContext, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SiteDevice } from '../../src/shared/domain/access-groups'
import type { FieldkeyApi } from '../../src/shared/ipc'
import { type RunningSandboxes, startSandboxes } from '@fieldkey/sandbox'
import { openPage, screenshot } from './helpers/browser'
import { openAkuvoxProject } from './helpers/connect'
import { useHostAndBrowser } from './helpers/session'

const session = useHostAndBrowser()

/**
 * Access groups end to end, in Chromium set to Shanghai time (UTC+8, so weekday mornings move to the
 * day before in UTC): create a weekly group on two devices with one relay each, edit it and see
 * the diff, add residents, delete it, then create one while the cloud is unreachable and send it.
 */
let context: BrowserContext
let page: Page
let cloud: RunningSandboxes
let problems: string[] = []

interface SandboxGroup {
  readonly id: string
  readonly name: string
  readonly repeatMode: string
  readonly availableDays: readonly string[]
  readonly startTime: string
  readonly finishTime: string
  readonly doors: readonly { readonly deviceId: string; readonly relayIds: readonly string[]; readonly securityRelayIds: readonly string[] }[]
  readonly members: readonly string[]
}

/** What the page holds (the app's one bridge), for calls made inside `page.evaluate`. */
interface Browserside {
  readonly fieldkey: FieldkeyApi
}

const admin = (path: string, init?: RequestInit) => fetch(`${cloud.info.admin?.baseUrl}${path}`, init)
const sandboxGroup = async (name: string): Promise<SandboxGroup | undefined> =>
  ((await (await admin('/akuvox/state/access-groups')).json()) as SandboxGroup[]).find((g) => g.name === name)

beforeAll(async () => {
  cloud = await startSandboxes({ seed: 7 })
  ;({ page, problems, context } = await openPage(session.browser, { height: 900, timezoneId: 'Asia/Shanghai' }))
})
afterAll(async () => {
  await context?.close()
  await cloud?.close()
})

/** Mantine's chips and segmented controls hide their inputs; a click on the input is what a label click does. */
const choose = (input: Locator): Promise<void> => input.evaluate((el) => (el as unknown as { click(): void }).click())

/** The same screen in both themes. */
async function bothThemes(name: string): Promise<void> {
  await screenshot(page, `${name}-light`)
  await choose(page.getByRole('radio', { name: 'Dark' }))
  await screenshot(page, `${name}-dark`)
  await choose(page.getByRole('radio', { name: 'Light' }))
}

async function scope(): Promise<{ connectionId: string; projectId: string }> {
  const s = await page.evaluate(async () => {
    const list = await (globalThis as unknown as Browserside).fieldkey.connections.list()
    const c = list.ok ? list.value.find((x) => x.label === 'Harbour View') : undefined
    return c ? { connectionId: c.id, projectId: c.defaultProjectId ?? '' } : null
  })
  if (!s) throw new Error('no connection')
  return s
}

let doorA: { device: SiteDevice; relay: string }
let doorB: { device: SiteDevice; relay: string }

async function pickRelay(door: { device: SiteDevice; relay: string }): Promise<void> {
  const search = page.getByLabel('Search buildings, devices, MACs and relays')
  await search.fill(door.device.mac)
  const relayName = door.device.relays.find((r) => r.relayId === door.relay)?.name ?? ''
  await page.getByRole('checkbox', { name: `${relayName} on ${door.device.name}` }).click()
  await search.fill('')
}

describe('access groups in Chromium', () => {
  it('opens the project and lists its groups with schedules in local words', async () => {
    await page.goto(session.host.url)
    await openAkuvoxProject(page, cloud.info.akuvox, 'Harbour View')
    await page.getByTestId('project-nav').getByRole('button', { name: 'Access groups' }).click()
    await page.getByTestId('groups-table').waitFor()
    await expect.poll(() => page.getByTestId('group-row').count()).toBeGreaterThan(2)
    // System groups (00:00:00–23:59:59 UTC) read "Every day, all day" in every site zone.
    expect(await page.getByTestId('groups-table').textContent()).toContain('System')
    await page.getByLabel('Search groups').fill('Residents')
    await expect.poll(async () => (await page.getByTestId('group-row').allTextContents()).every((t) => t.includes('Residents'))).toBe(true)
    await page.getByLabel('Search groups').fill('')
    await bothThemes('access-groups-list')

    const tree = await page.evaluate(async (s) => (globalThis as unknown as Browserside).fieldkey.accessGroups.siteTree(s), await scope())
    const withRelays = tree.ok ? tree.value.buildings.flatMap((b) => b.devices).filter((d) => d.relays.length > 0) : []
    const [a, b] = withRelays
    if (!a || !b) throw new Error('the demo site needs two devices with relays')
    doorA = { device: a, relay: a.relays[0]?.relayId ?? '' }
    doorB = { device: b, relay: b.relays[0]?.relayId ?? '' }
  })

  it('creates a weekly group on two devices with one relay each: the cloud holds exactly that', async () => {
    await page.getByRole('button', { name: 'New access group' }).click()
    await page.getByTestId('schedule-step').waitFor()
    // Next without a name: the wizard says what to fix and stays.
    await page.getByRole('button', { name: 'Next' }).click()
    await page.getByText('Give the group a name.').waitFor()
    await page.getByLabel('Group name').fill('Pool weekly')
    await choose(page.getByRole('checkbox', { name: 'Tuesday' }))
    await choose(page.getByRole('checkbox', { name: 'Thursday' }))
    await page.getByLabel(/^Opens at/).fill('07:00')
    await page.getByLabel(/^Closes at/).fill('19:00')
    await expect.poll(() => page.getByTestId('stored-as').textContent()).toBe('Weekly, 23:00:00–11:00:00 UTC, days Tue, Thu, Sun')
    expect(await page.getByTestId('schedule-notes').textContent()).toContain('Mon, Wed, Fri are saved as Tue, Thu, Sun')
    await bothThemes('access-groups-wizard-1-schedule')
    await page.getByRole('button', { name: 'Next' }).click()

    await page.getByTestId('doors-step').waitFor()
    await pickRelay(doorA)
    await pickRelay(doorB)
    await page.getByText('Picked devices: 2, relays: 2').waitFor()
    await choose(page.getByRole('radio', { name: 'Picked' }))
    await expect.poll(() => page.getByTestId('device-row').count()).toBe(2)
    await bothThemes('access-groups-wizard-2-doors')
    await page.getByRole('button', { name: 'Next' }).click()

    await page.getByTestId('review-step').waitFor()
    expect(await page.getByTestId('review-step').textContent()).toContain('Mon, Wed, Fri 07:00–19:00')
    await bothThemes('access-groups-wizard-3-review')
    await page.getByRole('button', { name: 'Create group' }).click()
    await page.getByTestId('group-detail').waitFor()
    await page.getByText('“Pool weekly” is saved in the cloud.').waitFor()

    const group = await sandboxGroup('Pool weekly')
    expect(group).toMatchObject({ repeatMode: 'weekly', availableDays: ['0', '2', '4'], startTime: '23:00:00', finishTime: '11:00:00' })
    expect(group?.doors).toEqual([
      { deviceId: doorA.device.deviceId, relayIds: [doorA.relay], securityRelayIds: [] },
      { deviceId: doorB.device.deviceId, relayIds: [doorB.relay], securityRelayIds: [] },
    ])
    expect(await page.getByTestId('doors-on-site').textContent()).toContain(doorB.device.name)
  })

  it('edits it (one relay removed, Friday dropped): the review shows the diff, the cloud matches after save', async () => {
    await page.getByRole('button', { name: 'Edit' }).click()
    await page.getByTestId('schedule-step').waitFor()
    expect(await page.getByLabel('Group name').inputValue()).toBe('Pool weekly')
    await choose(page.getByRole('checkbox', { name: 'Friday' }))
    await page.getByRole('button', { name: 'Next' }).click()
    await choose(page.getByRole('radio', { name: 'Picked' }))
    const relayName = doorB.device.relays[0]?.name ?? ''
    await page.getByRole('checkbox', { name: `${relayName} on ${doorB.device.name}` }).click()
    await page.getByText('Picked devices: 1, relays: 1').waitFor()
    await page.getByRole('button', { name: 'Next' }).click()
    const diff = page.getByTestId('diff')
    await diff.waitFor()
    expect(await page.getByTestId('diff-schedule').textContent()).toContain('Mon, Wed, Fri 07:00–19:00 → Mon, Wed 07:00–19:00')
    expect(await page.getByTestId('diff-doors').textContent()).toContain(`Removed: ${doorB.device.name}`)
    await bothThemes('access-groups-review-diff')
    await page.getByRole('button', { name: 'Save changes' }).click()
    // The create's "saved" notice may still be on screen: wait for the cloud itself to hold the edit.
    await expect
      .poll(() => sandboxGroup('Pool weekly'))
      .toMatchObject({ availableDays: ['0', '2'], doors: [{ deviceId: doorA.device.deviceId, relayIds: [doorA.relay], securityRelayIds: [] }] })
    await page.getByText('“Pool weekly” is saved in the cloud.').last().waitFor()
  })

  it('adds two residents to it', async () => {
    await page.getByTestId('group-detail').waitFor()
    await page.getByRole('button', { name: 'Residents…' }).click()
    const dialog = page.getByTestId('residents-dialog')
    await dialog.waitFor()
    const boxes = dialog.getByRole('checkbox')
    await boxes.nth(0).click()
    await boxes.nth(1).click()
    await screenshot(page, 'access-groups-residents-light')
    await dialog.getByRole('button', { name: 'Add to group (2)' }).click()
    await dialog.getByText('Added: 2').waitFor()
    expect((await sandboxGroup('Pool weekly'))?.members).toHaveLength(2)
    await dialog.getByRole('button', { name: 'Close' }).click()
  })

  it('deletes it after a confirmation that names the doors that stop working', async () => {
    await page.getByRole('button', { name: 'Delete', exact: true }).click()
    const dialog = page.getByTestId('delete-dialog')
    await dialog.getByText(`${doorA.device.name}:`).waitFor()
    expect(await dialog.textContent()).toContain('Pool weekly: 2 users lose access to')
    await screenshot(page, 'access-groups-delete-light')
    await dialog.getByRole('button', { name: 'Delete (1)' }).click()
    await page.getByTestId('groups-table').waitFor()
    expect(await sandboxGroup('Pool weekly')).toBeUndefined()
  })

  it('creates one while the cloud cannot be reached: it waits in the outbox, shows as pending, and lands on send', async () => {
    await admin('/faults/akuvox', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ dropRate: 1 }) })
    try {
      await page.getByRole('button', { name: 'New access group' }).click()
      await page.getByLabel('Group name').fill('Night porter')
      await choose(page.getByRole('radio', { name: 'Daily' }))
      await page.getByLabel(/^Opens at/).fill('22:00')
      await page.getByLabel(/^Closes at/).fill('06:00')
      expect(await page.getByTestId('schedule-notes').textContent()).toContain('closes at 06:00 the next day')
      await page.getByRole('button', { name: 'Next' }).click()
      await pickRelay(doorA)
      await page.getByRole('button', { name: 'Next' }).click()
      await page.getByRole('button', { name: 'Create group' }).click()
      await page.getByText('“Night porter” could not reach the cloud and waits in the outbox.').waitFor({ timeout: 30_000 })
      await page.getByTestId('group-detail').getByTestId('pending-badge').waitFor()
      await page.getByRole('button', { name: 'All access groups' }).click()
      await page.getByTestId('pending-panel').getByText('Create “Night porter”').waitFor()
      await bothThemes('access-groups-pending')
      // The same change in the project's outbox review, in words.
      await page.getByTestId('project-nav').getByRole('button', { name: 'Outbox' }).click()
      await page.getByTestId('outbox-entry').filter({ hasText: 'Create access group “Night porter”' }).waitFor()
      await screenshot(page, 'outbox-review')
      await page.getByTestId('project-nav').getByRole('button', { name: 'Access groups' }).click()
      expect(await sandboxGroup('Night porter')).toBeUndefined()
    } finally {
      await admin('/faults/akuvox', { method: 'DELETE' })
    }
    await page.getByRole('button', { name: 'Send pending changes (1)' }).click()
    await page.getByText('Sent 1 of 1 changes.').waitFor({ timeout: 30_000 })
    expect(await sandboxGroup('Night porter')).toMatchObject({ repeatMode: 'daily', startTime: '14:00:00', finishTime: '22:00:00' })
    await expect.poll(async () => (await page.getByTestId('groups-table').textContent()) ?? '').toContain('Night porter')
    expect(await page.getByTestId('pending-badge').count()).toBe(0)
    expect(problems).toEqual([])
  })
})
