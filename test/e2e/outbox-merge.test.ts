import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningSandboxes, startSandboxes } from '@fieldkey/sandbox'
import { sandboxAkuvoxClient } from './helpers/akuvox-client'
import { openPage, screenshot } from './helpers/browser'
import { openAkuvoxProject } from './helpers/connect'
import { akuvoxSandboxStaff } from './helpers/sandbox-admin'
import { useHostAndBrowser } from './helpers/session'

const session = useHostAndBrowser()

/**
 * A staff edit made offline meets a newer record in the cloud. Offline, PIN 909090 is added to
 * 张伟; meanwhile, in the cloud, he is renamed and PIN 111111 added. On replay the outbox shows
 * the conflict field by field in the installer's words (PINs masked, no field names of the
 * API), and sending the combined change leaves the sandbox with the rename and both PINs.
 */
let context: BrowserContext
let page: Page
let cloud: RunningSandboxes
let problems: string[] = []

const admin = (path: string, init?: RequestInit) => fetch(`${cloud.info.admin?.baseUrl}${path}`, init)
const sandboxStaff = akuvoxSandboxStaff(() => cloud)
const faults = (body: unknown) => admin('/faults/akuvox', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })

/** Mantine hides the inputs of segmented controls; a click on the input is what a label click does. */
const choose = (name: string): Promise<void> => page.getByRole('radio', { name }).evaluate((el) => (el as unknown as { click(): void }).click())

beforeAll(async () => {
  cloud = await startSandboxes({ seed: 11 })
  // 张伟 in every project, so whichever the app opens first has him.
  const client = sandboxAkuvoxClient(cloud.info.akuvox)
  const groups = (await (await admin('/akuvox/state/access-groups')).json()) as { project_id: string; id: string; type: string }[]
  const projects = (await (await admin('/akuvox/state/projects')).json()) as { project_id: string }[]
  for (const p of projects) {
    const group = groups.find((g) => g.project_id === p.project_id && g.type === 'customized')
    await client.createStaffAccess({ projectId: p.project_id, staffAccessName: '张伟', pinCodes: ['123456'], accessGroupIds: group ? [group.id] : [] })
  }
  ;({ page, problems, context } = await openPage(session.browser, { height: 1000 }))
})
afterAll(async () => {
  await context?.close()
  await cloud?.close()
})

async function variants(name: string): Promise<void> {
  for (const close of await page.locator('.mantine-Notification-closeButton').all()) await close.click().catch(() => undefined)
  await screenshot(page, `${name}-light`)
  await choose('Dark')
  await screenshot(page, `${name}-dark`)
  await choose('Light')
  await page.getByRole('combobox', { name: 'Language' }).click()
  await page.getByRole('option', { name: '简体中文' }).click()
  await page.getByTestId('conflict-review').getByText('PIN 码').waitFor()
  await screenshot(page, `${name}-zh-CN`)
  await page.getByRole('combobox', { name: '语言' }).click()
  await page.getByRole('option', { name: 'English' }).click()
}

describe('a staff edit queued offline, in conflict with the cloud', () => {
  it('merges on replay: the rename in the cloud stays and both PINs, 909090 and 111111, are in the sandbox', async () => {
    await page.goto(session.host.url)
    await openAkuvoxProject(page, cloud.info.akuvox, 'Merge site')
    await page.getByTestId('project-nav').getByRole('button', { name: 'People' }).click()
    await page.getByTestId('staff-search').fill('张伟')
    await page.getByTestId('staff-row').getByRole('button', { name: /张伟/ }).click()
    await page.getByRole('heading', { name: 'Staff access: 张伟' }).waitFor()
    const heading = (await page.getByTestId('project-nav').textContent()) ?? ''
    const projects = (await (await admin('/akuvox/state/projects')).json()) as { project_id: string; project_name: string }[]
    const projectId = projects.find((p) => heading.includes(p.project_name))?.project_id
    const zhang = (await sandboxStaff()).find((s) => s.project_id === projectId && s.name === '张伟')
    if (!zhang || !projectId) throw new Error('张伟 is not in the open project')

    // No network: PIN 909090 is added and waits in the outbox.
    await faults({ dropRate: 1 })
    try {
      const pins = page.getByTestId('pin-input')
      await pins.fill('909090')
      await pins.press('Enter')
      await page.getByTestId('save-staff').click()
      await page.getByTestId('queued-notice').waitFor({ timeout: 40_000 })
    } finally {
      await admin('/faults/akuvox', { method: 'DELETE' })
    }

    // Meanwhile, in the cloud: renamed, PIN 111111 added.
    const other = sandboxAkuvoxClient(cloud.info.akuvox)
    const detail = await other.getStaffAccessInfo({ projectId, staffAccessId: zhang.id })
    await other.updateStaffAccess({
      projectId,
      staffAccessId: zhang.id,
      staffAccessName: '张伟（夜班）',
      pinCodes: ['123456', '111111'],
      accessGroupIds: detail.accessGroups.map((g) => g.accessGroupId),
    })

    // Replay: a conflict, shown field by field.
    await page.getByTestId('project-nav').getByRole('button', { name: 'Outbox' }).click()
    const entry = page.getByTestId('outbox-entry').filter({ hasText: '张伟' })
    await entry.getByRole('checkbox').check()
    await page.getByRole('button', { name: 'Replay 1 selected' }).click()
    const review = entry.getByTestId('conflict-review')
    await review.waitFor({ timeout: 30_000 })
    const text = (await review.textContent()) ?? ''
    for (const internal of ['staffAccessName', 'pinCodes', '{', '909090', '111111']) expect(text).not.toContain(internal)
    const row = (label: string) => review.getByTestId('merge-field').filter({ has: page.getByRole('rowheader', { name: label, exact: true }) })
    expect(await row('Name').textContent()).toBe('NameNot changed张伟 → 张伟（夜班）张伟（夜班）')
    expect(await row('PIN codes').textContent()).toBe('PIN codesAdded ••••90Added ••••11••••56, ••••11, ••••90')
    await variants('outbox-merge-staff')

    // "Use mine for everything" first says what it would replace; cancelled here.
    await review.getByRole('button', { name: 'Use mine for everything…' }).click()
    const dialog = page.getByRole('dialog', { name: "Replace the cloud's changes with yours?" })
    await dialog.waitFor()
    expect(await dialog.getByTestId('overwrites').textContent()).toBe('Name: 张伟（夜班） → 张伟PIN codes: Added ••••90; Removed ••••11')
    await screenshot(page, 'outbox-merge-use-mine')
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await dialog.waitFor({ state: 'hidden' })

    // By keyboard: from "Use mine for everything…" one Tab reaches "Send the combined change".
    await review.getByRole('button', { name: 'Use mine for everything…' }).focus()
    await page.keyboard.press('Tab')
    expect(
      await page.evaluate(() => (globalThis as unknown as { document: { activeElement: { textContent: string } } }).document.activeElement.textContent),
    ).toBe('Send the combined change')
    await page.keyboard.press('Enter')
    await page.getByText('Nothing is waiting. Every change has reached the cloud.').waitFor({ timeout: 30_000 })

    const after = (await sandboxStaff()).find((s) => s.id === zhang.id)
    expect(after?.name).toBe('张伟（夜班）')
    expect(new Set(after?.pinCodes.map((p) => p.number))).toEqual(new Set(['123456', '909090', '111111']))
    expect(problems).toEqual([])
  })
})
