import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CachedDevice, CachedDeviceDetail } from '../../src/shared/domain/devices'
import type { AkuvoxStaffAccessSummary } from '../../src/shared/domain/akuvox'
import type { TuyaPerson } from '../../src/shared/domain/tuya'
import type { FieldkeyApi } from '../../src/shared/ipc'
import { openPage, screenshot } from './helpers/browser'
import { useHostAndBrowser } from './helpers/session'

const session = useHostAndBrowser()

/**
 * Search finds what installers type, on the demo sites: a device by its MAC written with colons or
 * dashes and by a relay name, a staff access by its card (in hex or decimal) or its PIN (shown
 * only by its last digits), a Tuya person by a mobile written in digit groups or by person code.
 */
let context: BrowserContext
let page: Page
let problems: string[] = []

interface Browserside {
  readonly fieldkey: FieldkeyApi
}
interface Scope {
  readonly connectionId: string
  readonly projectId: string
}

beforeAll(async () => {
  ;({ page, problems, context } = await openPage(session.browser, { height: 900 }))
  await page.goto(session.host.url)
})
afterAll(async () => {
  await context?.close()
})

/** Opens a demo site's first project from the sidebar's menu and waits for its first sync; answers the project's scope. */
async function openDemo(vendor: 'Akuvox' | 'Tuya'): Promise<Scope> {
  await page.getByRole('button', { name: 'Add a connection' }).click()
  await page.getByRole('menuitem', { name: `Open the ${vendor} demo site` }).click()
  await page.getByRole('heading', { name: `${vendor} demo site` }).waitFor()
  await page
    .getByTestId('projects')
    .getByRole('button', { name: /^(Open|Show) / })
    .first()
    .click()
  await page.getByTestId('sync-outcome').waitFor({ timeout: 60_000 })
  const scope = await page.evaluate(async (v) => {
    const list = await (globalThis as unknown as Browserside).fieldkey.connections.list()
    const c = list.ok ? list.value.find((x) => x.isDemo && x.vendor === v) : undefined
    return c ? { connectionId: c.id, projectId: c.defaultProjectId ?? '' } : null
  }, vendor.toLowerCase())
  if (!scope?.projectId) throw new Error(`no ${vendor} demo project`)
  return scope
}

async function nav(label: string): Promise<void> {
  await page.getByTestId('project-nav').getByRole('button', { name: label, exact: true }).click()
}

const count = async (): Promise<string> => (await page.getByTestId('device-count').textContent()) ?? ''

describe('search on the Akuvox demo site', () => {
  let scope: Scope

  it('finds a device by its MAC with colons or dashes in any case, and by a relay name', async () => {
    scope = await openDemo('Akuvox')
    const devices = await page.evaluate(async (s) => {
      const api = (globalThis as unknown as Browserside).fieldkey
      const list = await api.devices.list({ ...s, limit: 500 })
      if (!list.ok) throw new Error(list.error.code)
      const details: CachedDeviceDetail[] = []
      for (const d of list.value.items) {
        const detail = await api.devices.detail({ ...s, deviceId: d.deviceId })
        if (detail.ok) details.push(detail.value)
      }
      return details
    }, scope)
    expect(devices.length).toBeGreaterThan(1)
    await nav('Devices')
    const search = page.getByRole('textbox', { name: 'Search devices' })

    // The MAC's last three bytes, as a label or a reader's screen prints them.
    const target = devices[0] as CachedDevice
    const tail = target.mac.slice(-6)
    const bytes = [tail.slice(0, 2), tail.slice(2, 4), tail.slice(4, 6)]
    const withTail = devices.filter((d) => d.mac.toUpperCase().includes(tail.toUpperCase())).length
    for (const typed of [bytes.join(':').toUpperCase(), bytes.join('-').toUpperCase(), bytes.join(':').toLowerCase()]) {
      await search.fill(typed)
      await expect.poll(count, { message: typed }).toBe(`${withTail} of ${withTail} devices`)
      await page.getByTestId('device-row').filter({ hasText: target.name }).first().waitFor()
    }

    // A relay name that some device carries without its name or building saying so.
    const names = (d: CachedDeviceDetail) => [...d.relays, ...d.securityRelays].map((r) => r.name.toLowerCase())
    const shows = (d: CachedDeviceDetail, text: string) =>
      [d.name, d.buildingName ?? '', d.mac, d.deviceId].some((x) => x.toLowerCase().includes(text)) || names(d).some((n) => n.includes(text))
    const relay = devices
      .flatMap(names)
      .find((n) =>
        devices.some((d) => names(d).some((x) => x.includes(n)) && !d.name.toLowerCase().includes(n) && !(d.buildingName ?? '').toLowerCase().includes(n)),
      )
    if (relay === undefined) throw new Error('the demo site has no relay named apart from its device')
    const expected = devices.filter((d) => shows(d, relay)).length
    await search.fill(relay)
    await expect.poll(count).toBe(`${expected} of ${expected} devices`)
    // A device found by a relay says so.
    await expect.poll(() => page.getByTestId('device-matched').first().textContent()).toMatch(/^Matched relay /)
    await screenshot(page, 'search-device-relay')
    await search.fill('')
  })

  it('finds a staff access by its card in hex or decimal and by its PIN, saying which matched and never showing the PIN', async () => {
    const staff = await page.evaluate(async (s) => {
      const page = await (globalThis as unknown as Browserside).fieldkey.staff.page({ ...s, limit: 500 })
      if (!page.ok) throw new Error(page.error.code)
      return page.value.items as readonly AkuvoxStaffAccessSummary[]
    }, scope)
    const carded = staff.find((s) => s.rfCards.length > 0)
    const pinned = staff.find((s) => s.pinCodes.length > 0)
    if (!carded || !pinned) throw new Error('the demo site has no staff with a card and a PIN')
    const card = carded.rfCards[0]?.number ?? ''
    const pin = pinned.pinCodes[0]?.number ?? ''
    await nav('People')
    await page.getByTestId('staff-list').waitFor()
    const search = page.getByTestId('staff-search')
    const row = (name: string) => page.getByTestId('staff-row').filter({ hasText: name }).first()

    await search.fill(card)
    await expect.poll(() => row(carded.staffAccessName).textContent()).toContain(`Matched card ${card}`)
    // The same card as a decimal number, as some readers print it.
    await search.fill(BigInt(`0x${card}`).toString(10))
    await expect.poll(() => row(carded.staffAccessName).textContent()).toContain(`Matched card ${card}`)
    await screenshot(page, 'search-matched-field')

    await search.fill(pin)
    await expect.poll(() => row(pinned.staffAccessName).textContent()).toContain(`Matched PIN ••${pin.slice(-2)}`)
    expect(await page.getByTestId('staff-list').textContent()).not.toContain(pin)
    // A part of a PIN finds nobody by it.
    await search.fill(pin.slice(0, -1))
    await expect.poll(() => page.getByTestId('staff-list').textContent()).not.toContain('Matched PIN')
    expect(problems).toEqual([])
  })
})

describe('search on the Tuya demo site', () => {
  it('finds a person by a mobile written in digit groups and by person code', async () => {
    const scope = await openDemo('Tuya')
    const persons = await page.evaluate(async (s) => {
      const page = await (globalThis as unknown as Browserside).fieldkey.persons.page({ ...s, limit: 500 })
      if (!page.ok) throw new Error(page.error.code)
      return page.value.items as readonly TuyaPerson[]
    }, scope)
    const mei = persons.find((p) => /^\d{11}$/.test(p.mobile) && p.personCode !== '')
    if (!mei) throw new Error('the demo site has no person with an 11-digit mobile and a person code')
    await nav('People')
    await page.getByTestId('person-list').waitFor()
    const search = page.getByTestId('person-search')
    const m = mei.mobile
    for (const typed of [`${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`, `+86 ${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`]) {
      await search.fill(typed)
      await expect.poll(() => page.getByTestId('person-row').count(), { message: typed }).toBe(persons.filter((p) => p.mobile === m).length)
      expect(await page.getByTestId('person-list').textContent()).toContain(mei.name)
    }
    await search.fill(mei.personCode)
    await expect.poll(() => page.getByTestId('person-list').textContent()).toContain(mei.name)
    expect(problems).toEqual([])
  })

  it('takes a mobile typed in digit groups, saves its digits, and finds the person by it', async () => {
    await page.getByTestId('person-search').fill('')
    await page.getByTestId('add-person').click()
    await page.getByTestId('person-form').waitFor()
    await page.getByRole('textbox', { name: /^Name/ }).fill('Zhou Lan')
    await page.getByTestId('organisation-select').click()
    await page.getByRole('option').nth(1).click()
    await page.getByRole('textbox', { name: 'Mobile' }).fill('138 1234 5678')
    expect(await page.getByTestId('person-form').textContent()).not.toContain('Digits, spaces and dashes only')
    await page.getByTestId('save-person').click()
    await page.getByText('Saved in the cloud.').waitFor()
    const scope = await page.evaluate(async () => {
      const list = await (globalThis as unknown as Browserside).fieldkey.connections.list()
      const c = list.ok ? list.value.find((x) => x.isDemo && x.vendor === 'tuya') : undefined
      return c ? { connectionId: c.id, projectId: c.defaultProjectId ?? '' } : null
    })
    if (!scope) throw new Error('no Tuya demo project')
    const saved = await page.evaluate(async (s) => {
      const found = await (globalThis as unknown as Browserside).fieldkey.persons.page({ ...s, filter: { search: 'Zhou Lan' }, limit: 10 })
      return found.ok ? found.value.items.map((p) => p.mobile) : []
    }, scope)
    expect(saved).toEqual(['13812345678'])
    await page.getByRole('button', { name: 'Back' }).click()
    await page.getByTestId('person-search').fill('138-1234-5678')
    await expect.poll(() => page.getByTestId('person-list').textContent()).toContain('Zhou Lan')
    expect(problems).toEqual([])
  })
})
