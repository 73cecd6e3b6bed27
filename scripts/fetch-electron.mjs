// postinstall: try to fetch the Electron binary; never fail the install when the download is
// blocked (CI, air-gapped machines). `npm start` then opens Fieldkey in the browser instead.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const require = createRequire(import.meta.url)
let electronDir
try {
  electronDir = dirname(require.resolve('electron/package.json'))
} catch {
  process.exit(0) // production install without devDependencies: nothing to fetch
}

const hasBinary = () => existsSync(join(electronDir, 'path.txt'))
if (!hasBinary() && !process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
  spawnSync(process.execPath, [join(electronDir, 'install.js')], { stdio: 'ignore', timeout: 120_000 })
}
if (!hasBinary()) {
  console.log('Electron binary not available: `npm start` will open Fieldkey in your browser instead')
}
