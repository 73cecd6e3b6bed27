// `node bench/checklist.mjs`: bundles the door checklist benchmark and runs it with this Node (use the
// project's Node 24: `node_modules/.bin/node bench/checklist.mjs`). Knobs: BENCH_ROWS (20000), BENCH_RUNS (20).
import { spawnSync } from 'node:child_process'
import { bundle } from './bundle.mjs'

const bench = await bundle('bench/checklist.ts')
const result = spawnSync(process.execPath, ['--no-warnings', bench], { stdio: 'inherit', env: process.env })
process.exit(result.status ?? 1)
