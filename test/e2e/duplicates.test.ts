import Papa from 'papaparse'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SiteDevice } from '../../src/shared/domain/access-groups'
import type { FieldkeyApi } from '../../src/shared/ipc'
import { type RunningSandboxes, startSandboxes } from '@fieldkey/sandbox'
import { openPage, screenshot } from './helpers/browser'
import { openAkuvoxProject } from './helpers/connect'
import { type AkuvoxSandboxStaff, akuvoxSandboxStaff } from './helpers/sandbox-admin'
import { useHostAndBrowser } from './helpers/session'

const session = useHostAndBrowser()

/**
 * One rule for duplicates, end to end in Chromium against the Akuvox sandbox: a card another
 * staff holds is asked about before the staff form saves it and before the import creates the
 * row, naming the holder; a second access group with a name another group has is asked about
 * before the wizard creates it. Nothing reaches the cloud before the installer says yes.
 */
let context: BrowserContext
let page: Page
let cloud: RunningSandboxes
let problems: string[] = []

interface SandboxGroup {
  readonly project_id: string
  readonly name: string
  readonly type: string
}
interface Browserside {
  readonly fieldkey: FieldkeyApi
}

const admin = async <T>(path: string): Promise<T> => (await (await fetch(`${cloud.info.admin?.baseUrl}${path}`)).json()) as T
let scope = { connectionId: '', projectId: '' }
const allStaff = akuvoxSandboxStaff(() => cloud)
const staff = async () => (await allStaff()).filter((s) => s.project_id === scope.projectId)
const groups = async () => (await admin<SandboxGroup[]>('/akuvox/state/access-groups')).filter((g) => g.project_id === scope.projectId)

let holder: AkuvoxSandboxStaff
let card = ''
let groupName = ''

beforeAll(async () => {
  cloud = await startSandboxes({ seed: 11 })
  ;({ page, problems, context } = await openPage(session.browser, { height: 900 }))
  await page.goto(session.host.url)
  await openAkuvoxProject(page, cloud.info.akuvox, 'Harbour View')
  scope = await page.evaluate(async () => {
    const list = await (globalThis as unknown as Browserside).fieldkey.connections.list()
    const c = list.ok ? list.value.find((x) => x.label === 'Harbour View') : undefined
    return { connectionId: c?.id ?? '', projectId: c?.defaultProjectId ?? '' }
  })
  holder = (await staff()).find((s) => s.rfCards.length > 0) as AkuvoxSandboxStaff
  card = holder.rfCards[0]?.number ?? ''
  groupName = (await groups()).find((g) => g.type !== 'system')?.name ?? ''
})
afterAll(async () => {
  await context?.close()
  await cloud?.close()
})

async function people(): Promise<void> {
  await page.getByTestId('project-nav').getByRole('button', { name: 'People' }).click()
  await page.getByTestId('staff-list').waitFor()
}

describe('duplicates ask first, in Chromium', () => {
  it('the staff form asks before giving a card someone holds to a second person, naming the holder', async () => {
    await people()
    await page.getByRole('button', { name: 'Add staff' }).click()
    await page.getByTestId('staff-editor').waitFor()
    await page.getByRole('textbox', { name: /^Name/ }).fill('王五')
    await page.getByTestId('card-input').fill(card)
    await page.getByTestId('card-input').press('Enter')
    await page.getByRole('combobox', { name: /^Access groups/ }).click()
    await page.getByRole('option', { name: groupName, exact: true }).click()
    await page.keyboard.press('Escape')
    await page.getByTestId('duplicate-warning').waitFor()
    const before = (await staff()).length

    await page.getByTestId('save-staff').click()
    const ask = page.getByTestId('confirm-duplicates')
    await ask.waitFor()
    expect(await ask.textContent()).toContain(`Card ${card} is already on ${holder.name}. Give card ${card} to 王五 too?`)
    await screenshot(page, 'duplicates-staff-form-ask')
    expect((await staff()).length).toBe(before)

    // No: nothing is saved, the form stays as it was.
    await page.getByRole('button', { name: 'No, go back and change it' }).click()
    await ask.waitFor({ state: 'hidden' })
    expect((await staff()).length).toBe(before)

    await page.getByTestId('save-staff').click()
    await page.getByTestId('confirm-duplicates-yes').click()
    await page.getByText('Saved in the cloud.').waitFor()
    const wang = (await staff()).find((s) => s.name === '王五')
    expect(wang?.rfCards.map((c) => c.number)).toEqual([card])
    expect(problems).toEqual([])
  })

  it('the import lists the row whose card someone holds with the holder, and creates it only when kept', async () => {
    await page.getByRole('button', { name: 'Back', exact: true }).click()
    await page.getByRole('button', { name: 'Import CSV' }).click()
    await page.getByTestId('import-wizard').waitFor()
    const file = Papa.unparse(
      [
        ['staff_access_name', 'access_groups', 'pin_codes', 'rf_cards', 'face_picture_urls', 'floor_accesses'],
        ['Fresh Import Row', groupName, '', 'E2EDUP01', '', ''],
        ['赵六', groupName, '', card, '', ''],
      ],
      { newline: '\r\n' },
    )
    await page
      .getByTestId('import-wizard')
      .locator('input[type=file]')
      .setInputFiles({ name: 'dupes.csv', mimeType: 'text/csv', buffer: Buffer.from(file) })
    await page.getByTestId('mapping-next').click()
    await page.getByTestId('preview-step').waitFor()
    await expect.poll(() => page.getByTestId('count-duplicate').textContent()).toBe('Held by someone else: 1')
    expect(await page.getByTestId('count-ok').textContent()).toBe('Ready: 1')
    expect(await page.getByTestId('count-rejected').textContent()).toBe('With problems: 0')
    // The row says who holds the card; the two who hold it now are named (the form just gave it to 王五 too).
    const row = (await page.getByTestId('duplicate-row').textContent()) ?? ''
    expect([`赵六 — Card ${card} is already on ${holder.name}.`, `赵六 — Card ${card} is already on 王五.`].some((text) => row.endsWith(text))).toBe(true)
    expect(await page.getByTestId('create-rows').textContent()).toBe('Create 1 staff')
    // The choice states the rows it affects.
    await page.getByRole('checkbox', { name: 'Also create the row whose card or PIN someone in the project already holds (line 3)' }).check()
    expect(await page.getByTestId('create-rows').textContent()).toBe('Create 2 staff')
    await screenshot(page, 'duplicates-import-preview')
    await page.getByRole('combobox', { name: 'Language' }).click()
    await page.getByRole('option', { name: '简体中文' }).click()
    await screenshot(page, 'duplicates-import-preview-zh-CN')
    await page.getByRole('combobox', { name: '语言' }).click()
    await page.getByRole('option', { name: 'English' }).click()

    await page.getByTestId('create-rows').click()
    await page.getByTestId('import-finished').waitFor({ timeout: 60_000 })
    expect(await page.getByTestId('import-finished').textContent()).toBe('Done. Created 2, already there 0, queued 0, failed 0.')
    expect((await staff()).find((s) => s.name === '赵六')?.rfCards.map((c) => c.number)).toEqual([card])
    expect(problems).toEqual([])
  })

  it('the group wizard names the group that has the name already and asks before creating a second', async () => {
    await page.getByTestId('project-nav').getByRole('button', { name: 'Access groups' }).click()
    await page.getByTestId('groups-table').waitFor()
    const tree = await page.evaluate(async (s) => (globalThis as unknown as Browserside).fieldkey.accessGroups.siteTree(s), scope)
    const device = (tree.ok ? tree.value.buildings.flatMap((b) => b.devices) : []).find((d) => d.relays.length > 0) as SiteDevice
    const sameName = (await groups()).filter((g) => g.name === groupName).length

    await page.getByRole('button', { name: 'New access group' }).click()
    await page.getByTestId('schedule-step').waitFor()
    await page.getByLabel('Group name').fill(groupName.toUpperCase())
    await page.getByTestId('same-name-warning').waitFor()
    expect(await page.getByTestId('same-name-warning').textContent()).toContain(`There is already an access group named “${groupName}”.`)
    await page.getByRole('button', { name: 'Next' }).click()
    await page.getByTestId('doors-step').waitFor()
    await page.getByLabel('Search buildings, devices, MACs and relays').fill(device.mac)
    await page.getByRole('checkbox', { name: `${device.relays[0]?.name ?? ''} on ${device.name}` }).click()
    await page.getByRole('button', { name: 'Next' }).click()
    await page.getByTestId('review-step').waitFor()

    await page.getByRole('button', { name: 'Create group' }).click()
    const ask = page.getByTestId('confirm-duplicates')
    await ask.waitFor()
    expect(await ask.textContent()).toContain(
      `There is already an access group named “${groupName}”. Create a second group named “${groupName.toUpperCase()}”?`,
    )
    await screenshot(page, 'duplicates-group-wizard-ask')
    expect((await groups()).filter((g) => g.name.toLowerCase() === groupName.toLowerCase())).toHaveLength(sameName)

    await page.getByTestId('confirm-duplicates-yes').click()
    await page.getByTestId('group-detail').waitFor()
    expect((await groups()).filter((g) => g.name.toLowerCase() === groupName.toLowerCase())).toHaveLength(sameName + 1)
    expect(problems).toEqual([])
  })
})
