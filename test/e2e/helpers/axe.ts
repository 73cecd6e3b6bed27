import { createRequire } from 'node:module'
import type { Browser, Page } from 'playwright-core'
import { settled } from './browser'

const require = createRequire(import.meta.url)
const AXE = require.resolve('axe-core/axe.min.js')

interface AxeViolation {
  readonly id: string
  readonly impact: string | null
  readonly help: string
  readonly nodes: ReadonlyArray<{ readonly target: readonly unknown[]; readonly failureSummary?: string }>
}

/**
 * A page like the other e2e tests open, except that the CSP is bypassed: the app's
 * `script-src 'self'` (rightly) refuses the axe script tag injected from outside.
 */
export async function openAuditPage(browser: Browser, colorScheme: 'light' | 'dark' = 'light') {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme, locale: 'en-US', bypassCSP: true })
  const page = await context.newPage()
  return { page, close: () => context.close() }
}

/** Runs axe on the page as it is now; returns the serious and critical violations, readable. */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Scan the screen at rest, not the hover state the last click left under the pointer.
  await page.mouse.move(0, 0)
  await settled(page)
  await page.addScriptTag({ path: AXE })
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe
    const result = await axe.run((globalThis as unknown as { document: unknown }).document, { resultTypes: ['violations'] })
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }))
  })
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')} (first: ${v.nodes[0]?.failureSummary ?? ''})`)
}
