// `npm start`: the Electron app when its binary is installed, else the headless host.
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { buildIfNeeded, hasElectronBinary, requireNode24, root } from './lib.mjs'

requireNode24()
const require = createRequire(import.meta.url)
const hasElectron = hasElectronBinary()

buildIfNeeded()
let child
if (hasElectron) {
  child = spawn(require('electron'), [root, ...process.argv.slice(2)], { stdio: 'inherit' })
} else {
  console.log('Electron binary not available: starting Fieldkey in your browser instead.')
  child = spawn(process.execPath, [join(root, 'out/main/headless.js'), ...process.argv.slice(2)], { stdio: 'inherit' })
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code) => process.exit(code ?? 0))
