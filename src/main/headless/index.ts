import { spawn } from 'node:child_process'
import { mkdir } from 'node:fs/promises'
import { homedir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { bootCore } from '../core/bootstrap'
import { createLogger, stderrSink } from '../log/logger'
import { Redactor } from '../log/redact'
import { osNetworkProbe } from '../services/os-network-probe'
import { startHeadlessHost } from './host'

/**
 * `npm run web` (and `npm start` where no Electron binary exists): the same main-process core,
 * served to a browser on 127.0.0.1.
 *   --port N      listen on N (default: a random free port)
 *   --data-dir D  where the cache and logs live (default: the same folder as the desktop app)
 *   --no-open     do not open the default browser
 *   --json        print one JSON line {url, origin, port} instead of the sentence (for tests)
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      'data-dir': { type: 'string' },
      'no-open': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
    strict: true,
  })
  const port = values.port === undefined ? 0 : Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port takes a port number, got "${values.port}"`)
  const dataDir = resolve(values['data-dir'] ?? defaultDataDir())
  await mkdir(dataDir, { recursive: true, mode: 0o700 })

  const core = await bootCore({
    runtime: 'headless',
    name: 'Fieldkey',
    version: process.env.npm_package_version ?? readVersion(),
    dataDir,
    electronVersion: null,
    chromeVersion: null,
    fetch: (url, init) => fetch(url, init),
    networkProbe: osNetworkProbe,
  })
  const host = await startHeadlessHost({
    core,
    rendererDir: resolve(__dirname, '../renderer'),
    port,
    logger: createLogger(stderrSink, new Redactor(), { scope: 'headless' }),
  })
  core.start()

  if (values.json) process.stdout.write(`${JSON.stringify({ url: host.url, origin: host.origin, port: host.port })}\n`)
  else process.stdout.write(`Fieldkey is running. Open this address in Chromium or Chrome (Ctrl+C stops it):\n${host.url}\n`)
  if (!values['no-open'] && !values.json) openInBrowser(host.url)

  const stop = (): void => {
    void Promise.all([host.close(), core.close()]).then(() => process.exit(0))
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

/** Electron's userData folder for "Fieldkey" on each platform, so both runtimes share one cache. */
function defaultDataDir(): string {
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Fieldkey')
  if (process.platform === 'win32') return join(process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Fieldkey')
  return join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Fieldkey')
}

function readVersion(): string {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return (require('../../package.json') as { version: string }).version
  } catch {
    return '0.0.0'
  }
}

/** Best effort: a machine without a desktop simply keeps the printed URL. */
function openInBrowser(url: string): void {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open'
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return
  const child = spawn(command, [url], { stdio: 'ignore', detached: true })
  child.on('error', () => undefined)
  child.unref()
}

main().catch((error: unknown) => {
  process.stderr.write(`fieldkey: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
})
