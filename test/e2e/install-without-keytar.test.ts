import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process'
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, dirname, join } from 'node:path'
import { createInterface } from 'node:readline'
import type { FieldkeyApi } from '@shared/ipc'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, openPage, screenshot } from './helpers/browser'
import { ROOT, type RunningHost, startHost } from './helpers/host'

/**
 * The README's first command on a machine that cannot build keytar (no libsecret headers): a copy
 * of this working tree installed with `npm ci` behind a `pkg-config` that finds nothing, then
 * started with `npm start` as a new user would. npm's cache is warm here and in CI (which runs
 * `npm ci` first), so the install reads no registry.
 */
const INSTALL_TIMEOUT = 15 * 60_000

let work: string
let app: string
let install: ReturnType<typeof spawnSync>
let started: ChildProcess | undefined
let url: string
let browser: Browser

/** The files git knows in this working tree (tracked, or new and not ignored), as they are now. */
function copyWorkingTree(to: string): void {
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' }).split('\0')
  for (const file of files) {
    if (!file || !existsSync(join(ROOT, file))) continue
    mkdirSync(dirname(join(to, file)), { recursive: true })
    cpSync(join(ROOT, file), join(to, file))
  }
}

/** PATH without this checkout's node_modules/.bin: a fresh machine has only its own npm and node. */
function freshPath(fakeBin: string): string {
  const ours = join(ROOT, 'node_modules')
  return [fakeBin, ...(process.env.PATH ?? '').split(delimiter).filter((dir) => !dir.startsWith(ours))].join(delimiter)
}

/** `npm start` from the copy; resolves with the address line it prints. */
function npmStart(env: NodeJS.ProcessEnv, dataDir: string): Promise<string> {
  // Its own process group, so stopping it also stops the host `npm start` spawned.
  started = spawn('npm', ['start', '--', '--no-open', '--data-dir', dataDir], { cwd: app, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  const output: string[] = []
  started.stderr?.on('data', (d: Buffer) => output.push(d.toString()))
  return new Promise((resolve, reject) => {
    createInterface({ input: started!.stdout! }).on('line', (line) => {
      output.push(line)
      if (/^http:\/\/127\.0\.0\.1:\d+\//.test(line)) resolve(line)
    })
    started!.once('exit', (code) => reject(new Error(`npm start exited with ${code}:\n${output.join('\n')}`)))
  })
}

function stopStarted(): Promise<void> {
  const child = started
  if (!child?.pid || child.exitCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    child.once('exit', () => resolve())
    process.kill(-child.pid!, 'SIGTERM')
  })
}

beforeAll(async () => {
  browser = await launchBrowser()
  work = mkdtempSync(join(tmpdir(), 'fieldkey-install-'))
  app = join(work, 'fieldkey')
  copyWorkingTree(app)
  const fakeBin = join(work, 'bin')
  mkdirSync(fakeBin)
  // Finds nothing, as on a machine without libsecret-1-dev, and notes what it was asked.
  writeFileSync(
    join(fakeBin, 'pkg-config'),
    `#!/bin/sh\necho "$*" >> '${join(work, 'pkg-config.calls')}'\necho "Package libsecret-1 was not found" >&2\nexit 1\n`,
  )
  chmodSync(join(fakeBin, 'pkg-config'), 0o755)
  const env = {
    ...process.env,
    PATH: freshPath(fakeBin),
    ELECTRON_SKIP_BINARY_DOWNLOAD: '1',
    // prebuild-install goes straight to the source build instead of asking GitHub for a binary.
    npm_config_build_from_source: 'keytar',
  }
  install = spawnSync('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], { cwd: app, env, encoding: 'utf8', timeout: INSTALL_TIMEOUT })
  if (install.status !== 0) return
  url = await npmStart(env, join(work, 'data'))
}, INSTALL_TIMEOUT + 120_000)

afterAll(async () => {
  await browser?.close()
  await stopStarted()
  if (work) rmSync(work, { recursive: true, force: true })
}, 120_000)

describe('npm install && npm start where keytar cannot be built', () => {
  it('npm ci succeeds and leaves keytar out', () => {
    expect(install.status, `${install.stdout}\n${install.stderr}`).toBe(0)
    // keytar's source build really was tried, and stopped at libsecret (npm says nothing of a
    // skipped optional dependency).
    expect(readFileSync(join(work, 'pkg-config.calls'), 'utf8')).toContain('--cflags libsecret-1')
    expect(existsSync(join(app, 'node_modules/keytar/build/Release/keytar.node'))).toBe(false)
  })

  it('npm start builds, starts the host and prints its address', () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/.*/)
  })

  it('keeps secrets in memory, says keytar is not installed and how to get the keychain back', async () => {
    const { page, problems, close } = await openPage(browser)
    await page.goto(url)
    const notice = page.getByTestId('keychain-notice')
    await notice.waitFor()
    expect(await notice.textContent()).toContain("Fieldkey's keychain module (keytar) is not installed")
    expect(await notice.textContent()).toContain('npm rebuild keytar')
    await page.getByTestId('no-connections').waitFor()
    await screenshot(page, 'keychain-missing')
    const info = await page.evaluate(() => (globalThis as unknown as { fieldkey: FieldkeyApi }).fieldkey.app.info())
    expect(info.ok && info.value.keychain).toEqual({ backend: 'memory', cause: 'module-missing', reason: 'keytar not installed' })
    await page.getByRole('button', { name: 'About & diagnostics' }).click()
    const row = page.getByRole('row').filter({ has: page.getByTestId('keychain') })
    await expect.poll(() => row.textContent()).toContain('What Fieldkey saw: keytar not installed')
    expect(await row.textContent()).toContain('npm rebuild keytar')
    await screenshot(page, 'keychain-missing-diagnostics')
    expect(problems).toEqual([])
    await close()
  })
})

describe('the normal run, for comparison', () => {
  let host: RunningHost
  beforeAll(async () => {
    host = await startHost()
  })
  afterAll(() => host?.stop())

  it.runIf(Boolean(process.env.DBUS_SESSION_BUS_ADDRESS))('with a keychain there is no notice', async () => {
    const { page, close } = await openPage(browser)
    await page.goto(host.url)
    await page.getByTestId('no-connections').waitFor()
    expect(await page.getByTestId('keychain-notice').count()).toBe(0)
    await screenshot(page, 'keychain-ok')
    await close()
  })
})
