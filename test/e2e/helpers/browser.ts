import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { type Browser, type Page, chromium } from 'playwright-core'
import { ROOT } from './host'

export const SCREENSHOTS = join(ROOT, 'test-artifacts/screenshots')

/** Debian's Chromium, headless, with no background traffic (no QUIC, updates, sync or first-run calls) on a closed network. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  })
}

export interface PageOptions {
  readonly colorScheme?: 'light' | 'dark'
  readonly locale?: string
  /** The browser's time zone (schedules shift with it). */
  readonly timezoneId?: string
  readonly acceptDownloads?: boolean
  /** The window height; the width is always 1280. */
  readonly height?: number
}

/** A page that records console errors and CSP violations, which every e2e test asserts are none. */
export async function openPage(browser: Browser, options: PageOptions = {}) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: options.height ?? 800 },
    colorScheme: options.colorScheme ?? 'light',
    locale: options.locale ?? 'en-US',
    ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
    acceptDownloads: options.acceptDownloads ?? false,
  })
  const page = await context.newPage()
  const problems: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text())
  })
  page.on('pageerror', (e) => problems.push(e.message))
  return { page, problems, context, close: () => context.close() }
}

/**
 * Resolves once nothing on the page has been animating for five polls in a row (endless ones,
 * like a spinner, aside). A dialog still fading in is drawn at part opacity: a screenshot of it
 * is no evidence, and axe would measure its blended, paler colours.
 */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(() => {
    ;(globalThis as unknown as { __quietFrames?: number }).__quietFrames = 0
  })
  await page.waitForFunction(
    () => {
      type Animation = { playState: string; effect: { getComputedTiming: () => { endTime: number } } | null }
      const w = globalThis as unknown as { document: { getAnimations: () => readonly Animation[] }; __quietFrames?: number }
      const ends = (a: Animation) => (a.effect?.getComputedTiming().endTime ?? 0) !== Number.POSITIVE_INFINITY
      const moving = w.document.getAnimations().some((a) => (a.playState === 'running' || a.playState === 'pending') && ends(a))
      w.__quietFrames = moving ? 0 : (w.__quietFrames ?? 0) + 1
      return w.__quietFrames >= 5
    },
    undefined,
    { polling: 50 },
  )
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true })
  const path = join(SCREENSHOTS, `${name}.png`)
  await settled(page)
  await page.screenshot({ path })
  return path
}
