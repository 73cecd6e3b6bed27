// `node bench/excel.mjs`: bundles the Excel read and write benchmark and runs it with this Node
// (use the project's Node 24: `node_modules/.bin/node bench/excel.mjs`). Knobs: BENCH_ROWS
// (50000), BENCH_RUNS (3).
import { spawnSync } from 'node:child_process'
import { bundle } from './bundle.mjs'

const bench = await bundle('bench/excel.ts')
const result = spawnSync(process.execPath, [bench], { stdio: 'inherit', env: process.env })
process.exit(result.status ?? 1)
