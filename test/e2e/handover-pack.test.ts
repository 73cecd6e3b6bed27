import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FieldkeyApi } from '../../src/shared/ipc'
import { type RunningSandboxes, startSandboxes } from '@fieldkey/sandbox'
import { openPage, settled } from './helpers/browser'
import { openAkuvoxProject } from './helpers/connect'
import { ROOT } from './helpers/host'
import { useHostAndBrowser } from './helpers/session'

/**
 * The handover pack on the Akuvox demo site, in Chromium through the headless host: the cover
 * refuses to be produced without its names and address, the pack prints with a signature block and
 * masked PINs in English and in Chinese (chosen apart from the window's language), and its CSV
 * bundle holds one row per person under the project's name.
 */
const session = useHostAndBrowser()
const DOCS = join(ROOT, 'docs/screenshots')
const LABEL = 'Harbour View'

let cloud: RunningSandboxes
let page: Page
let problems: string[]
let close: () => Promise<void>
let scope: { connectionId: string; projectId: string }
let dir: string

beforeAll(async () => {
  cloud = await startSandboxes({ seed: 7 })
  ;({ page, problems, close } = await openPage(session.browser, { height: 900, timezoneId: 'America/New_York', acceptDownloads: true }))
  dir = mkdtempSync(join(tmpdir(), 'fk-pack-'))
  mkdirSync(DOCS, { recursive: true })
})
afterAll(async () => {
  await close?.()
  await cloud?.close()
})

/** The PDF Chromium prints of the page (its print styles keep the pack alone), and its text. */
async function printed(name: string): Promise<{ pdf: string; text: string }> {
  const pdf = join(dir, `${name}.pdf`)
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true })
  return { pdf, text: execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }) }
}

/** The PDF's first page and the page holding the signatures, as images under docs/screenshots. */
function pageImages(pdf: string, text: string, name: string, signatures: string): void {
  execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', '-singlefile', pdf, join(DOCS, `${name}-page1`)])
  const pages = text.split('\f').length
  const last = Array.from({ length: pages }, (_, i) => i + 1).find((n) =>
    execFileSync('pdftotext', ['-f', String(n), '-l', String(n), pdf, '-'], { encoding: 'utf8' }).includes(signatures),
  )
  expect(last).toBeDefined()
  execFileSync('pdftoppm', ['-png', '-r', '70', '-f', String(last), '-l', String(last), '-singlefile', pdf, join(DOCS, `${name}-signatures`)])
}

/** Scrolls the window to the pack's buttons and cover, for the screenshot. */
const showPack = async () => {
  await page.getByRole('button', { name: 'Download CSV bundle (.zip)' }).evaluate((el) => el.scrollIntoView({ block: 'center' }))
  await settled(page)
}

const produce = async (confirm: string) => {
  await page.getByRole('dialog').getByRole('button', { name: confirm }).click()
  await page.getByTestId('report').waitFor()
  await page.getByTestId('pack-signatures').waitFor()
}

describe('the handover pack in Chromium', () => {
  it('refuses to be produced without the names and the address, in words on each field', async () => {
    await page.goto(session.host.url)
    await openAkuvoxProject(page, cloud.info.akuvox, LABEL, 'Asia/Shanghai')
    scope = await page.evaluate(async (label) => {
      const list = await (globalThis as unknown as { fieldkey: FieldkeyApi }).fieldkey.connections.list()
      const c = list.ok ? list.value.find((x) => x.label === label) : undefined
      return { connectionId: c?.id ?? '', projectId: c?.defaultProjectId ?? '' }
    }, LABEL)
    await page.getByTestId('project-nav').getByRole('button', { name: 'Handover report' }).click()
    await page.getByRole('button', { name: 'Produce handover pack' }).click()
    const form = page.getByTestId('pack-form')
    await form.getByText('Prepared by: required before the pack can be produced').waitFor()
    await form.getByText('Handed to: required before the pack can be produced').waitFor()
    await form.getByText('Site address: required before the pack can be produced').waitFor()
    expect(await page.getByRole('dialog').count()).toBe(0)
    expect(await form.textContent()).toContain("Times in the pack are in the site's time zone: Asia/Shanghai.")
  })

  it('in English: the cover, masked PINs, doors, the door tests, the activity log and the signature block, printed to PDF', async () => {
    // What the installer did on site: three doors tried (one faulty) and a staff access added through Fieldkey.
    const faulty = await page.evaluate(async (s) => {
      const api = (globalThis as unknown as { fieldkey: FieldkeyApi }).fieldkey
      const doors = await api.checklist.doors({ ...s, offset: 0, limit: 3 })
      if (!doors.ok || doors.value.items.length < 3) throw new Error('no doors to test')
      const [first, second, third] = doors.value.items
      const tests = [
        { door: first, result: 'passed', note: '' },
        { door: second, result: 'passed', note: '' },
        { door: third, result: 'fault', note: 'Strike does not release' },
      ] as const
      for (const { door, result, note } of tests) {
        const kept = await api.checklist.record({ ...s, doorKey: door?.key ?? '', result, method: 'card', note })
        if (!kept.ok) throw new Error(`recording a door test failed: ${kept.error.code}`)
      }
      const context = await api.staff.context(s)
      const group = context.ok ? context.value.accessGroups.find((g) => !g.system) : undefined
      if (!group) throw new Error('no access group to give')
      const draft = { name: 'Pack Courier', pinCodes: [], rfCards: [], faceUrls: [], accessGroupIds: [group.id], floorAccesses: [] }
      const made = await api.staff.create({ ...s, draft, confirmedDuplicates: [] })
      if (!made.ok) throw new Error(`adding a staff failed: ${made.error.code}`)
      return third?.name ?? ''
    }, scope)
    await page.getByLabel(/^Prepared by/).fill('Li Na')
    await page.getByLabel(/^Handed to/).fill('Sam Okafor')
    await page.getByLabel(/^Site address/).fill('1 Harbour Road, Kowloon')
    await page.getByTestId('pack-form').getByText('English', { exact: true }).click()
    await page.getByRole('button', { name: 'Produce handover pack' }).click()
    // The confirmation names the project, never its id.
    const body = (await page.getByRole('dialog').textContent()) ?? ''
    expect(body).not.toContain(scope.projectId)
    expect(body).toMatch(/This reads the cached data of \S.+ into a pack/)
    await produce('Produce')
    // The browser host prints; the page says so.
    await page.getByRole('button', { name: 'Print…' }).waitFor()
    expect(await page.getByText('In the browser, Print opens the print dialog').count()).toBe(1)

    const people = page.getByTestId('pack-people')
    await expect.poll(() => people.textContent()).toMatch(/••\d\d/)
    const pack = (await page.getByTestId('report').textContent()) ?? ''
    expect(pack).not.toContain(scope.projectId)
    const cover = (await page.getByTestId('pack-cover').textContent()) ?? ''
    for (const fact of ['1 Harbour Road, Kowloon', 'Asia/Shanghai', 'Li Na', 'Sam Okafor']) expect(cover).toContain(fact)
    await showPack()
    await page.screenshot({ path: join(DOCS, 'handover-pack-en.png') })

    const { pdf, text } = await printed('pack-en')
    for (const words of ['Commissioning handover pack', 'Summary', 'Devices', 'Doors', 'People', 'Changes waiting to be sent', 'Signatures'])
      expect(text).toContain(words)
    expect(text).toMatch(/Prepared by\s+Li Na/)
    expect(text).toMatch(/Handed to\s+Sam Okafor/)
    expect(text).toContain('1 Harbour Road, Kowloon')
    expect(text).toMatch(/Signature:/)
    expect(text).toMatch(/Name: Sam Okafor/)
    expect(text).toMatch(/••\d\d/)
    // The faulty door with its note, and the change in the activity log's appendix.
    expect(text).toContain('Door checklist')
    // In the order the page draws it, cell by cell, so a wrapped cell reads as one line.
    const plain = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
    expect(plain).toContain(faulty)
    expect(plain).toMatch(/Fault Card Strike does not release/)
    expect(text).toContain('Appendix: activity log')
    expect(plain).toContain('Pack Courier')
    // No PIN is printed whole: the cloud's PINs of this project appear only as their last two digits.
    const staff = (await (await fetch(`${cloud.info.admin?.baseUrl}/akuvox/state/staff`)).json()) as {
      project_id: string
      pin_codes?: { number: string }[]
      pinCodes?: { number: string }[]
    }[]
    const pins = staff.filter((s) => s.project_id === scope.projectId).flatMap((s) => (s.pin_codes ?? s.pinCodes ?? []).map((p) => p.number))
    expect(pins.length).toBeGreaterThan(0)
    for (const pin of pins) expect(text).not.toMatch(new RegExp(`(^|\\D)${pin}(\\D|$)`))
    pageImages(pdf, text, 'handover-pack-pdf-en', 'Signatures')
  })

  it('the CSV bundle: named for the project and the site date, one row per person and per door', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV bundle (.zip)' }).click()])
    const name = download.suggestedFilename()
    expect(name).toMatch(/^.+ handover \d{4}-\d{2}-\d{2}\.zip$/)
    expect(name).not.toContain(scope.projectId)
    const zip = join(dir, name)
    await download.saveAs(zip)
    execFileSync('unzip', ['-q', zip, '-d', join(dir, 'csv')])
    const lines = (file: string) =>
      readFileSync(join(dir, 'csv', file), 'utf8')
        .replace(/^\uFEFF/, '')
        .trimEnd()
        .split(/\r?\n/)
    const total = await page.evaluate(async (s) => {
      const answer = await (globalThis as unknown as { fieldkey: FieldkeyApi }).fieldkey.report.people({ ...s, offset: 0, limit: 1 })
      return answer.ok ? answer.value.total : -1
    }, scope)
    expect(total).toBeGreaterThan(10)
    const people = lines('people.csv')
    expect(people[0]).toBe('Name,Kind,Building,PINs,Cards,Faces,Access groups,Doors')
    expect(people.length - 1).toBe(total)
    expect(people.some((l) => /••\d\d/.test(l))).toBe(true)
    const doors = lines('doors.csv')
    expect(doors[0]).toBe('Door,Device,Kind,State,Opened by groups')
    expect(doors.length).toBeGreaterThan(2)
    expect(lines('site.csv')[1]).toContain('Sam Okafor')
    expect(lines('access-groups.csv').length).toBeGreaterThan(1)
  })

  it('in Chinese, chosen for the document while the window stays in English', async () => {
    await page.getByTestId('pack-form').getByText('简体中文', { exact: true }).click()
    await page.getByRole('button', { name: 'Produce handover pack' }).click()
    await produce('Produce')
    await expect.poll(() => page.getByTestId('report').textContent()).toContain('调试交接资料')
    // The window's own words are still English.
    await page.getByRole('button', { name: 'Download CSV bundle (.zip)' }).waitFor()
    await showPack()
    await page.screenshot({ path: join(DOCS, 'handover-pack-zh-CN.png') })
    const { pdf, text } = await printed('pack-zh')
    for (const words of ['调试交接资料', '概要', '编制人', '接收人', '签字', '签名：', '姓名：Sam Okafor']) expect(text).toContain(words)
    expect(text).toMatch(/••\d\d/)
    pageImages(pdf, text, 'handover-pack-pdf-zh-CN', '签字')
    expect(problems).toEqual([])
  })
})
