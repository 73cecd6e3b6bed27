import { describe, expect, it } from 'vitest'
import { openAuditPage, seriousViolations } from './helpers/axe'
import { useHostAndBrowser } from './helpers/session'

/** axe-core on each main screen and the palette; no serious or critical violation, in both themes (project screens: keyboard.test.ts). */
const session = useHostAndBrowser()

const openPage = (colorScheme: 'light' | 'dark') => openAuditPage(session.browser, colorScheme)

describe.each(['light', 'dark'] as const)('accessibility (axe-core) in the %s theme', (colorScheme) => {
  it('the home screen', async () => {
    const { page, close } = await openPage(colorScheme)
    await page.goto(session.host.url)
    await page.getByRole('heading', { name: 'Welcome to Fieldkey' }).waitFor()
    expect(await seriousViolations(page)).toEqual([])
    await close()
  })

  it('the add-connection dialog', async () => {
    const { page, close } = await openPage(colorScheme)
    await page.goto(session.host.url)
    await page.getByRole('button', { name: 'Add an Akuvox connection' }).click()
    await page.getByRole('dialog').getByRole('button', { name: 'Sign in and save' }).waitFor()
    expect(await seriousViolations(page)).toEqual([])
    await close()
  })

  it('a demo connection', async () => {
    const { page, close } = await openPage(colorScheme)
    await page.goto(session.host.url)
    await page.getByRole('button', { name: 'Open the Akuvox demo site' }).click()
    await page.getByRole('heading', { name: 'Akuvox demo site' }).waitFor()
    await page.getByTestId('projects').waitFor()
    expect(await seriousViolations(page)).toEqual([])
    await close()
  })

  it('the diagnostics screen', async () => {
    const { page, close } = await openPage(colorScheme)
    await page.goto(session.host.url)
    await page.getByRole('button', { name: 'About & diagnostics' }).click()
    await page.getByTestId('diagnostics-table').waitFor()
    await page.getByTestId('keychain').waitFor()
    expect(await seriousViolations(page)).toEqual([])
    await close()
  })

  it('the command palette', async () => {
    const { page, close } = await openPage(colorScheme)
    await page.goto(session.host.url)
    await page.getByRole('heading', { name: 'Welcome to Fieldkey' }).waitFor()
    await page.keyboard.press('Control+k')
    await page.getByRole('textbox', { name: 'Search commands' }).waitFor()
    expect(await seriousViolations(page)).toEqual([])
    await close()
  })
})
