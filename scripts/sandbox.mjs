// `npm run sandbox -- [--seed N] [--scale small|large|N] [--latency MS] [--rate-limit PER_SECOND] [--port P]`
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { buildIfNeeded, requireNode24, root } from './lib.mjs'

requireNode24()
buildIfNeeded()
const child = spawn(process.execPath, [join(root, 'out/main/sandbox.js'), ...process.argv.slice(2)], { stdio: 'inherit' })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code) => process.exit(code ?? 0))
