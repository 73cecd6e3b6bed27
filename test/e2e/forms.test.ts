import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FieldkeyApi } from '../../src/shared/ipc'
import { type RunningSandboxes, startSandboxes } from '@fieldkey/sandbox'
import { openPage, screenshot } from './helpers/browser'
import { openAkuvoxProject } from './helpers/connect'
import { akuvoxSandboxStaff } from './helpers/sandbox-admin'
import { useHostAndBrowser } from './helpers/session'

const session = useHostAndBrowser()

/**
 * Changes made from a form, in Chromium against the Akuvox sandbox: the cloud's refusal is shown
 * on the field it names, and one Save makes one change, online or with the cloud unreachable,
 * also when the installer changes a create still waiting in the outbox.
 */
let context: BrowserContext
let page: Page
let cloud: RunningSandboxes
let problems: string[] = []

interface Browserside {
  readonly fieldkey: FieldkeyApi
}

const admin = (path: string, init?: RequestInit) => fetch(`${cloud.info.admin?.baseUrl}${path}`, init)
const allStaff = akuvoxSandboxStaff(() => cloud)
const staffNamed = async (name: string) => (await allStaff()).filter((s) => s.name === name)
const faults = (body: unknown) => admin('/faults/akuvox', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })

/** The outbox's staff creates, as main holds them. */
async function queuedCreates(): Promise<{ readonly name: string; readonly floors: readonly string[] }[]> {
  return page.evaluate(async () => {
    const list = await (globalThis as unknown as Browserside).fieldkey.outbox.list({})
    if (!list.ok) throw new Error(list.error.code)
    return list.value.flatMap((e) =>
      e.operation.kind === 'akuvox.staff.create'
        ? [{ name: e.operation.input.staffAccessName, floors: (e.operation.input.floorAccesses ?? []).flatMap((f) => f.floors) }]
        : [],
    )
  })
}

const saveButton = () => page.getByTestId('save-staff')

/** Opens a new staff form and fills a name, the first access group and floors of the first building. */
async function newStaff(name: string, floors: string): Promise<void> {
  await page.getByTestId('project-nav').getByRole('button', { name: 'People' }).click()
  if ((await page.getByTestId('staff-editor').count()) > 0) await page.getByRole('button', { name: 'Back', exact: true }).click()
  await page.getByRole('button', { name: 'Add staff' }).click()
  await page.getByTestId('staff-editor').waitFor()
  await page.getByRole('textbox', { name: /^Name/ }).fill(name)
  await page.getByRole('combobox', { name: /^Access groups/ }).click()
  await page.getByRole('option').first().click()
  await page.keyboard.press('Escape')
  await page.getByRole('group', { name: 'Floor access per building' }).getByRole('textbox').first().fill(floors)
}

/** Waits until the Save started last has an answer: the form closed, or its button can be pressed again. */
async function answered(): Promise<void> {
  // The click returns before the form turns busy: first let it start (or answer at once, or close),
  // then wait for it to end, so a Save still on its way is never taken for one answered.
  await page
    .locator('[data-testid="save-staff"][data-loading="true"]')
    .waitFor({ timeout: 2_000 })
    .catch(() => undefined)
  await expect.poll(async () => (await saveButton().count()) === 0 || (await saveButton().isEnabled()), { timeout: 60_000 }).toBe(true)
}

beforeAll(async () => {
  cloud = await startSandboxes({ seed: 7 })
  ;({ page, problems, context } = await openPage(session.browser, { height: 900 }))
  await page.goto(session.host.url)
  await openAkuvoxProject(page, cloud.info.akuvox, 'Harbour View')
})
afterAll(async () => {
  await context?.close()
  await cloud?.close()
})

describe('a change made from a form', () => {
  it("a floor the building does not have: Save shows the cloud's reason on that building's floors, and nothing is created", async () => {
    await newStaff('Floor Ninety-Nine', '1, 2, 99')
    await saveButton().click()
    const floors = page.getByRole('group', { name: 'Floor access per building' })
    await expect
      .poll(() => floors.textContent(), { timeout: 30_000 })
      .toMatch(/The Akuvox cloud did not accept this: building AB\d+ has floors 1 to \d+, not "99"/)
    // The lists reload after a refusal; the reason stays until the next Save.
    await saveButton().click()
    // Waited for, not read at once: the button may not have turned busy yet when the click returns.
    await expect.poll(() => floors.textContent(), { timeout: 30_000 }).toContain('not "99"')
    await answered()
    expect(await page.getByTestId('staff-editor').getByRole('alert').count()).toBe(0)
    expect(await staffNamed('Floor Ninety-Nine')).toEqual([])
    await screenshot(page, 'forms-refused-floors')
    await page.getByRole('button', { name: 'Back', exact: true }).click()
  })

  it('a double Save online makes one staff access in the cloud', async () => {
    await newStaff('Double Click Online', '1')
    // Two clicks before the page can redraw, as a fast double click on a slow machine lands.
    await saveButton().evaluate((button) => {
      const b = button as unknown as { click(): void }
      b.click()
      b.click()
    })
    await page.getByRole('heading', { name: 'Staff access: Double Click Online' }).waitFor({ timeout: 30_000 })
    await expect.poll(async () => (await staffNamed('Double Click Online')).length).toBe(1)
    await page.getByRole('button', { name: 'Back', exact: true }).click()
  })

  it('with the cloud unreachable, Save (and Save again) queues one change; the form closes and says where it waits', async () => {
    await faults({ dropRate: 1 })
    try {
      await newStaff('Double Click Offline', '1')
      await saveButton().click()
      await answered()
      // An installer who still sees the filled form saves again.
      if ((await saveButton().count()) > 0) {
        await saveButton().click()
        await answered()
      }
      expect((await queuedCreates()).filter((c) => c.name === 'Double Click Offline')).toHaveLength(1)
      expect(await page.getByTestId('staff-editor').count()).toBe(0)
      const notice = page.getByTestId('queued-notice')
      await notice.waitFor()
      expect(await notice.textContent()).toContain('It waits in the Outbox until the cloud answers.')
      await screenshot(page, 'forms-queued-notice')
    } finally {
      await faults({ dropRate: 0 })
    }
  })

  it('changing a create still waiting in the outbox changes that change: one item, with the new floors', async () => {
    await faults({ dropRate: 1 })
    try {
      await page.getByTestId('project-nav').getByRole('button', { name: 'People' }).click()
      const pending = page.getByText('Create Double Click Offline')
      await pending.waitFor()
      await page.getByTestId('edit-queued-staff').first().click()
      await page.getByTestId('staff-editor').waitFor()
      expect(await page.getByRole('textbox', { name: /^Name/ }).inputValue()).toBe('Double Click Offline')
      await page.getByRole('group', { name: 'Floor access per building' }).getByRole('textbox').first().fill('1, 2')
      await saveButton().click()
      await page.getByTestId('queued-notice').waitFor()
      const creates = (await queuedCreates()).filter((c) => c.name === 'Double Click Offline')
      expect(creates).toEqual([{ name: 'Double Click Offline', floors: ['1', '2'] }])
    } finally {
      await faults({ dropRate: 0 })
    }
    expect(problems).toEqual([])
  })
})
