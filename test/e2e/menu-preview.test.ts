import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { menuTemplate } from '../../src/main/electron/menu'
import { screenshot } from './helpers/browser'
import { menuPreviewHtml } from './helpers/menu-preview'
import { useHostAndBrowser } from './helpers/session'

/**
 * The README shows pictures of the menus, and no Electron binary can run here to show the
 * native ones. This draws the real template (`src/main/electron/menu.ts`, as the app builds it on
 * Linux and Windows) with Electron's own role labels, every menu open side by side.
 */
const session = useHostAndBrowser()
const actions = { command: () => undefined, openLogsFolder: () => undefined, copyDiagnostics: () => undefined, checkForUpdates: () => undefined }

describe('the application menu template, drawn', () => {
  it.each([
    ['en', 'Fieldkey menus (Linux/Windows), drawn from the menu template: the native menu needs the Electron binary'],
    ['zh-CN', 'Fieldkey 菜单（Linux/Windows），按菜单模板绘制'],
  ] as const)('in %s', async (language, title) => {
    const template = menuTemplate({ platform: 'linux', appName: 'Fieldkey', isDev: false, language }, actions)
    const context = await session.browser.newContext({ viewport: { width: 1480, height: 360 } })
    const page = await context.newPage()
    await page.setContent(menuPreviewHtml(template, title, language))
    expect(await page.getByRole('menu').count()).toBe(template.length)
    const labels = await page.locator('li[role=menuitem] .label').allTextContents()
    expect(labels.filter((l) => l.trim() === '')).toEqual([])
    expect(existsSync(await screenshot(page, `menus-${language}`))).toBe(true)
    await context.close()
  })
})
