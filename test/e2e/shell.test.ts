import { existsSync } from 'node:fs'
import { KEY_PROTOCOL_PREFIX, WIRE_PROTOCOL } from '@shared/ipc/wire'
import { describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { openPage, screenshot } from './helpers/browser'
import { useHostAndBrowser } from './helpers/session'

const session = useHostAndBrowser()

describe('the shell in Chromium through the headless host', () => {
  it('renders, shows app:info and round-trips app:ping', async () => {
    const { page, problems, close } = await openPage(session.browser)
    await page.goto(session.host.url)
    await page.getByRole('button', { name: 'About & diagnostics' }).click()
    await expect.poll(() => page.getByRole('heading', { name: 'About & diagnostics' }).isVisible()).toBe(true)
    await expect.poll(() => page.getByTestId('runtime').textContent()).toContain('Browser host')
    expect(await page.getByText(session.host.dataDir).isVisible()).toBe(true)
    await page.getByRole('button', { name: 'Check the connection to the core' }).click()
    await expect.poll(() => page.getByTestId('ping-result').textContent()).toMatch(/Answered in \d+ ms/)
    await expect.poll(() => page.getByTestId('network-status').textContent()).toMatch(/Online|Offline/)
    expect(problems).toEqual([])
    await close()
  })

  it('uses the real OS keychain when a Secret Service is running', async () => {
    const { page, close } = await openPage(session.browser)
    await page.goto(session.host.url)
    await page.getByRole('button', { name: 'About & diagnostics' }).click()
    const expected = process.env.DBUS_SESSION_BUS_ADDRESS ? 'Operating-system keychain' : 'Memory only'
    await expect.poll(() => page.getByTestId('keychain').textContent()).toContain(expected)
    await close()
  })

  it('can be driven by keyboard alone: theme and language switches', async () => {
    const { page, close } = await openPage(session.browser)
    await page.goto(session.host.url)
    await page.getByRole('heading', { name: 'Welcome to Fieldkey' }).waitFor()
    await page.getByRole('radio', { name: 'Dark' }).focus()
    await page.keyboard.press('Space')
    await expect.poll(() => page.locator('html').getAttribute('data-mantine-color-scheme')).toBe('dark')
    await page.locator('input[aria-label="Language"]').focus()
    await page.keyboard.press('ArrowDown')
    await page.getByRole('option', { name: '简体中文' }).waitFor()
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('zh-CN')
    expect(await page.getByRole('heading', { name: '欢迎使用 Fieldkey' }).isVisible()).toBe(true)
    await close()
  })

  it('writes screenshots in both themes and both languages', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const locale of ['en-US', 'zh-CN']) {
        const { page, problems, close } = await openPage(session.browser, { colorScheme, locale })
        await page.goto(session.host.url)
        await page.getByTestId('no-connections').waitFor()
        expect(existsSync(await screenshot(page, `welcome-${colorScheme}-${locale}`))).toBe(true)
        await page.getByRole('button', { name: locale === 'zh-CN' ? '关于与诊断' : 'About & diagnostics' }).click()
        await page.getByTestId('diagnostics-table').waitFor()
        await page.getByTestId('keychain').waitFor()
        const path = await screenshot(page, `diagnostics-${colorScheme}-${locale}`)
        expect(existsSync(path)).toBe(true)
        expect(problems).toEqual([])
        await close()
      }
    }
  })

  it('refuses a client without the secret: the page says the core is not answering', async () => {
    const { page, close } = await openPage(session.browser)
    await page.goto(`${session.host.origin}/`)
    await page.getByRole('button', { name: 'About & diagnostics' }).click()
    await expect.poll(() => page.getByRole('alert').first().textContent(), { timeout: 15_000 }).toContain('not answering')
    await close()
    const status = await new Promise<number>((resolve) => {
      const ws = new WebSocket(`ws://127.0.0.1:${session.host.port}/ipc`, [WIRE_PROTOCOL, `${KEY_PROTOCOL_PREFIX}wrong`], { origin: session.host.origin })
      ws.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0))
      ws.once('open', () => resolve(101))
    })
    expect(status).toBe(401)
  })
})
