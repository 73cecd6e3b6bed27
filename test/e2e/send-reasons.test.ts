import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningSandboxes, startSandboxes } from '@fieldkey/sandbox'
import type { FieldkeyApi } from '../../src/shared/ipc'
import type { TuyaAccessAuth } from '../../src/shared/domain/tuya'
import type { ChannelRow } from '../../src/shared/sends/types'
import { openPage, screenshot } from './helpers/browser'
import { openTuyaProject } from './helpers/connect'
import { sandboxAdmin, tuyaSandboxTasks } from './helpers/sandbox-admin'
import { useHostAndBrowser } from './helpers/session'

const session = useHostAndBrowser()

/**
 * Sends that explain, in Chromium on the Tuya sandbox: one person's face is refused by the door
 * (the sandbox scripts it; its issue info counts the face as failed), and a second door has a
 * fingerprint still "to be sent" that no send can deliver. The wizard speaks in words and
 * plurals, the batch is named from its first moment, the grid says why the person failed, and
 * the door where everything landed has nothing pending.
 */
let context: BrowserContext
let page: Page
let cloud: RunningSandboxes
let problems: string[] = []

const admin = sandboxAdmin(() => cloud)
const sandboxTasks = tuyaSandboxTasks(() => cloud)

interface Browserside {
  readonly fieldkey: FieldkeyApi
}

async function call<T>(fn: string, input: unknown): Promise<T> {
  const r = await page.evaluate(
    async ({ fn, input }) => {
      const [ns, name] = fn.split('.') as [string, string]
      const api = (globalThis as unknown as Browserside).fieldkey as unknown as Record<
        string,
        Record<string, (i: unknown) => Promise<{ ok: boolean; value?: unknown; error?: unknown }>>
      >
      return api[ns]?.[name]?.(input)
    },
    { fn, input },
  )
  if (!r?.ok) throw new Error(`${fn}: ${JSON.stringify(r?.error)}`)
  return r.value as T
}

beforeAll(async () => {
  cloud = await startSandboxes({ seed: 9 })
  await admin('POST', '/tuya/sends', { failureRate: 0 })
  ;({ page, problems, context } = await openPage(session.browser, { height: 1000, timezoneId: 'Asia/Shanghai' }))
})
afterAll(async () => {
  await context?.close()
  await cloud?.close()
})

const nav = (name: string) => page.getByTestId('project-nav').getByRole('button', { name }).click()

let scope: { connectionId: string; projectId: string }
/** The door where one person's face is refused. */
let refusing: ChannelRow
let person: TuyaAccessAuth
/** A door where everything lands but a fingerprint stays "to be sent". */
let clean: ChannelRow

describe('sends that explain, in Chromium', () => {
  it('opens the Tuya project; the door will refuse one person’s face', async () => {
    await page.goto(session.host.url)
    scope = await openTuyaProject(page, cloud.info.tuya, 'Riverside Tower')
    const { channels } = await call<{ channels: ChannelRow[] }>('sends.channels', scope)
    const authsOf = async (c: ChannelRow) =>
      (await call<{ items: TuyaAccessAuth[] }>('sends.permissions', { ...scope, channelId: c.channelId, limit: 500 })).items
    const online = channels.filter((c) => c.online)
    for (const c of online) {
      const found = (await authsOf(c)).find((a) => a.authFaceNum > 0 && a.authCardNum > 0)
      if (found) {
        refusing = c
        person = found
        break
      }
    }
    for (const c of online.filter((x) => x.deviceId !== refusing.deviceId)) {
      const auths = await authsOf(c)
      if (auths.some((a) => a.authFingerprintNum > 0 && a.fingerprintIssueStatus === 'pending') && !auths.some((a) => a.personId === person.personId)) {
        clean = c
        break
      }
    }
    expect(refusing && person && clean).toBeTruthy()
    await admin('POST', `/tuya/persons/${person.personId}/send-failure`, { part: 'face' })
  })

  let firstRecords = ''

  it('the wizard in words and plurals; the batch has a name from the start, never a task id', async () => {
    await nav('Sends')
    await page.getByRole('button', { name: 'New send…' }).click()
    const search = page.getByLabel('Search channels, devices and areas')
    for (const c of [refusing, clean]) {
      await search.fill(c.deviceName)
      await page.getByRole('checkbox', { name: `Select ${c.name}`, exact: true }).click()
    }
    await search.fill('')
    await page.getByRole('button', { name: 'Next' }).click()
    const policy = page.getByTestId('policy-step')
    await policy.getByText('Credentials to send', { exact: true }).waitFor()
    expect(await policy.textContent()).not.toMatch(/authIssueCertificate|Code \d/)
    await page.getByRole('radio', { name: /^Full send/ }).check()
    await page.getByRole('radio', { name: /^Card and face/ }).check()
    await page.getByRole('button', { name: 'Next' }).click()
    const summary = page.getByTestId('preview-step').locator('p').first()
    await summary.waitFor()
    expect(await summary.textContent()).toMatch(/^\d+ persons? on 2 channels · \d+ problems?$/)
    await page.getByRole('button', { name: 'Next' }).click()
    await page.getByRole('button', { name: 'Send now' }).click()
    const confirm = page.getByTestId('send-confirm')
    expect(await confirm.textContent()).toContain('This starts a full send (Card and face) to 2 channels: ')
    await confirm.getByRole('button', { name: 'Send', exact: true }).click()

    // The first frame of tracking: named by its channels and start, its tasks by their place.
    const records = page.getByTestId('batch-records')
    await records.waitFor()
    firstRecords = (await records.textContent()) ?? ''
    expect(await page.getByTestId('batch-name').textContent()).toMatch(/^Send to 2 channels, started /)
    await page.getByRole('heading', { name: 'Send finished' }).waitFor({ timeout: 60_000 })
    const ids = (await sandboxTasks()).map((t) => t.authTaskId)
    expect(ids.length).toBe(2)
    for (const id of ids) {
      expect(firstRecords).not.toContain(id)
      expect(await page.getByTestId('batch-view').textContent()).not.toContain(id)
    }
  })

  it('the grid says why the person failed: the door did not take the face; the card went', async () => {
    const grid = page.getByTestId('grid-channel').filter({ hasText: `${refusing.name} · ${refusing.deviceName}` })
    await grid.getByText(/^1 failed of \d+$/).waitFor({ timeout: 30_000 })
    await grid.getByLabel(`${person.name}, Face: Failed`).waitFor()
    await grid.getByLabel(`${person.name}, Card: Sent`).waitFor()
    const row = grid.getByTestId('grid-row').filter({ hasText: person.name }).first()
    const why = row.getByTestId('grid-why')
    expect(await why.textContent()).toBe('The face picture could not be sent to the door.')
    await screenshot(page, 'send-failure-reasons')
    // The full reasons, from the keyboard.
    await why.focus()
    await page.keyboard.press('Enter')
    const detail = page.getByRole('dialog', { name: `Why ${person.name} failed on ${refusing.name}` })
    await detail.getByTestId('why-detail').getByText('The face picture could not be sent to the door.').waitFor()
    await screenshot(page, 'send-failure-reasons-detail')
    await page.keyboard.press('Escape')
    await detail.waitFor({ state: 'hidden' })
  })

  it('the door where everything landed has nothing pending, although its fingerprint is still "to be sent"', async () => {
    const auths = (await call<{ items: TuyaAccessAuth[] }>('sends.permissions', { ...scope, channelId: clean.channelId, limit: 500 })).items
    expect(auths.some((a) => a.authFingerprintNum > 0 && a.fingerprintIssueStatus === 'pending')).toBe(true)
    await nav('Permissions')
    await page.getByLabel('Search channels, devices and areas').fill(clean.deviceName)
    const row = page.getByTestId('channel-row').filter({ hasText: clean.name }).first()
    await expect.poll(() => row.textContent(), { timeout: 30_000 }).toContain('Nothing to send')
    expect(await row.textContent()).not.toMatch(/fingerprint/i)
    await page.getByRole('checkbox', { name: 'Has pending' }).check()
    await expect.poll(() => page.getByTestId('channel-row').filter({ hasText: clean.name }).count()).toBe(0)
    expect(problems).toEqual([])
  })
})
