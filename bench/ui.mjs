// `node bench/ui.mjs` (npm run bench:ui): bundles the UI benchmark and runs it with this Node; it
// needs `npm run build` first. Knobs: BENCH_HOST (another build's out/main/headless.js),
// BENCH_SCALE (large: the sandbox's devices), BENCH_STAFF (100000), BENCH_SEARCH_STAFF (20000), BENCH_OPENS (5), BENCH_WORD (Julia).
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { bundle } from './bundle.mjs'

// Playwright stays a package import, found from a folder inside node_modules.
const bench = await bundle('bench/ui.ts', join(import.meta.dirname, '../node_modules/.cache/fieldkey-bench'), ['playwright-core'])
const result = spawnSync(process.execPath, ['--no-warnings', bench], { stdio: 'inherit', env: process.env })
process.exit(result.status ?? 1)
