import type { BrowserContext, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ConnectionSummary } from '../../src/shared/domain/connection'
import type { TuyaAccessAuth, TuyaPerson } from '../../src/shared/domain/tuya'
import type { ChannelRow, TaskView } from '../../src/shared/sends/types'
import { openAuditPage, seriousViolations } from './helpers/axe'
import { openPage, screenshot } from './helpers/browser'
import { useHostAndBrowser } from './helpers/session'

const session = useHostAndBrowser()

/**
 * A Tuya person whole, on the Tuya demo site in Chromium: the detail's Profile, Face & biometrics
 * and Doors tabs. The certificate type is picked from named types and lands in the cloud as its
 * code; the face tab shows the picture main read from the cloud; a full card + face send to a
 * door whose controller is offline shows on the person's Doors tab as a failed card, and the PIN
 * as not part of that send.
 */
let context: BrowserContext
let page: Page
let problems: string[] = []
let scope: { connectionId: string; projectId: string }

/** Calls the app's bridge inside the page, as the renderer does. */
async function call<T>(fn: string, input: unknown): Promise<T> {
  const r = await page.evaluate(
    async ({ fn, input }) => {
      const [ns, name] = fn.split('.') as [string, string]
      const api = (
        globalThis as unknown as { fieldkey: Record<string, Record<string, (i: unknown) => Promise<{ ok: boolean; value?: unknown; error?: unknown }>>> }
      ).fieldkey
      return api[ns]?.[name]?.(input)
    },
    { fn, input },
  )
  if (!r?.ok) throw new Error(`${fn}: ${JSON.stringify(r?.error)}`)
  return r.value as T
}

beforeAll(async () => {
  ;({ page, problems, context } = await openPage(session.browser, { height: 1000, timezoneId: 'Asia/Shanghai' }))
})
afterAll(async () => {
  await context?.close()
})

let person: TuyaPerson
let door: ChannelRow

/** The person's row in the persons list, found by name, opened. */
async function openPerson(name: string): Promise<Locator> {
  await page.getByTestId('project-nav').getByRole('button', { name: 'People' }).click()
  await page.getByTestId('person-search').fill(name)
  await page.getByTestId('person-row').filter({ hasText: name }).first().click()
  const detail = page.getByTestId('person-detail')
  await detail.waitFor()
  return detail
}

describe('a Tuya person’s detail in Chromium', () => {
  it('opens the Tuya demo site; a person with a face and a card on a door whose controller is offline is sent card + face', async () => {
    await page.goto(session.host.url)
    await page.getByRole('button', { name: 'Open the Tuya demo site' }).click()
    await page.getByRole('heading', { name: 'Tuya demo site' }).waitFor()
    await page
      .getByTestId('projects')
      .getByRole('button', { name: /^(Open|Show) / })
      .first()
      .click()
    await page.getByTestId('sync-outcome').waitFor({ timeout: 60_000 })
    // Where no keychain answers, its banner would stand over every screenshot: it can be closed.
    await page
      .getByRole('alert')
      .filter({ hasText: 'Secrets will not be saved' })
      .getByRole('button')
      .click()
      .catch(() => undefined)
    const connection = (await call<ConnectionSummary[]>('connections.list', undefined)).find((c) => c.vendor === 'tuya' && c.isDemo)
    if (!connection?.defaultProjectId) throw new Error('no Tuya demo connection')
    scope = { connectionId: connection.id, projectId: connection.defaultProjectId }

    const { channels } = await call<{ channels: ChannelRow[] }>('sends.channels', scope)
    for (const channel of channels.filter((c) => !c.online)) {
      const { items } = await call<{ items: TuyaAccessAuth[] }>('sends.permissions', { ...scope, channelId: channel.channelId, offset: 0, limit: 200 })
      for (const auth of items.filter((a) => a.authCardNum > 0)) {
        const candidate = await call<TuyaPerson>('persons.detail', { ...scope, personId: auth.personId })
        if (candidate.imagePath !== '' && candidate.enabled) {
          person = candidate
          door = channel
          break
        }
      }
      if (person) break
    }
    if (!person) throw new Error('the demo site needs a person with a face and a card on an offline door')

    const started = await call<{ outcome: string; taskIds: string[] }>('sends.start', {
      ...scope,
      draft: { channelIds: [door.channelId], kind: 'full', certificates: 'cardFace' },
    })
    expect(started.outcome).toBe('sent')
    const taskId = started.taskIds[0] ?? ''
    await expect
      .poll(async () => (await call<TaskView>('sends.task', { ...scope, taskId })).tracked.task.progress, { timeout: 60_000, interval: 500 })
      .toMatchObject({ known: true, value: 'completed' })
    await expect
      .poll(async () => (await call<TaskView>('sends.task', { ...scope, taskId })).records.find((r) => r.personId === person.personId)?.issueStatus, {
        timeout: 30_000,
        interval: 500,
      })
      .toMatchObject({ value: 'failed' })
  })

  it('Profile: the certificate type is a list of named types; Passport lands in the cloud as its code', async () => {
    const detail = await openPerson(person.name)
    await detail.getByTestId('cert-type').click()
    const names = await page.getByRole('option').allTextContents()
    expect(names).toEqual(expect.arrayContaining(['None', 'ID card (Chinese mainland)', 'Passport']))
    expect(names.some((n) => /ID_CARD|PASSPORT|_/.test(n))).toBe(false)
    await page.getByRole('option', { name: 'Passport' }).click()
    await detail.getByTestId('save-person').click()
    await page.getByText('Saved in the cloud.').waitFor()
    await expect.poll(async () => (await call<TuyaPerson>('persons.detail', { ...scope, personId: person.personId })).certType).toBe('PASSPORT')
  })

  it('Face & biometrics: the picture main read, the quality check in words, the biometrics', async () => {
    const detail = page.getByTestId('person-detail')
    await detail.getByRole('tab', { name: 'Face & biometrics' }).click()
    const picture = detail.getByRole('img', { name: `Face picture of ${person.name}` })
    await picture.waitFor()
    expect(await picture.getAttribute('src')).toMatch(/^data:image\/png;base64,/)
    expect(await picture.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth)).toBeGreaterThan(0)
    expect(await detail.getByTestId('face-status').textContent()).toMatch(
      /^Face enrolled(Passed the quality check|Failed the quality check)Quality score \d+ of 100$/,
    )
    expect(await detail.getByTestId('biometrics').textContent()).toMatch(/^Face/)
    await screenshot(page, 'person-face-tab')
  })

  it('Doors: each door by name with the credentials, the latest send per credential type and when it was read', async () => {
    const detail = page.getByTestId('person-detail')
    await detail.getByRole('tab', { name: 'Doors' }).click()
    await detail.getByTestId('door-row').first().waitFor()
    const permissions = await call<{ items: TuyaAccessAuth[] }>('sends.permissions', { ...scope, personId: person.personId, offset: 0, limit: 50 })
    expect(await detail.getByTestId('door-row').count()).toBe(permissions.items.length)
    const sent = detail.getByTestId('door-row').filter({ hasText: door.name })
    expect(await sent.getByTestId('last-send-card').textContent()).toBe('Card: Failed')
    expect(await sent.getByTestId('last-send-password').textContent()).toBe('PIN: Not part of the send')
    expect(await detail.getByTestId('doors-as-of').textContent()).toMatch(/^As of /)
    const text = (await detail.getByTestId('person-doors').textContent()) ?? ''
    expect(text).not.toMatch(/authIssueCertificate|issueStatus|access_auth|undefined/)
    await screenshot(page, 'person-doors-tab')
    await page.getByRole('combobox', { name: 'Language' }).click()
    await page.getByRole('option', { name: '简体中文' }).click()
    await expect.poll(() => sent.getByTestId('last-send-card').textContent()).toBe('卡： 失败')
    await screenshot(page, 'person-doors-tab-zh-CN')
    await page.getByRole('combobox', { name: '语言' }).click()
    await page.getByRole('option', { name: 'English' }).click()
    expect(problems).toEqual([])
  })

  it('the three tabs have no serious accessibility violation', async () => {
    const audit = await openAuditPage(session.browser)
    const p = audit.page
    const found: Record<string, string[]> = {}
    await p.goto(session.host.url)
    await p.getByTestId('connection-item').filter({ hasText: 'Tuya demo site' }).click()
    await p
      .getByTestId('projects')
      .getByRole('button', { name: /^(Open|Show) / })
      .first()
      .click()
    await p.getByTestId('project-nav').getByRole('button', { name: 'People' }).click()
    await p.getByTestId('person-search').fill(person.name)
    await p.getByTestId('person-row').filter({ hasText: person.name }).first().click()
    await p.getByTestId('person-form').waitFor()
    found.profile = await seriousViolations(p)
    await p.getByRole('tab', { name: 'Face & biometrics' }).click()
    await p.getByTestId('face-picture').waitFor()
    found.face = await seriousViolations(p)
    await p.getByRole('tab', { name: 'Doors' }).click()
    await p.getByTestId('door-row').first().waitFor()
    found.doors = await seriousViolations(p)
    await audit.close()
    expect(found).toEqual({ profile: [], face: [], doors: [] })
  })
})
