// `node bench/run.mjs` (npm run bench:sync): bundles the sync benchmark, the cache writer thread
// and the sandbox CLI, then runs the benchmark with this Node. Environment knobs: BENCH_LATENCY_MS (40),
// BENCH_RATE (the sandbox's rate limit per client, requests/s; none), BENCH_SCALE (large),
// BENCH_VENDORS (akuvox,tuya).
import { spawnSync } from 'node:child_process'
import { bundle } from './bundle.mjs'

const bench = await bundle('bench/sync.ts')
const writer = await bundle('src/main/store/cache/writer/cache-writer.worker.ts')
const cli = await bundle('packages/sandbox/src/cli.ts')
const result = spawnSync(process.execPath, [bench], { stdio: 'inherit', env: { ...process.env, BENCH_SANDBOX_CLI: cli, FIELDKEY_CACHE_WRITER: writer } })
process.exit(result.status ?? 1)
