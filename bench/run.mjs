// `node bench/run.mjs` (npm run bench:sync): bundles the sync benchmark and the sandbox CLI,
// then runs the benchmark with this Node. Environment knobs: BENCH_LATENCY_MS (40),
// BENCH_RATE (the sandbox's rate limit per client, requests/s; none), BENCH_SCALE (large),
// BENCH_VENDORS (akuvox,tuya).
import { spawnSync } from 'node:child_process'
import { bundle } from './bundle.mjs'

const bench = await bundle('bench/sync.ts')
const cli = await bundle('packages/sandbox/src/cli.ts')
const result = spawnSync(process.execPath, [bench], { stdio: 'inherit', env: { ...process.env, BENCH_SANDBOX_CLI: cli } })
process.exit(result.status ?? 1)
