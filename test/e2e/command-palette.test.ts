import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { openPage, screenshot } from './helpers/browser'
import { useHostAndBrowser } from './helpers/session'

/** The command palette (Ctrl/Cmd+K) in Chromium, in both languages and themes. */
const session = useHostAndBrowser()

describe('the command palette', () => {
  it('opens with Ctrl+K, finds a section by its Chinese name in the English UI, and goes there with Enter', async () => {
    const { page, problems, close } = await openPage(session.browser)
    await page.goto(session.host.url)
    await page.getByRole('heading', { name: 'Welcome to Fieldkey' }).waitFor()
    await page.keyboard.press('Control+k')
    const search = page.getByRole('textbox', { name: 'Search commands' })
    await search.waitFor()
    expect(await page.getByText('Ctrl+Shift+N').isVisible()).toBe(true)
    expect(existsSync(await screenshot(page, 'palette-light-en-US'))).toBe(true)
    await search.fill('诊断')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { name: 'About & diagnostics' }).waitFor()
    expect(problems).toEqual([])
    await close()
  })

  it('lists each connection and the preferences, in Chinese in the dark theme', async () => {
    const { page, problems, close } = await openPage(session.browser, { colorScheme: 'dark', locale: 'zh-CN' })
    await page.goto(session.host.url)
    await page.getByRole('button', { name: '打开 Akuvox 演示站点' }).click()
    await page.getByTestId('projects').waitFor()
    await page.keyboard.press('Control+k')
    await page.getByRole('textbox', { name: '搜索命令' }).waitFor()
    expect(await page.getByText('主题：浅色').isVisible()).toBe(true)
    expect(existsSync(await screenshot(page, 'palette-dark-zh-CN'))).toBe(true)
    await page.getByRole('textbox', { name: '搜索命令' }).fill('light')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.locator('html').getAttribute('data-mantine-color-scheme')).toBe('light')
    expect(problems).toEqual([])
    await close()
  })

  it('lists the open project’s sections and goes to one', async () => {
    const { page, problems, close } = await openPage(session.browser)
    await page.goto(session.host.url)
    await page.getByRole('button', { name: 'Open the Akuvox demo site' }).click()
    await page
      .getByTestId('projects')
      .getByRole('button', { name: /^Open / })
      .first()
      .click()
    await page.getByTestId('project-nav').waitFor()
    await page.keyboard.press('Control+k')
    const search = page.getByRole('textbox', { name: 'Search commands' })
    await search.waitFor()
    expect(
      await page
        .getByRole('dialog')
        .getByRole('button', { name: /Access groups/ })
        .isVisible(),
    ).toBe(true)
    expect(existsSync(await screenshot(page, 'palette-project-light-en-US'))).toBe(true)
    await search.fill('outbox')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.getByTestId('project-nav').getByRole('button', { name: 'Outbox' }).getAttribute('aria-current')).toBe('page')
    expect(problems).toEqual([])
    await close()
  })

  it('runs the section shortcuts in the page: Ctrl+2 diagnostics, Ctrl+1 back to start', async () => {
    const { page, close } = await openPage(session.browser)
    await page.goto(session.host.url)
    await page.getByRole('navigation', { name: 'Main navigation' }).waitFor()
    await page.keyboard.press('Control+2')
    const diagnostics = page.getByRole('heading', { name: 'About & diagnostics' })
    await diagnostics.waitFor()
    await page.keyboard.press('Control+1')
    await diagnostics.waitFor({ state: 'detached' })
    await close()
  })
})
