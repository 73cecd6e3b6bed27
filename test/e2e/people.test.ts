import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Papa from 'papaparse'
import type { BrowserContext, Locator, Page } from 'playwright-core'
import { createRequire } from 'node:module'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FieldkeyApi } from '../../src/shared/ipc'
import { type RunningSandboxes, startSandboxes } from '@fieldkey/sandbox'
import { openPage, screenshot } from './helpers/browser'
import { openAkuvoxProject } from './helpers/connect'
import { useHostAndBrowser } from './helpers/session'
import { sandboxTuyaClient } from './helpers/tuya-client'

const session = useHostAndBrowser()

/**
 * People end to end in Chromium: a 200-row staff CSV with 6 bad rows and one holding a card a staff
 * holds is checked, 2 are fixed in place, 195 are created in the Akuvox sandbox and the 4 left are exported; files in a wrong
 * encoding, with a BOM, with extra or missing columns and with 50,000 rows; a Tuya person is
 * created, edited, disabled, deleted and recovered, the sandbox checked after each step.
 */
let context: BrowserContext
let page: Page
let cloud: RunningSandboxes
let problems: string[] = []
const workers: string[] = []

interface Browserside {
  readonly fieldkey: FieldkeyApi
}
interface SandboxStaff {
  readonly project_id: string
  readonly id: string
  readonly name: string
  readonly pinCodes: readonly { readonly number: string }[]
  readonly rfCards: readonly { readonly number: string }[]
  readonly accessGroupIds: readonly string[]
  readonly floorAccesses: readonly { readonly buildingId: string; readonly floors: readonly string[] }[]
}
interface SandboxProject {
  readonly project_id: string
  readonly project_name: string
  readonly buildings: readonly { readonly id: string; readonly name: string }[]
}

const admin = (path: string, init?: RequestInit) => fetch(`${cloud.info.admin?.baseUrl}${path}`, init)
const sandboxStaff = async (): Promise<SandboxStaff[]> => (await (await admin('/akuvox/state/staff')).json()) as SandboxStaff[]
let project: SandboxProject

/** Mantine hides the inputs of segmented controls and chips; a click on the input is what a label click does. */
const choose = (input: Locator): Promise<void> => input.evaluate((el) => (el as unknown as { click(): void }).click())

const csv = (rows: readonly (readonly string[])[]): string =>
  Papa.unparse(
    rows.map((r) => [...r]),
    { newline: '\r\n' },
  )
const HEADER = ['staff_access_name', 'access_groups', 'pin_codes', 'rf_cards', 'face_picture_urls', 'floor_accesses']

/** Picks a file in the import's first step, as the installer's file dialog would. */
async function pickFile(name: string, bytes: Buffer | string, mimeType = 'text/csv'): Promise<void> {
  await page
    .getByTestId('import-wizard')
    .locator('input[type=file]')
    .setInputFiles({ name, mimeType, buffer: typeof bytes === 'string' ? Buffer.from(bytes) : bytes })
}

/**
 * Large files are picked from disk: Chromium hands the page a real File, as the file dialog does
 * (a buffer is rebuilt inside the page by Playwright, a long task of the test's own).
 */
async function pickFileOnDisk(name: string, text: string): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'fieldkey-people-'))
  await writeFile(join(dir, name), text)
  await page.getByTestId('import-wizard').locator('input[type=file]').setInputFiles(join(dir, name))
}

async function openImport(): Promise<void> {
  await page.getByTestId('project-nav').getByRole('button', { name: 'People' }).click()
  if (await page.getByTestId('import-wizard').isVisible()) await page.getByRole('button', { name: 'Back', exact: true }).click()
  await page.getByRole('button', { name: 'Import CSV' }).click()
  await page.getByTestId('import-wizard').waitFor()
}

beforeAll(async () => {
  cloud = await startSandboxes({ seed: 7 })
  ;({ page, problems, context } = await openPage(session.browser, { height: 900, acceptDownloads: true }))
  page.on('worker', (w) => workers.push(w.url()))
})
afterAll(async () => {
  await context?.close()
  await cloud?.close()
})

/** The "project is open" notice fades by itself; closed here so it does not cover what a screenshot shows. */
async function closeNotices(): Promise<void> {
  for (const close of await page.locator('.mantine-Notification-closeButton').all()) await close.click().catch(() => undefined)
}

/** The same screen in dark theme and in Simplified Chinese, back to light English afterwards. */
async function variants(name: string): Promise<void> {
  await choose(page.getByRole('radio', { name: 'Dark' }))
  await screenshot(page, `${name}-dark`)
  await choose(page.getByRole('radio', { name: 'Light' }))
  await page.getByRole('combobox', { name: 'Language' }).click()
  await page.getByRole('option', { name: '简体中文' }).click()
  await screenshot(page, `${name}-zh-CN`)
  await page.getByRole('combobox', { name: '语言' }).click()
  await page.getByRole('option', { name: 'English' }).click()
}

describe('Akuvox staff in Chromium', () => {
  it('opens the project and lists its staff; search answers as you type', async () => {
    await page.goto(session.host.url)
    await openAkuvoxProject(page, cloud.info.akuvox, 'Harbour View')
    const projects = (await (await admin('/akuvox/state/projects')).json()) as SandboxProject[]
    const heading = (await page.getByTestId('project-nav').textContent()) ?? ''
    project = projects.find((p) => heading.includes(p.project_name)) ?? (projects[0] as SandboxProject)
    await page.getByTestId('project-nav').getByRole('button', { name: 'People' }).click()
    await page.getByTestId('staff-list').waitFor()
    const inProject = (await sandboxStaff()).filter((s) => s.project_id === project.project_id)
    await expect.poll(() => page.getByTestId('staff-row').count()).toBe(inProject.length)
    const someone = inProject[0] as SandboxStaff
    await page.getByTestId('staff-search').fill(someone.name.toUpperCase())
    await expect.poll(() => page.getByTestId('staff-row').count()).toBe(1)
    expect(await page.getByTestId('staff-row').textContent()).toContain(someone.name)
    await page.getByTestId('staff-search').fill('')
    await expect.poll(() => page.getByTestId('staff-row').count()).toBe(inProject.length)

    // By keyboard: from the search past "Select all" into the list, select a row with Space, open it with Enter; focus shows.
    await page.getByTestId('staff-search').focus()
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    const first = [...inProject].sort((a, b) => a.name.localeCompare(b.name))[0] as SandboxStaff
    const focused = () =>
      page.evaluate(() => {
        const d = (globalThis as unknown as { document: { activeElement: { getAttribute(a: string): string | null; textContent: string } | null } }).document
        const el = d.activeElement
        const style = (globalThis as unknown as { getComputedStyle(e: unknown): { outlineStyle: string; outlineWidth: string } }).getComputedStyle(el)
        return { label: el?.getAttribute('aria-label') ?? el?.textContent ?? '', outline: `${style.outlineStyle} ${style.outlineWidth}` }
      })
    expect(await focused()).toMatchObject({ label: `Select ${first.name}` })
    expect((await focused()).outline).not.toMatch(/^none|0px$/)
    await page.keyboard.press('Space')
    expect(await page.getByRole('button', { name: 'Delete selected (1)' }).isEnabled()).toBe(true)
    await page.keyboard.press('Space')
    await page.keyboard.press('Tab')
    expect((await focused()).label).toContain(first.name)
    expect((await focused()).outline).not.toMatch(/^none|0px$/)
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { name: `Staff access: ${first.name}` }).waitFor()
    await page.getByRole('button', { name: 'Back', exact: true }).click()
  })

  it('staff editor: a bad PIN is named, a card another staff holds is warned about, the helper shows every format', async () => {
    const holder = (await sandboxStaff()).find((s) => s.project_id === project.project_id && s.rfCards.length > 0) as SandboxStaff
    const card = holder.rfCards[0]?.number ?? ''
    await page.getByRole('button', { name: 'Add staff' }).click()
    await page.getByTestId('staff-editor').waitFor()
    await page.getByRole('textbox', { name: /^Name/ }).fill('Ines Duarte (Night porter)')
    const pins = page.getByTestId('pin-input')
    await pins.fill('12a4')
    await pins.press('Enter')
    await page.getByText('PIN 12a4 has characters other than digits.').waitFor()
    const cards = page.getByTestId('card-input')
    await cards.fill(card)
    await cards.press('Enter')
    const warning = page.getByTestId('duplicate-warning')
    await warning.waitFor()
    expect(await warning.textContent()).toContain(`Card ${card} is already on ${holder.name}.`)
    await page.getByLabel('Number as printed (reader, card or supplier sheet)').fill('3735928559')
    const helper = page.getByTestId('card-helper')
    await expect.poll(() => helper.textContent()).toContain('DEADBEEF')
    expect(await helper.textContent()).toContain('EFBEADDE')
    await closeNotices()
    await screenshot(page, 'people-staff-duplicate-card')
    await variants('people-staff-duplicate-card')
    await page.getByRole('button', { name: 'Back' }).click()
  })
})

describe('staff CSV import in Chromium', () => {
  const lines = 200
  let holderCard = ''
  let groupName = ''
  const names = (i: number) => `Import ${String(i).padStart(3, '0')} (Contractor)`

  /** 200 rows, 6 of them bad in 6 different ways and one with a held card; the good ones carry unique PINs and cards. */
  function twoHundredRows(): string[][] {
    const building = project.buildings[0]?.name ?? 'AB01'
    const rows: string[][] = []
    for (let i = 1; i <= lines; i++)
      rows.push([names(i), groupName, `77${String(i).padStart(4, '0')}`, `E2E${String(i).padStart(5, '0')}`, '', i % 3 === 0 ? `${building}:1|2` : ''])
    const bad = (i: number, change: (row: string[]) => void) => change(rows[i - 1] as string[])
    bad(11, (r) => (r[0] = '')) // missing name (fixed in place)
    bad(22, (r) => (r[2] = '12a4')) // bad PIN (fixed in place)
    bad(33, (r) => (r[3] = 'E2E00001')) // the card of row 1 again
    bad(44, (r) => (r[3] = holderCard)) // a card a staff of the project holds (asked about, not kept)
    bad(55, (r) => (r[1] = 'Sauna')) // an access group the project does not have
    bad(66, (r) => (r[5] = 'ZZ99:3')) // a building the project does not have
    bad(77, (r) => (r[4] = 'http://faces.example.com/77.jpg')) // a face picture that is not https
    return [HEADER, ...rows]
  }

  it('checks 200 rows: exactly the 6 bad ones are flagged, each with its reason; the one with a held card asks first', async () => {
    const staff = (await sandboxStaff()).filter((s) => s.project_id === project.project_id)
    holderCard = staff.find((s) => s.rfCards.length > 0)?.rfCards[0]?.number ?? ''
    const groups = (await (await admin('/akuvox/state/access-groups')).json()) as { project_id: string; name: string; type: string }[]
    groupName = groups.find((g) => g.project_id === project.project_id && g.type !== 'system')?.name ?? ''
    await openImport()
    await pickFile('staff-200.csv', csv(twoHundredRows()))
    await page.getByTestId('mapping-step').waitFor()
    expect(await page.getByTestId('mapping-step').textContent()).toContain('staff-200.csv · rows: 200')
    await page.getByTestId('mapping-next').click()
    await page.getByTestId('preview-step').waitFor()
    await expect.poll(() => page.getByTestId('count-rejected').textContent()).toBe('With problems: 6')
    expect(await page.getByTestId('count-ok').textContent()).toBe('Ready: 193')
    expect(await page.getByTestId('count-duplicate').textContent()).toBe('Held by someone else: 1')
    const holderName = staff.find((s) => s.rfCards.some((c) => c.number === holderCard))?.name
    expect(await page.getByTestId('duplicate-row').textContent()).toContain(`Card ${holderCard} is already on ${holderName}.`)
    const flagged = page.getByTestId('rejected-row')
    await expect.poll(() => flagged.count()).toBe(6)
    const reasons = await page.getByTestId('row-problems').allTextContents()
    expect(reasons).toEqual([
      'Name is missing.',
      'PIN 12a4 has characters other than digits.',
      'Card E2E00001 is already on line 2.',
      'Unknown access group “Sauna”.',
      'Unknown building “ZZ99”.',
      'Face picture “http://faces.example.com/77.jpg” is not https.',
    ])
    await closeNotices()
    await screenshot(page, 'people-import-preview')
    await variants('people-import-preview')
  })

  it('fixing two rows in place clears their flags; 195 are created in the cloud (the held card not kept); the 4 left are exported', async () => {
    const before = (await sandboxStaff()).filter((s) => s.project_id === project.project_id).length
    await page.getByRole('textbox', { name: 'Name, line 12' }).fill('Import 011 (Contractor)')
    await page.getByRole('textbox', { name: 'Name, line 12' }).press('Enter')
    await expect.poll(() => page.getByTestId('count-rejected').textContent()).toBe('With problems: 5')
    await page.getByRole('textbox', { name: 'PIN codes, line 23' }).fill('770022')
    await page.getByRole('textbox', { name: 'PIN codes, line 23' }).press('Tab')
    await expect.poll(() => page.getByTestId('count-rejected').textContent()).toBe('With problems: 4')
    expect(await page.getByTestId('count-ok').textContent()).toBe('Ready: 195')
    await expect.poll(() => page.getByTestId('rejected-row').count()).toBe(4)
    expect(await page.getByTestId('rejected-row').first().textContent()).toContain('Line 34')

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-rejected').click()])
    expect(download.suggestedFilename()).toBe('staff-200-rejected.csv')
    const text = await readFile(await download.path(), 'utf8')
    expect(text.startsWith('\uFEFF')).toBe(true)
    const exported = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data
    expect(exported[0]).toEqual(['line', ...HEADER, 'problems'])
    expect(exported.slice(1).map((r) => r[0])).toEqual(['34', '56', '67', '78'])
    expect(exported[1]?.at(-1)).toBe('Card E2E00001 is already on line 2.')

    await page.getByTestId('create-rows').click()
    await page.getByTestId('import-finished').waitFor({ timeout: 120_000 })
    expect(await page.getByTestId('import-finished').textContent()).toBe('Done. Created 195, already there 0, queued 0, failed 0.')
    const after = (await sandboxStaff()).filter((s) => s.project_id === project.project_id)
    expect(after.length - before).toBe(195)
    const fixed = after.find((s) => s.name === 'Import 011 (Contractor)')
    expect(fixed?.pinCodes.map((p) => p.number)).toEqual(['770011'])
    expect(after.find((s) => s.name === names(22))?.pinCodes.map((p) => p.number)).toEqual(['770022'])
    expect(after.some((s) => s.name === names(33))).toBe(false)
  })
})

describe('bad files in the staff import, in Chromium', () => {
  const group = async () =>
    ((await (await admin('/akuvox/state/access-groups')).json()) as { project_id: string; name: string; type: string }[]).find(
      (g) => g.project_id === project.project_id && g.type !== 'system',
    )?.name ?? ''
  const summary = () => page.getByTestId('file-summary').textContent()

  it('a Western file that is not UTF-8 is read as Windows-1252, said so, and can be read in another encoding', async () => {
    await openImport()
    const text = csv([HEADER, ['José Müller', await group(), '', '', '', ''], ['Zoë Çelik', await group(), '', '', '', '']])
    await pickFile('latin.csv', Buffer.from(text, 'latin1'))
    await page.getByTestId('mapping-step').waitFor()
    expect(await summary()).toBe('latin.csv · rows: 2 · read as Windows-1252 (Western European)')
    expect(await page.getByTestId('encoding-notice').textContent()).toContain('If the names in the first rows below look garbled, pick the encoding')
    expect(await page.getByTestId('file-sample').textContent()).toContain('José Müller')
    await screenshot(page, 'people-import-encoding')
    await page.getByTestId('encoding-select').click()
    await page.getByRole('option', { name: 'UTF-8' }).click()
    await expect.poll(summary).toBe('latin.csv · rows: 2 · read as UTF-8')
    expect(await page.getByTestId('file-sample').textContent()).toContain('Jos\uFFFD M\uFFFDller')
    expect(await page.getByTestId('file-problems').textContent()).toContain('Some characters could not be read and show as � (lines 2, 3).')
    await page.getByTestId('encoding-select').click()
    await page.getByRole('option', { name: 'Windows-1252 (Western European)' }).click()
    await expect.poll(summary).toBe('latin.csv · rows: 2 · read as Windows-1252 (Western European)')
    expect(await page.getByTestId('file-sample').textContent()).toContain('Zoë Çelik')
  })

  it('UTF-8 with a BOM and UTF-16 map their columns; a damaged workbook is refused with what to do', async () => {
    const text = csv([HEADER, ['李雷 (保安)', await group(), '', '', '', '']])
    await openImport()
    await pickFile('bom.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]))
    await page.getByTestId('mapping-step').waitFor()
    expect(await summary()).toBe('bom.csv · rows: 1 · read as UTF-8 · with BOM')
    expect(await page.getByTestId('missing-columns').count()).toBe(0)
    expect(await page.getByTestId('ignored-columns').count()).toBe(0)
    expect(await page.getByTestId('file-sample').textContent()).toContain('李雷 (保安)')
    await openImport()
    await pickFile('unicode.csv', Buffer.from(`\uFEFF${text}`, 'utf16le'))
    await page.getByTestId('mapping-step').waitFor()
    expect(await summary()).toBe('unicode.csv · rows: 1 · read as UTF-16 LE (Unicode text) · with BOM')
    await openImport()
    await pickFile('staff.xlsx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4]))
    expect(await page.getByTestId('read-failure').textContent()).toContain('The file is not a workbook, or it is damaged.')
  })

  it('extra and missing columns, and rows with a cell too many or too few, are named', async () => {
    await openImport()
    await pickFile(
      'extra.csv',
      csv([
        [...HEADER, 'notes'],
        ['Ana Costa', await group(), '', '', '', '', 'night shift'],
        ['Tom Berg', await group(), '', '', '', '', 'x', 'stray'],
        ['Eva Lund', await group()],
      ]),
    )
    await page.getByTestId('mapping-step').waitFor()
    expect(await page.getByTestId('ignored-columns').textContent()).toBe('These columns are not used and will be ignored: notes')
    const fileProblems = await page.getByTestId('file-problems').textContent()
    expect(fileProblems).toContain('These rows have more cells than the header (line 3)')
    expect(fileProblems).toContain('These rows have fewer cells than the header (line 4)')
    await page.getByTestId('mapping-next').click()
    await expect
      .poll(() => page.getByTestId('row-problems').allTextContents())
      .toEqual([
        'The row has 8 cells, the header 7: look for a stray comma or a missing cell.',
        'The row has 2 cells, the header 7: look for a stray comma or a missing cell.',
      ])
    await openImport()
    await pickFile(
      'missing.csv',
      csv([
        ['staff_access_name', 'pin_codes'],
        ['Ana Costa', '1234'],
      ]),
    )
    await page.getByTestId('mapping-step').waitFor()
    expect(await page.getByTestId('missing-columns').textContent()).toContain('Map a column for: Access groups.')
    expect(await page.getByTestId('mapping-next').isDisabled()).toBe(true)
    // A header and no people: refused before the preview, with what to do.
    await openImport()
    await pickFile('header-only.csv', csv([HEADER]))
    await page.getByTestId('mapping-step').waitFor()
    expect(await page.getByTestId('file-problems').textContent()).toContain(
      'The file has a header but no people. Add one row per person and choose the file again.',
    )
    expect(await page.getByTestId('mapping-next').isDisabled()).toBe(true)
  })

  it(
    '50,000 rows: read in chunks with progress while the page keeps painting, can be stopped, and preview stays virtualized',
    async () => {
      const name = await group()
      const rows = [HEADER]
      for (let i = 0; i < 50_000; i++)
        rows.push([`Bulk ${String(i).padStart(5, '0')} (Crew)`, name, String(10_000_000 + i), `F${String(i).padStart(6, '0')}`, '', ''])
      const big = csv(rows)
      await openImport()
      /** Records, in the page, every progress value painted and the longest task while the file is read. */
      const probe = () =>
        page.evaluate(() => {
          const g = globalThis as unknown as {
            probe: { values: number[]; frames: number; longest: number; running: boolean }
            requestAnimationFrame(f: () => void): void
            document: { querySelector(s: string): { getAttribute(a: string): string | null } | null }
            PerformanceObserver: new (cb: (list: { getEntries(): { duration: number }[] }) => void) => { observe(o: object): void }
          }
          g.probe = { values: [], frames: 0, longest: 0, running: true }
          new g.PerformanceObserver((list) => {
            for (const e of list.getEntries()) g.probe.longest = Math.max(g.probe.longest, e.duration)
          }).observe({ type: 'longtask' })
          const frame = () => {
            if (!g.probe.running) return
            g.probe.frames++
            const v = Number(g.document.querySelector('[data-testid=read-bar] [role=progressbar]')?.getAttribute('aria-valuenow') ?? NaN)
            if (!Number.isNaN(v) && g.probe.values.at(-1) !== v) g.probe.values.push(v)
            g.requestAnimationFrame(frame)
          }
          g.requestAnimationFrame(frame)
        })
      const results = () =>
        page.evaluate(() => {
          const g = globalThis as unknown as { probe: { values: number[]; frames: number; longest: number; running: boolean } }
          g.probe.running = false
          return g.probe
        })

      // Stopped halfway: nothing is kept, and the installer is told how to start over.
      // The CPU is slowed down twentyfold so that the read is still running when Stop is pressed.
      const cdp = await context.newCDPSession(page)
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 })
      await pickFileOnDisk('big.csv', big)
      await page.getByTestId('read-bar').waitFor()
      // The bar moves while the button is pressed: a dispatched click does not wait for a still layout.
      await page.getByTestId('cancel-read').dispatchEvent('click')
      await page.getByTestId('read-cancelled').waitFor()
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
      expect(await page.getByTestId('mapping-step').count()).toBe(0)

      await probe()
      await pickFileOnDisk('big-again.csv', big)
      await page.getByTestId('mapping-step').waitFor({ timeout: 60_000 })
      const read = await results()
      console.log(`50,000 rows read: ${read.frames} frames painted, progress seen at ${read.values.join(', ')} %, longest task ${Math.round(read.longest)} ms`)
      expect(await summary()).toBe('big-again.csv · rows: 50,000 · read as UTF-8')
      // The page painted between chunks: the bar showed several values on the way, not just 0 and 100.
      expect(read.values.filter((v) => v > 0 && v < 100).length).toBeGreaterThanOrEqual(3)

      await probe()
      await page.getByTestId('mapping-next').click()
      await page.getByTestId('preview-step').waitFor({ timeout: 60_000 })
      const checked = await results()
      console.log(`50,000 rows checked: longest task ${Math.round(checked.longest)} ms`)
      // Checked off the window's thread: the check worker was started (the 200-row file was not big enough for one).
      expect(workers.filter((u) => u.includes('check-rows.worker'))).toHaveLength(1)
      await choose(page.getByRole('radio', { name: 'All rows' }))
      expect(await page.getByTestId('count-ok').textContent()).toBe('Ready: 50,000')
      const inDom = await page.getByTestId('preview-row').count()
      expect(inDom).toBeGreaterThan(0)
      expect(inDom).toBeLessThan(100)
      await page.getByTestId('preview-grid').evaluate((el) => {
        ;(el as unknown as { scrollTop: number }).scrollTop = 40 * 30_000
      })
      await expect.poll(() => page.getByTestId('preview-grid').textContent()).toContain('Line 30')

      // Created: the rows reach the host in chunks (one message of 50,000 rows would pass its frame
      // limit), the job runs, and the host is alive afterwards. The suite stops the run once it
      // advances; E2E_BULK_FULL=1 lets all 50,000 be created (minutes) and prints the figures.
      const full = process.env.E2E_BULK_FULL === '1'
      const started = Date.now()
      await page.getByTestId('create-rows').click()
      await page.getByTestId('import-sending').waitFor()
      const sent = Date.now()
      await expect.poll(() => page.getByTestId('import-done').textContent(), { timeout: 120_000 }).toMatch(/^[1-9][\d,]* of 50000$/)
      const running = Date.now()
      if (!full) await page.getByRole('button', { name: 'Cancel' }).click()
      await page.getByTestId('import-finished').waitFor({ timeout: full ? 1_800_000 : 120_000 })
      const outcome = (await page.getByTestId('import-finished').textContent()) ?? ''
      expect(outcome).toMatch(full ? /^Done\. Created 50000,/ : /^Cancelled\./)
      const pong = await page.evaluate(() => (globalThis as unknown as Browserside).fieldkey.app.ping({ message: 'after the import' }))
      expect(pong.ok).toBe(true)
      const status = await readFile(`/proc/${session.host.pid}/status`, 'utf8')
      const peak = /VmHWM:\s+(\d+) kB/.exec(status)?.[1]
      console.log(
        `50,000-row import over WebSocket: sending began after ${sent - started} ms, creating after ${running - started} ms, ended after ${Date.now() - started} ms (${outcome}); host peak RSS ${Math.round(Number(peak) / 1024)} MiB`,
      )

      // One row more than allowed: refused while reading, with what to do.
      await openImport()
      await pickFileOnDisk('too-big.csv', `${big}\r\nOne Too Many,${name},,,,`)
      await page.getByTestId('read-failure').waitFor({ timeout: 60_000 })
      expect(await page.getByTestId('read-failure').textContent()).toContain('Split it into files of at most 50,000 rows')
    },
    process.env.E2E_BULK_FULL === '1' ? 1_800_000 : 180_000,
  )
})

describe('Tuya persons in Chromium', () => {
  const tuya = () => sandboxTuyaClient(cloud.info.tuya)
  const findPerson = async (personCode: string) => (await tuya().listPersons({ personCode })).items[0]
  const findRecycled = async (personCode: string) => (await tuya().listRecycledPersons({ personCode })).items[0]

  it('creates, edits, disables, deletes and recovers a person: the cloud follows each step', async () => {
    const { baseUrl, ...credentials } = cloud.info.tuya
    const added = await page.evaluate(
      async ({ url, creds }) =>
        (globalThis as unknown as Browserside).fieldkey.connections.add({
          vendor: 'tuya',
          label: 'Riverside',
          server: { kind: 'custom', baseUrl: url },
          credentials: creds,
        }),
      { url: baseUrl, creds: { accessId: credentials.accessId, accessSecret: credentials.accessSecret, projectId: credentials.projectId } },
    )
    expect(added.ok).toBe(true)
    await page.getByTestId('connection-item').filter({ hasText: 'Riverside' }).click()
    // A Tuya connection has one project, chosen when it is added: its button opens it.
    await page
      .getByTestId('projects')
      .getByRole('button', { name: /^(Open |Show)/ })
      .click()
    await page.getByTestId('sync-outcome').waitFor({ timeout: 60_000 })
    await page.getByTestId('project-nav').getByRole('button', { name: 'People' }).click()
    await page.getByTestId('person-list').waitFor()
    await closeNotices()
    await screenshot(page, 'people-persons')
    await screenshot(page, 'x-persons')

    // Create
    await page.getByTestId('add-person').click()
    await page.getByTestId('person-form').waitFor()
    await page.getByText('A name is required.').waitFor()
    expect(await page.getByTestId('save-person').isDisabled()).toBe(true)
    await page.getByRole('textbox', { name: /^Name/ }).fill('Mei Tan')
    await page.getByTestId('organisation-select').click()
    await page.getByRole('option').nth(1).click()
    await page.getByRole('textbox', { name: 'Mobile' }).fill('13800001234')
    await page.getByRole('textbox', { name: 'Email' }).fill('mei.tan@')
    await page.getByText('Not an email address.').waitFor()
    await page.getByRole('textbox', { name: 'Email' }).fill('mei.tan@example.com')
    await page.getByRole('textbox', { name: 'Person code' }).fill('E2E-MEI')
    await screenshot(page, 'x-person-form')
    await page.getByTestId('save-person').click()
    await page.getByText('Saved in the cloud.').waitFor()
    await expect.poll(async () => (await findPerson('E2E-MEI'))?.name).toBe('Mei Tan')
    expect(await findPerson('E2E-MEI')).toMatchObject({ mobile: '13800001234', email: 'mei.tan@example.com', enabled: true })

    // Edit
    await page.getByRole('textbox', { name: 'Mobile' }).fill('13900005678')
    await page.getByTestId('save-person').click()
    await expect.poll(async () => (await findPerson('E2E-MEI'))?.mobile).toBe('13900005678')
    await page.getByRole('button', { name: 'Back' }).click()

    // Disable
    await page.getByTestId('person-search').fill('Mei Tan')
    await expect.poll(() => page.getByTestId('person-row').count()).toBe(1)
    await page.getByRole('checkbox', { name: 'Select Mei Tan' }).check()
    await page.getByTestId('disable-selected').click()
    await page.getByTestId('confirm-persons').click()
    await expect.poll(async () => (await findPerson('E2E-MEI'))?.enabled).toBe(false)

    // Delete to the recycle bin
    await page.getByRole('checkbox', { name: 'Select Mei Tan' }).check()
    await page.getByTestId('delete-selected').click()
    await page.getByTestId('bulk-delete-confirm').click()
    await expect.poll(() => page.getByTestId('bulk-delete-progress').textContent()).toBe('Deleted 1 of 1 person.')
    await page.getByTestId('bulk-delete').getByRole('button', { name: 'Close' }).click()
    await expect.poll(async () => (await findRecycled('E2E-MEI'))?.name).toBe('Mei Tan')
    expect(await findPerson('E2E-MEI')).toBeUndefined()

    // Recover from the recycle bin
    await page.getByTestId('recycle-tab').click()
    await page.getByTestId('recycle-list').waitFor()
    await page.getByRole('checkbox', { name: 'Select Mei Tan' }).check()
    await closeNotices()
    await screenshot(page, 'people-recycle-bin')
    await variants('people-recycle-bin')
    await page.getByTestId('recover-selected').click()
    expect(await page.getByTestId('recover-names').textContent()).toBe('Mei Tan')
    await screenshot(page, 'people-recycle-bin-confirm')
    await page.getByTestId('confirm-recover').click()
    await expect.poll(async () => (await findPerson('E2E-MEI'))?.name).toBe('Mei Tan')
    expect(await findRecycled('E2E-MEI')).toBeUndefined()
    expect(problems).toEqual([])
  })
})

describe('people screens under axe-core', () => {
  const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

  /** Serious and critical violations of the screen as it is now (axe needs the CSP bypassed to load). */
  async function serious(p: Page): Promise<string[]> {
    await p.mouse.move(0, 0)
    await p.addScriptTag({ path: AXE })
    const violations = await p.evaluate(async () => {
      const axe = (
        globalThis as unknown as {
          axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> }
        }
      ).axe
      const result = await axe.run((globalThis as unknown as { document: unknown }).document, { resultTypes: ['violations'] })
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }))
    })
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.targets.join(', ')}`)
  }

  it('staff list and editor, the import preview, persons and the recycle bin have no serious violation', async () => {
    const axeContext = await session.browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'light', locale: 'en-US', bypassCSP: true })
    const p = await axeContext.newPage()
    const found: Record<string, string[]> = {}
    await p.goto(session.host.url)
    await p.getByTestId('connection-item').filter({ hasText: 'Harbour View' }).click()
    await p.getByTestId('projects').getByRole('button', { name: 'Open Harbour View Residences' }).click()
    await p.getByTestId('project-nav').getByRole('button', { name: 'People' }).click()
    await p.getByTestId('staff-row').first().waitFor()
    found.staffList = await serious(p)
    await p.getByRole('button', { name: 'Add staff' }).click()
    await p.getByTestId('card-input').fill('E2E00001')
    await p.getByTestId('card-input').press('Enter')
    await p.getByTestId('duplicate-warning').waitFor()
    found.staffEditor = await serious(p)
    await p.getByRole('button', { name: 'Back', exact: true }).click()
    await p.getByRole('button', { name: 'Import CSV' }).click()
    await p
      .getByTestId('import-wizard')
      .locator('input[type=file]')
      .setInputFiles({
        name: 'a.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(csv([HEADER, ['', 'Gym', '12a4', '', '', ''], ['Ana Costa', 'Gym', '', '', '', '']])),
      })
    await p.getByTestId('mapping-step').waitFor()
    found.mapping = await serious(p)
    await p.getByTestId('mapping-next').click()
    await p.getByTestId('rejected-row').first().waitFor()
    found.preview = await serious(p)
    await p.getByTestId('connection-item').filter({ hasText: 'Riverside' }).click()
    await p
      .getByTestId('projects')
      .getByRole('button', { name: /^(Open |Show)/ })
      .click()
    await p.getByTestId('project-nav').getByRole('button', { name: 'People' }).click()
    await p.getByTestId('person-row').first().waitFor()
    found.persons = await serious(p)
    await p.getByTestId('recycle-tab').click()
    await p.getByTestId('recycled-row').first().waitFor()
    found.recycleBin = await serious(p)
    await axeContext.close()
    expect(found).toEqual({ staffList: [], staffEditor: [], mapping: [], preview: [], persons: [], recycleBin: [] })
  })
})
