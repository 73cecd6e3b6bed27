import * as XLSX from '@e965/xlsx'
import { mkdirSync } from 'node:fs'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FieldkeyApi } from '../../src/shared/ipc'
import type { StaffListItem } from '../../src/shared/people/staff'
import { openPage, settled } from './helpers/browser'
import { useHostAndBrowser } from './helpers/session'
import { openAkuvoxDemo } from './helpers/connect'

const session = useHostAndBrowser()
const ROOT = join(__dirname, '../..')

/**
 * Excel in and out on the Akuvox demo site, in Chromium: a two-sheet workbook of staff with
 * Chinese names and one bad row is imported through the wizard (the sheet chosen, the bad row
 * held back, the rest created in the demo cloud); then the staff list is exported to .xlsx and
 * the file, opened again with the library, holds the list as the cloud's cache pages it.
 */
let context: BrowserContext
let page: Page
let problems: string[] = []
let scope: { connectionId: string; projectId: string }
let groupName = ''
const workers: string[] = []

interface Browserside {
  readonly fieldkey: FieldkeyApi
}

const HEADER = ['staff_access_name', 'access_groups', 'pin_codes', 'rf_cards', 'face_picture_urls', 'floor_accesses']
const CHINESE = ['王小明（保洁）', '李娜', '欧阳建国']

function workbook(sheets: Record<string, (string | number)[][]>): Buffer {
  const book = XLSX.utils.book_new()
  for (const [name, rows] of Object.entries(sheets)) XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), name)
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer
}

async function closeNotices(): Promise<void> {
  for (const close of await page.locator('.mantine-Notification-closeButton').all()) await close.click().catch(() => undefined)
}

beforeAll(async () => {
  ;({ page, problems, context } = await openPage(session.browser, { height: 900, acceptDownloads: true }))
  page.on('worker', (w) => workers.push(w.url()))
  await page.goto(session.host.url)
  scope = await openAkuvoxDemo(page)
  const ctx = await page.evaluate(async (s) => (globalThis as unknown as Browserside).fieldkey.staff.context(s), scope)
  if (!ctx.ok) throw new Error('no staff context')
  groupName = ctx.value.accessGroups.find((g) => !g.system)?.name ?? ''
  await page.getByTestId('project-nav').getByRole('button', { name: 'People' }).click()
  await page.getByTestId('staff-list').waitFor()
})
afterAll(async () => {
  await context?.close()
})

/** Every staff of the demo project as the list pages it (the cache after a refresh from the cloud). */
async function listedStaff(): Promise<StaffListItem[]> {
  return page.evaluate(async (s) => {
    const api = (globalThis as unknown as Browserside).fieldkey
    const refreshed = await api.staff.refresh(s)
    if (!refreshed.ok) throw new Error(`refresh failed: ${refreshed.error.code}`)
    const items: StaffListItem[] = []
    for (;;) {
      const next = await api.staff.page({ ...s, offset: items.length, limit: 500 })
      if (!next.ok) throw new Error('page failed')
      items.push(...next.value.items)
      if (next.value.items.length === 0 || items.length >= next.value.total) return items
    }
  }, scope)
}

describe('Excel in and out', () => {
  it('imports a workbook with Chinese names and one bad row: the sheet is chosen, the bad row held back, the rest created', async () => {
    const rows = [
      HEADER,
      [CHINESE[0] as string, groupName, 6_610_001, '', '', ''],
      [CHINESE[1] as string, groupName, 6_610_002, '', '', ''],
      ['张伟', groupName, '12a4', '', '', ''],
      [CHINESE[2] as string, groupName, '', '', '', ''],
    ]
    const bytes = workbook({ 说明: [['物业提供的员工名单']], 员工: rows })
    await page.getByRole('button', { name: 'Import CSV or Excel' }).click()
    await page.getByTestId('import-wizard').locator('input[type=file]').setInputFiles({
      name: '员工名单.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: bytes,
    })
    await page.getByTestId('choose-sheet').waitFor()
    expect(await page.getByTestId('choose-sheet').textContent()).toBe('This workbook has 2 sheets: choose the one that holds the staff.')
    await page.getByTestId('sheet-select').click()
    await page.getByRole('option', { name: '员工' }).click()
    await page.getByTestId('mapping-step').waitFor()
    expect(await page.getByTestId('file-summary').textContent()).toBe('员工名单.xlsx · sheet 员工 · rows: 4')
    expect(await page.getByTestId('file-sample').textContent()).toContain(CHINESE[0])
    await closeNotices()
    mkdirSync(join(ROOT, 'docs/screenshots'), { recursive: true })
    await settled(page)
    await page.screenshot({ path: join(ROOT, 'docs/screenshots/import-xlsx.png') })
    await page.getByTestId('mapping-next').click()
    await page.getByTestId('preview-step').waitFor()
    await expect.poll(() => page.getByTestId('count-ok').textContent()).toBe('Ready: 3')
    const rejected = page.getByTestId('rejected-row')
    expect(await rejected.count()).toBe(1)
    expect(await rejected.locator('input').first().inputValue()).toBe('张伟')
    expect(await rejected.getByTestId('row-problems').textContent()).toContain('12a4')
    await page.getByTestId('create-rows').click()
    await page.getByTestId('import-finished').waitFor({ timeout: 60_000 })
    expect(await page.getByTestId('import-finished').textContent()).toBe('Done. Created 3, already there 0, queued 0, failed 0.')
    const names = (await listedStaff()).map((s) => s.staffAccessName)
    expect(names).toEqual(expect.arrayContaining(CHINESE))
    expect(names).not.toContain('张伟')
    await page.getByRole('button', { name: 'Back to the staff list' }).first().click()
    await page.getByTestId('staff-list').waitFor()
  })

  it('reads a large workbook in a worker, under the content security policy of the window', async () => {
    const rows = Array.from({ length: 6_000 }, (_, i) => [`住户 ${i}`, groupName, String(7_000_000 + i), '', '', ''])
    const dir = await mkdtemp(join(tmpdir(), 'fieldkey-excel-'))
    await writeFile(join(dir, 'large.xlsx'), workbook({ Staff: [HEADER, ...rows] }))
    await page.getByRole('button', { name: 'Import CSV or Excel' }).click()
    await page.getByTestId('import-wizard').locator('input[type=file]').setInputFiles(join(dir, 'large.xlsx'))
    await page.getByTestId('mapping-step').waitFor({ timeout: 30_000 })
    expect(await page.getByTestId('file-summary').textContent()).toBe('large.xlsx · sheet Staff · rows: 6,000')
    expect(workers.some((url) => url.includes('read-workbook'))).toBe(true)
    await page.getByRole('button', { name: 'Back', exact: true }).click()
    await page.getByTestId('staff-list').waitFor()
  })

  it('exports the staff list to .xlsx; opened again with the library it is the list', async () => {
    const listed = await listedStaff()
    await page.getByTestId('export-staff').click()
    await page.getByTestId('export-staff-xlsx').waitFor()
    await closeNotices()
    await settled(page)
    await page.screenshot({ path: join(ROOT, 'docs/screenshots/export-menu.png') })
    const download = page.waitForEvent('download')
    await page.getByTestId('export-staff-xlsx').click()
    const file = await download
    expect(file.suggestedFilename()).toMatch(/^Staff \d{4}-\d{2}-\d{2}\.xlsx$/)
    const book = XLSX.read(await readFile(await file.path()), { type: 'buffer' })
    expect(book.SheetNames).toEqual(['Staff'])
    const [headers, ...rows] = XLSX.utils.sheet_to_json<string[]>(book.Sheets['Staff'] as XLSX.WorkSheet, { header: 1, raw: true, defval: '' })
    expect(headers).toEqual(['Name', 'Access groups', 'PIN codes', 'Cards', 'Face pictures', 'Floors'])
    expect(rows.map((r) => r[0])).toEqual(listed.map((s) => s.staffAccessName))
    expect(rows.map((r) => r[1])).toEqual(listed.map((s) => s.accessGroupNames.join('; ')))
    expect(rows.map((r) => r[3])).toEqual(listed.map((s) => s.rfCards.map((c) => c.number).join('; ')))
    const wang = rows.find((r) => r[0] === CHINESE[0])
    expect(wang?.[2]).toBe('•••••01')
    // No PIN in full anywhere in the file.
    for (const pin of listed.flatMap((s) => s.pinCodes.map((p) => p.number))) expect(rows.some((r) => r[2]?.split('; ').includes(pin))).toBe(false)
    await page.getByTestId('export-staff-saved').waitFor()
    expect(await page.getByTestId('export-staff-saved').textContent()).toContain(`${listed.length} rows saved`)
    expect(problems).toEqual([])
  })

  it('asks for the sheet in Chinese when the window speaks Chinese', async () => {
    await page.getByRole('combobox', { name: 'Language' }).click()
    await page.getByRole('option', { name: '简体中文' }).click()
    await page.getByRole('button', { name: '导入 CSV 或 Excel' }).click()
    await page
      .getByTestId('import-wizard')
      .locator('input[type=file]')
      .setInputFiles({
        name: '员工名单.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: workbook({ 说明: [['物业提供的员工名单']], 员工: [HEADER] }),
      })
    await page.getByTestId('choose-sheet').waitFor()
    expect(await page.getByTestId('choose-sheet').textContent()).toBe('此工作簿有 2 个工作表：请选择包含员工名单的那一个。')
    await closeNotices()
    await settled(page)
    await page.screenshot({ path: join(ROOT, 'docs/screenshots/import-xlsx-choose-sheet-zh-CN.png') })
    await page.getByRole('combobox', { name: '语言' }).click()
    await page.getByRole('option', { name: 'English' }).click()
  })
})
