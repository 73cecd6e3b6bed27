import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { FieldkeyApi } from '../../src/shared/ipc'
import { type RunningSandboxes, startSandboxes } from '@fieldkey/sandbox'
import { openPage, settled } from './helpers/browser'
import { openAkuvoxProject } from './helpers/connect'
import { ROOT } from './helpers/host'
import { useHostAndBrowser } from './helpers/session'

const session = useHostAndBrowser()

/**
 * Schedules in the site's time zone, whatever the browser's: a Shanghai site edited from New York
 * reads the same opening hours as from Shanghai; a Berlin site after its spring clock change
 * shifts the groups saved before it in one reviewed step.
 */
let cloud: RunningSandboxes
const closers: (() => Promise<void>)[] = []

interface Browserside {
  readonly fieldkey: FieldkeyApi
}

interface SandboxGroup {
  readonly name: string
  readonly startTime: string
  readonly finishTime: string
  readonly availableDays: readonly string[]
}

const sandboxGroup = async (name: string): Promise<SandboxGroup | undefined> =>
  ((await (await fetch(`${cloud.info.admin?.baseUrl}/akuvox/state/access-groups`)).json()) as SandboxGroup[]).find((g) => g.name === name)

beforeAll(async () => {
  cloud = await startSandboxes({ seed: 7 })
})
afterAll(async () => {
  for (const close of closers) await close()
  await cloud?.close()
})

async function browserIn(timezoneId: string, fixedNow?: string): Promise<{ page: Page; problems: string[] }> {
  const { page, problems, close } = await openPage(session.browser, { height: 900, timezoneId })
  closers.push(close)
  if (fixedNow) await page.clock.setFixedTime(fixedNow)
  return { page, problems }
}

/** The open project's scope, from its connection (the project opened is its default). */
async function scopeOf(page: Page, label: string): Promise<{ connectionId: string; projectId: string }> {
  const s = await page.evaluate(async (name) => {
    const list = await (globalThis as unknown as Browserside).fieldkey.connections.list()
    const c = list.ok ? list.value.find((x) => x.label === name) : undefined
    return c ? { connectionId: c.id, projectId: c.defaultProjectId ?? '' } : null
  }, label)
  if (!s) throw new Error('no connection')
  return s
}

/** A weekly group on the first door with a relay, saved straight through the app's contract with these UTC times. */
async function createGroup(page: Page, label: string, name: string, startTime: string, finishTime: string, availableDays: readonly string[]): Promise<void> {
  const scope = await scopeOf(page, label)
  const answer = await page.evaluate(
    async ({ s, group }) => {
      const api = (globalThis as unknown as Browserside).fieldkey
      const tree = await api.accessGroups.siteTree(s)
      const device = tree.ok ? tree.value.buildings.flatMap((b) => b.devices).find((d) => d.relays.length > 0) : undefined
      if (!device) return 'no door'
      const created = await api.accessGroups.create({
        ...s,
        intentKey: crypto.randomUUID(),
        draft: {
          name: group.name,
          schedule: { repeatMode: 'weekly', availableDays: [...group.availableDays], startTime: group.startTime, finishTime: group.finishTime },
          doors: [{ deviceId: device.deviceId, relayIds: [device.relays[0]?.relayId ?? ''], securityRelayIds: [] }],
        },
      })
      return created.ok ? null : created.error.code
    },
    { s: scope, group: { name, startTime, finishTime, availableDays } },
  )
  if (answer !== null) throw new Error(`creating ${name} failed: ${answer}`)
}

async function openGroups(page: Page): Promise<void> {
  await page.getByTestId('project-nav').getByRole('button', { name: 'Access groups' }).click()
}

const rowText = async (page: Page, name: string): Promise<string> => (await page.getByTestId('group-row').filter({ hasText: name }).first().textContent()) ?? ''

describe('site time in Chromium', () => {
  it('a Shanghai site edited from New York reads the same opening hours as from Shanghai', async () => {
    const { page: newYork, problems } = await browserIn('America/New_York')
    await newYork.goto(session.host.url)
    await openAkuvoxProject(newYork, cloud.info.akuvox, 'Harbour View', null)
    await openGroups(newYork)
    // Asked once, before any schedule: no zone is taken from the laptop.
    await newYork.getByTestId('ask-site-zone').waitFor()
    expect(await newYork.getByTestId('groups-table').count()).toBe(0)

    // The picker from the header: searchable by city, each zone with its offset.
    await newYork.getByTestId('site-time').click()
    const dialog = newYork.getByRole('dialog')
    // The computer the installer sits at is proposed, never taken without asking.
    await dialog.getByRole('button', { name: 'America/New_York: what this computer is set to' }).waitFor()
    await dialog.getByLabel('Time zone').fill('shanghai')
    await newYork.getByRole('option', { name: 'Asia/Shanghai (UTC+08:00)' }).waitFor()
    await settled(newYork)
    mkdirSync(join(ROOT, 'docs/screenshots'), { recursive: true })
    await newYork.screenshot({ path: join(ROOT, 'docs/screenshots/site-time-zone-picker.png') })
    await newYork.getByRole('option', { name: 'Asia/Shanghai (UTC+08:00)' }).click()
    await dialog.getByRole('button', { name: 'Use this time zone' }).click()
    await expect.poll(() => newYork.getByTestId('site-time').textContent()).toBe('Site time: Asia/Shanghai (UTC+08:00)')
    await newYork.getByTestId('groups-table').waitFor()

    // Weekdays 07:00–19:00 at the site: 23:00–11:00 UTC, Sunday to Thursday.
    await createGroup(newYork, 'Harbour View', 'Lobby weekdays', '23:00:00', '11:00:00', ['0', '1', '2', '3', '4'])
    await expect.poll(() => rowText(newYork, 'Lobby weekdays')).toContain('Weekdays 07:00–19:00')
    expect(await rowText(newYork, 'Lobby weekdays')).toContain('23:00–11:00 UTC')
    const systemRow = newYork.getByTestId('group-row').filter({ hasText: 'System' }).first()
    expect(await systemRow.textContent()).toContain('Every day, all day')
    expect(await systemRow.textContent()).not.toContain('(next day)')
    const fromNewYork = await newYork.getByTestId('groups-table').textContent()
    await settled(newYork)
    await newYork.screenshot({ path: join(ROOT, 'docs/screenshots/site-time-groups-from-new-york.png') })

    // The wizard speaks site time too, with the UTC beside the typed time.
    await newYork.getByRole('button', { name: 'Open Lobby weekdays' }).click()
    await newYork.getByRole('button', { name: 'Edit' }).click()
    const opens = newYork.getByLabel('Opens at (site time, Asia/Shanghai)')
    expect(await opens.inputValue()).toBe('07:00')
    expect(await newYork.getByTestId('schedule-step').textContent()).toContain('07:00 site time (23:00 UTC)')
    expect(await newYork.getByTestId('schedule-step').textContent()).not.toContain('your time')

    // The same site from a browser in Shanghai: the same hours, word for word.
    const { page: shanghai, problems: shanghaiProblems } = await browserIn('Asia/Shanghai')
    await shanghai.goto(session.host.url)
    await shanghai.getByTestId('project-nav').waitFor()
    await openGroups(shanghai)
    await shanghai.getByTestId('groups-table').waitFor()
    await expect.poll(() => shanghai.getByTestId('groups-table').textContent()).toBe(fromNewYork)
    expect(problems).toEqual([])
    expect(shanghaiProblems).toEqual([])
  })

  it('a Berlin site, after the spring clock change: names the moved groups and shifts them after review', async () => {
    // Now is a week after Berlin's clocks moved forward (2027-03-28); the group was saved in winter.
    const { page, problems } = await browserIn('Asia/Tokyo', '2027-04-05T10:00:00Z')
    await page.goto(session.host.url)
    await openAkuvoxProject(page, cloud.info.akuvox, 'Berlin office', 'Europe/Berlin')
    // Weekdays 07:00–17:00 Berlin winter time (UTC+1): 06:00–16:00 UTC.
    await createGroup(page, 'Berlin office', 'Office hours', '06:00:00', '16:00:00', ['1', '2', '3', '4', '5'])
    await openGroups(page)
    const notice = page.getByTestId('clock-change-passed')
    await notice.waitFor()
    expect(await notice.textContent()).toContain("The site's clocks changed on 2027-03-28.")
    expect(await notice.textContent()).toContain('Office hours')
    await notice.getByRole('button', { name: 'Review the shift…' }).click()
    const dialog = page.getByTestId('shift-dialog')
    const row = dialog.getByTestId('shift-row').filter({ hasText: 'Office hours' })
    // Now it opens at 08:00 site time; shifted, at 07:00 again.
    expect(await row.textContent()).toContain('Weekdays 08:00–18:00')
    expect(await row.textContent()).toContain('Weekdays 07:00–17:00')
    expect(await row.textContent()).toContain('06:00–16:00 UTC → 05:00–15:00 UTC')
    const count = await dialog.getByTestId('shift-row').count()
    await settled(page)
    await page.screenshot({ path: join(ROOT, 'docs/screenshots/site-time-clock-change-shift.png') })
    await dialog.getByRole('button', { name: count === 1 ? 'Shift 1 group by 1 hour' : `Shift ${count} groups by 1 hour` }).click()
    await dialog.getByRole('status').waitFor({ timeout: 30_000 })
    expect(await row.textContent()).toContain('Shifted')
    await expect.poll(async () => (await sandboxGroup('Office hours'))?.startTime).toBe('05:00:00')
    expect(await sandboxGroup('Office hours')).toMatchObject({ finishTime: '15:00:00', availableDays: ['1', '2', '3', '4', '5'] })
    await dialog.getByRole('button', { name: 'Close' }).click()
    // Dealt with: not offered again, and the group reads its site hours.
    await expect.poll(() => notice.count()).toBe(0)
    await expect.poll(() => rowText(page, 'Office hours')).toContain('Weekdays 07:00–17:00')
    expect(problems).toEqual([])
  })

  it('offline, after the autumn change: the reviewed shift waits in the outbox as ordinary edits', async () => {
    const { page, problems } = await browserIn('UTC', '2027-11-05T10:00:00Z')
    await page.goto(session.host.url)
    await openAkuvoxProject(page, cloud.info.akuvox, 'Berlin annex', 'Europe/Berlin')
    const before = await sandboxGroup('Office hours')
    await openGroups(page)
    const notice = page.getByTestId('clock-change-passed')
    await notice.waitFor()
    expect(await notice.textContent()).toContain("The site's clocks changed on 2027-10-31.")
    await fetch(`${cloud.info.admin?.baseUrl}/faults/akuvox`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ dropRate: 1 }),
    })
    try {
      await notice.getByRole('button', { name: 'Review the shift…' }).click()
      const dialog = page.getByTestId('shift-dialog')
      // Summer time is over: Office hours (05:00–15:00 UTC) opens at 06:00 site time; shifted, at 07:00 again.
      const row = dialog.getByTestId('shift-row').filter({ hasText: 'Office hours' })
      expect(await row.textContent()).toContain('05:00–15:00 UTC → 06:00–16:00 UTC')
      const count = await dialog.getByTestId('shift-row').count()
      await dialog.getByRole('button', { name: `Shift ${count} groups by 1 hour` }).click()
      await dialog.getByRole('status').waitFor({ timeout: 60_000 })
      expect(await row.textContent()).toContain('Waits in the outbox')
      await dialog.getByRole('button', { name: 'Close' }).click()
      await page.getByTestId('pending-panel').getByText('Edit “Office hours”').waitFor()
      // Nothing reached the cloud yet.
      expect(await sandboxGroup('Office hours')).toEqual(before)
    } finally {
      await fetch(`${cloud.info.admin?.baseUrl}/faults/akuvox`, { method: 'DELETE' })
    }
    expect(problems).toEqual([])
  })
})
