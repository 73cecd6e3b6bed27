// `node bench/rate.mjs` (npm run bench:rate): bundles the rate benchmark and the sandbox CLI, then
// runs it with this Node. Environment knobs: BENCH_RATES (the sandbox's limits, 5,20,50,100),
// BENCH_SECONDS (per window, 20), BENCH_LATENCY_MS (40), BENCH_SCALE (2000 devices),
// BENCH_VENDORS (akuvox,tuya).
import { spawnSync } from 'node:child_process'
import { bundle } from './bundle.mjs'

const bench = await bundle('bench/rate.ts')
const cli = await bundle('packages/sandbox/src/cli.ts')
const result = spawnSync(process.execPath, [bench], { stdio: 'inherit', env: { ...process.env, BENCH_SANDBOX_CLI: cli } })
process.exit(result.status ?? 1)
