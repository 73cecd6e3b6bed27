// `npm run web`: build if needed, then serve Fieldkey to a browser on 127.0.0.1.
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { buildIfNeeded, requireNode24, root } from './lib.mjs'

requireNode24()
buildIfNeeded()
const child = spawn(process.execPath, [join(root, 'out/main/headless.js'), ...process.argv.slice(2)], { stdio: 'inherit' })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code) => process.exit(code ?? 0))
