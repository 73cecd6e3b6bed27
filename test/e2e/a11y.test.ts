import { createRequire } from 'node:module'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser } from './helpers/browser'
import { type RunningHost, startHost } from './helpers/host'

/** Issue 10: axe-core on each main screen and the palette; no serious or critical violation, in both themes. */
const require = createRequire(import.meta.url)
const AXE = require.resolve('axe-core/axe.min.js')

interface AxeViolation {
  readonly id: string
  readonly impact: string | null
  readonly help: string
  readonly nodes: ReadonlyArray<{ readonly target: readonly unknown[] }>
}

let host: RunningHost
let browser: Browser

beforeAll(async () => {
  host = await startHost()
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await host?.stop()
})

/**
 * A page like the other e2e tests open, except that the CSP is bypassed: the app's
 * `script-src 'self'` (rightly) refuses the axe script tag injected from outside.
 */
async function openPage(colorScheme: 'light' | 'dark') {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme, locale: 'en-US', bypassCSP: true })
  const page = await context.newPage()
  return { page, close: () => context.close() }
}

/** Runs axe on the page as it is now; returns the serious and critical violations, readable. */
async function seriousViolations(page: Page): Promise<string[]> {
  // Scan the screen at rest, not the hover state the last click left under the pointer.
  await page.mouse.move(0, 0)
  await page.addScriptTag({ path: AXE })
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe
    const result = await axe.run((globalThis as unknown as { document: unknown }).document, { resultTypes: ['violations'] })
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }))
  })
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

describe.each(['light', 'dark'] as const)('accessibility (axe-core) in the %s theme', (colorScheme) => {
  it('the home screen', async () => {
    const { page, close } = await openPage(colorScheme)
    await page.goto(host.url)
    await page.getByRole('heading', { name: 'Welcome to Fieldkey' }).waitFor()
    expect(await seriousViolations(page)).toEqual([])
    await close()
  })

  it('the add-connection dialog', async () => {
    const { page, close } = await openPage(colorScheme)
    await page.goto(host.url)
    await page.getByRole('button', { name: 'Add an Akuvox connection' }).click()
    await page.getByRole('dialog').getByRole('button', { name: 'Sign in and save' }).waitFor()
    expect(await seriousViolations(page)).toEqual([])
    await close()
  })

  it('a demo connection', async () => {
    const { page, close } = await openPage(colorScheme)
    await page.goto(host.url)
    await page.getByRole('button', { name: 'Open the Akuvox demo site' }).click()
    await page.getByRole('heading', { name: 'Akuvox demo site' }).waitFor()
    await page.getByTestId('projects').waitFor()
    expect(await seriousViolations(page)).toEqual([])
    await close()
  })

  it('the diagnostics screen', async () => {
    const { page, close } = await openPage(colorScheme)
    await page.goto(host.url)
    await page.getByRole('button', { name: 'About & diagnostics' }).click()
    await page.getByTestId('diagnostics-table').waitFor()
    await page.getByTestId('keychain').waitFor()
    expect(await seriousViolations(page)).toEqual([])
    await close()
  })

  it('the command palette', async () => {
    const { page, close } = await openPage(colorScheme)
    await page.goto(host.url)
    await page.getByRole('heading', { name: 'Welcome to Fieldkey' }).waitFor()
    await page.keyboard.press('Control+k')
    await page.getByRole('textbox', { name: 'Search commands' }).waitFor()
    expect(await seriousViolations(page)).toEqual([])
    await close()
  })
})
