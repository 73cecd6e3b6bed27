import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import type { FieldkeyApi } from '@shared/ipc'
import { type ElectronApplication, type Page, _electron } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

/**
 * The built app in a real Electron: the same smoke path the headless e2e suite walks, but over
 * Electron's own IPC, window and sandbox. Runs wherever the Electron binary is installed (a
 * developer's machine, the hosted CI in .github/workflows); `npm test` says in one line when it
 * is skipped (scripts/test.mjs).
 */
const ROOT = new URL('../..', import.meta.url).pathname
const electronDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'))
const pathFile = join(electronDir, 'path.txt')
const binary = existsSync(pathFile) ? join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim()) : null

type PageWindow = { readonly fieldkey: FieldkeyApi }

describe.skipIf(binary === null)('Fieldkey in Electron', () => {
  let app: ElectronApplication
  let page: Page

  beforeAll(async () => {
    // A fresh profile: on Linux userData follows XDG_CONFIG_HOME; hosted runners start empty elsewhere.
    const env = { ...process.env, XDG_CONFIG_HOME: mkdtempSync(join(tmpdir(), 'fieldkey-electron-')), FIELDKEY_DISABLE_UPDATES: '1' }
    app = await _electron.launch({ executablePath: binary ?? '', args: [ROOT], env })
    page = await app.firstWindow()
  })
  afterAll(async () => {
    await app?.close()
  })

  it('opens one window from app://, with no Node in the page and only the frozen contract exposed', async () => {
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1)
    expect(page.url()).toMatch(/^app:\/\/fieldkey\//)
    const seen = await page.evaluate(() => {
      const g = globalThis as unknown as { require?: unknown; process?: unknown; fieldkey?: object }
      return { require: typeof g.require, process: typeof g.process, frozen: g.fieldkey !== undefined && Object.isFrozen(g.fieldkey) }
    })
    expect(seen).toEqual({ require: 'undefined', process: 'undefined', frozen: true })
  })

  it('answers app:ping over Electron IPC', async () => {
    const pong = await page.evaluate(() => (globalThis as unknown as PageWindow).fieldkey.app.ping({ message: 'smoke' }))
    expect(pong.ok).toBe(true)
  })

  it('opens the Akuvox demo site and one of its projects', async () => {
    await page.getByRole('button', { name: 'Open the Akuvox demo site' }).click()
    await page.getByRole('heading', { name: 'Akuvox demo site' }).waitFor()
    const open = page
      .getByTestId('projects')
      .getByRole('button', { name: /^Open / })
      .first()
    const name = (await open.getAttribute('aria-label'))?.replace(/^Open /, '') ?? ''
    await open.click()
    await page.getByTestId('project-nav').getByText(name).waitFor()
    await page.getByRole('heading', { name }).waitFor()
  })
})
