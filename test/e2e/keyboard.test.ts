import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { openAuditPage, seriousViolations } from './helpers/axe'
import { screenshot } from './helpers/browser'
import { useHostAndBrowser } from './helpers/session'

/**
 * Keyboard and accessibility on the project screens: an installer reaches every
 * section with the keyboard alone, and on each one Tab visits only named controls whose focus
 * is visible, without getting stuck; axe finds no serious or critical violation there.
 */
const session = useHostAndBrowser()

interface Stop {
  readonly what: string
  readonly named: boolean
  /** The markup of a control without a name, to find it. */
  readonly html: string
  readonly focusVisible: boolean
  readonly inMain: boolean
}

/** Where focus is now: what it is, whether it has a name, and whether its focus can be seen. */
function focusedStop(page: Page): Promise<Stop | null> {
  return page.evaluate(() => {
    const doc = (
      globalThis as unknown as {
        document: {
          activeElement: Record<string, unknown> | null
          body: unknown
          documentElement: unknown
          createElement: (t: string) => Record<string, unknown>
          getElementById: (id: string) => { textContent: string | null } | null
        }
      }
    ).document
    const getStyle = (globalThis as unknown as { getComputedStyle: (el: unknown) => Record<string, string> }).getComputedStyle
    const el = doc.activeElement as unknown as {
      tagName: string
      id: string
      type?: string
      labels?: ArrayLike<{ textContent: string | null }> | null
      textContent: string | null
      outerHTML: string
      getAttribute: (n: string) => string | null
      closest: (s: string) => unknown
      matches: (s: string) => boolean
    } | null
    if (!el || el === doc.body) return null
    const style = getStyle(el)
    // Mantine shows focus on inputs by turning the border to the primary colour instead of an outline.
    const probe = doc.createElement('div') as unknown as { style: Record<string, string> }
    probe.style.borderColor = 'var(--mantine-primary-color-filled)'
    ;(doc.body as { appendChild: (n: unknown) => void }).appendChild(probe)
    const primary = getStyle(probe).borderTopColor
    ;(probe as unknown as { remove: () => void }).remove()
    const outlined = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth ?? '0') > 0
    const ringed = (style.boxShadow ?? 'none') !== 'none'
    const bordered = ['INPUT', 'TEXTAREA'].includes(el.tagName) && style.borderTopColor === primary
    const labelledBy = (el.getAttribute('aria-labelledby') ?? '')
      .split(/\s+/)
      .map((id) => (id ? (doc.getElementById(id)?.textContent ?? '') : ''))
      .join(' ')
    const label = [
      el.getAttribute('aria-label'),
      labelledBy,
      Array.from(el.labels ?? [])
        .map((l) => l.textContent)
        .join(' '),
      el.getAttribute('title'),
      el.getAttribute('placeholder'),
      el.type === 'checkbox' || el.type === 'radio' ? '' : el.textContent,
    ]
      .map((s) => (s ?? '').trim())
      .find((s) => s !== '')
    return {
      what: `${el.tagName.toLowerCase()}${el.getAttribute('role') ? `[role=${el.getAttribute('role')}]` : ''} "${(label ?? '').slice(0, 40)}"`,
      named: Boolean(label),
      html: label ? '' : el.outerHTML.slice(0, 300),
      focusVisible: outlined || ringed || bordered,
      inMain: Boolean(el.closest('main')),
    }
  })
}

/**
 * Resolves once every finite animation and transition on the page has run (reading the
 * animations first applies pending style changes, so a transition just triggered is included).
 */
async function transitionsDone(page: Page): Promise<void> {
  await page.evaluate(
    'Promise.all(document.getAnimations().filter((a) => a.effect?.getComputedTiming().endTime !== Infinity).map((a) => a.finished.catch(() => undefined)))',
  )
}

/** Presses Tab until focus comes back round (or 120 stops), and returns every stop. */
async function tabRound(page: Page): Promise<Stop[]> {
  await page.locator('body').focus()
  const stops: Stop[] = []
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press('Tab')
    let stop = await focusedStop(page)
    if (!stop) continue
    // Inputs fade their border to the focus colour (a 100 ms transition): look again once it has run.
    if (!stop.focusVisible) {
      await transitionsDone(page)
      stop = (await focusedStop(page)) ?? stop
    }
    if (stops.length > 3 && stop.what === stops[0]?.what) break
    stops.push(stop)
  }
  return stops
}

async function audit(page: Page, screen: string): Promise<void> {
  const stops = await tabRound(page)
  expect(
    stops.filter((s) => !s.named).map((s) => `${s.what} ${s.html}`),
    `${screen}: controls without a name`,
  ).toEqual([])
  expect(
    stops.filter((s) => !s.focusVisible).map((s) => s.what),
    `${screen}: focus not visible`,
  ).toEqual([])
  const mainHasControls = await page.locator('main').locator('button, a[href], input, select, textarea, [tabindex="0"]').count()
  if (mainHasControls > 0)
    expect(
      stops.some((s) => s.inMain),
      `${screen}: Tab never reaches the screen's content`,
    ).toBe(true)
  // Scan the screen at rest: no focus left on a sidebar item whose shortcut hint is fading in.
  await page.evaluate('document.activeElement?.blur()')
  await transitionsDone(page)
  expect(await seriousViolations(page), `${screen}: axe`).toEqual([])
}

/** Opens a demo site's first project with the keyboard only: the palette, then Tab and Enter. */
async function openDemoByKeyboard(page: Page, vendor: 'Akuvox' | 'Tuya'): Promise<void> {
  await page.goto(session.host.url)
  await page.getByRole('navigation').first().waitFor()
  await page.keyboard.press('Control+k')
  await page.getByRole('textbox', { name: 'Search commands' }).fill(`${vendor} demo`)
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  const firstProject = page
    .getByTestId('projects')
    .getByRole('button', { name: /^(Open|Show) / })
    .first()
  await firstProject.waitFor()
  for (
    let i = 0;
    i < 60 && !(await firstProject.evaluate((el) => el === (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement));
    i++
  ) {
    await page.keyboard.press('Tab')
  }
  await page.keyboard.press('Enter')
  await page.getByTestId('project-nav').waitFor()
}

async function goTo(page: Page, keys: string, navLabel: string): Promise<void> {
  // The sidebar item announces the very keys that reach it.
  expect(await page.getByTestId('project-nav').getByRole('button', { name: navLabel, exact: true }).getAttribute('aria-keyshortcuts')).toBe(keys)
  await page.keyboard.press(keys)
  await expect.poll(() => page.getByTestId('project-nav').getByRole('button', { name: navLabel, exact: true }).getAttribute('aria-current')).toBe('page')
  await page.waitForLoadState('networkidle')
  // The screen's first answers have arrived once no loader is left in it.
  await expect.poll(() => page.locator('main .mantine-Loader-root').count()).toBe(0)
  await transitionsDone(page)
}

describe('keyboard only, on the project screens', () => {
  it('an Akuvox site: overview, devices, access groups, people, report and outbox', async () => {
    const { page, close } = await openAuditPage(session.browser)
    await openDemoByKeyboard(page, 'Akuvox')
    for (const [keys, label] of [
      ['Control+3', 'Overview'],
      ['Control+4', 'Devices'],
      ['Control+5', 'Access groups'],
      ['Control+7', 'People'],
      ['Control+Shift+H', 'Handover report'],
      ['Control+6', 'Outbox'],
    ] as const) {
      await goTo(page, keys, label)
      await audit(page, `Akuvox ${label}`)
    }
    await close()
  })

  it('a Tuya site: doors, channels and sends; the shortcuts reference opens and closes with the keyboard', async () => {
    const { page, close } = await openAuditPage(session.browser)
    await openDemoByKeyboard(page, 'Tuya')
    for (const [keys, label] of [
      ['Control+4', 'Devices & doors'],
      ['Control+8', 'Permissions'],
      ['Control+9', 'Sends'],
      ['Control+7', 'People'],
    ] as const) {
      await goTo(page, keys, label)
      await audit(page, `Tuya ${label}`)
    }
    await page.keyboard.press('Control+/')
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
    await dialog.waitFor()
    expect(await dialog.getByText('F5').isVisible()).toBe(true)
    expect(await seriousViolations(page)).toEqual([])
    await screenshot(page, 'keyboard-shortcuts')
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'hidden' })
    await close()
  })
})
