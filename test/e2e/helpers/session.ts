import type { Browser } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import { launchBrowser } from './browser'
import { type RunningHost, startHost } from './host'

export interface E2eSession {
  /** The built headless host, as `npm run web` starts it. */
  readonly host: RunningHost
  /** Debian's Chromium. */
  readonly browser: Browser
}

/**
 * Starts the headless host and Chromium before a test file's tests and stops both after them
 * (after the file's own afterAll hooks, which run first).
 */
export function useHostAndBrowser(hostArgs: readonly string[] = []): E2eSession {
  let host: RunningHost | undefined
  let browser: Browser | undefined
  beforeAll(async () => {
    host = await startHost(hostArgs)
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await host?.stop()
  })
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`the e2e ${what} has not started (use it inside a test or hook)`)
    return value
  }
  return {
    get host() {
      return started(host, 'host')
    },
    get browser() {
      return started(browser, 'browser')
    },
  }
}
