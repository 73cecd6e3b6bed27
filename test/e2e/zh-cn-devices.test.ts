import { copyFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openPage, screenshot } from './helpers/browser'
import { ROOT } from './helpers/host'
import { useHostAndBrowser } from './helpers/session'

const session = useHostAndBrowser()

/** The words of every type the Akuvox documents list, as the devices list shows them in Chinese. */
const CHINESE_TYPES = ['多户门口机', '单户门口机', '室内机', '管理机', '门禁终端']

describe('the devices list in Simplified Chinese, in Chromium', () => {
  it('an installer who switches to 简体中文 reads each device’s type in Chinese, and filters by it', async () => {
    const { page, problems, close } = await openPage(session.browser, { locale: 'en-US' })
    await page.goto(session.host.url)
    await page.getByRole('heading', { name: 'Welcome to Fieldkey' }).waitFor()
    await page.locator('input[aria-label="Language"]').click()
    await page.getByRole('option', { name: '简体中文' }).click()
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('zh-CN')

    await page.getByRole('button', { name: '打开 Akuvox 演示站点' }).click()
    const open = page
      .getByTestId('projects')
      .getByRole('button', { name: /^打开 / })
      .first()
    await open.click()
    await page.getByTestId('project-nav').getByRole('button', { name: '设备' }).click()
    await page.getByTestId('device-row').first().waitFor()
    // Every documented type is on the demo site: each row names its type in Chinese, none in the cloud's English.
    await expect
      .poll(async () => {
        const text = (await page.getByTestId('device-list').textContent()) ?? ''
        return CHINESE_TYPES.filter((w) => text.includes(w)).length
      })
      .toBeGreaterThan(1)
    // The second line of a row is "building · type · MAC" (the demo's device names carry the cloud's English words themselves).
    const typeOf = (row: string) => row.split(' · ')[1] ?? ''
    const rows = await page.getByTestId('device-row').allTextContents()
    expect(rows.map(typeOf).filter((type) => !CHINESE_TYPES.includes(type))).toEqual([])

    await page.getByTestId('device-row').first().click()
    await page.getByTestId('device-detail').waitFor()
    expect(await page.getByTestId('device-detail').getByText(/ · /).textContent()).toMatch(new RegExp(`· (${CHINESE_TYPES.join('|')})`))
    // The demo site's own name, chosen by Fieldkey, is words of the window's language too.
    expect(await page.getByTestId('connection-item').textContent()).toContain('Akuvox 演示站点')
    // The screenshot shows the list itself: the keychain notice dismissed, the "project open" note gone by itself.
    const dismiss = page.getByRole('button', { name: '关闭' })
    if (await dismiss.count()) await dismiss.first().click()
    await page.getByText(/^已打开 /).waitFor({ state: 'hidden' })
    const path = await screenshot(page, 'zh-cn-devices')
    mkdirSync(join(ROOT, 'docs/screenshots'), { recursive: true })
    copyFileSync(path, join(ROOT, 'docs/screenshots/zh-cn-devices.png'))

    await page.getByRole('combobox', { name: '类型' }).click()
    expect(await page.getByRole('option').allTextContents()).toEqual([...CHINESE_TYPES, '门禁控制器', '其他类型'])
    await page.getByRole('option', { name: '管理机', exact: true }).click()
    await expect.poll(async () => (await page.getByTestId('device-row').allTextContents()).map(typeOf)).toEqual(expect.arrayContaining(['管理机']))
    expect(new Set((await page.getByTestId('device-row').allTextContents()).map(typeOf))).toEqual(new Set(['管理机']))
    expect(await page.getByTestId('device-count').textContent()).not.toBe('')
    expect(problems).toEqual([])
    await close()
  })

  it('offers to add "an Akuvox / Akubela connection", in English', async () => {
    const { page, problems, close } = await openPage(session.browser)
    await page.goto(session.host.url)
    await page.getByRole('button', { name: 'Add a connection' }).click()
    await page.getByRole('menuitem', { name: 'Akuvox / Akubela' }).click()
    await page.getByRole('dialog', { name: 'Add an Akuvox / Akubela connection' }).waitFor()
    expect(problems).toEqual([])
    await close()
  })
})
