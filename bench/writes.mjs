// `node bench/writes.mjs` (npm run bench:writes): bundles the writes benchmark, the cache writer
// thread (the send part syncs first) and the sandbox CLI, then runs each part (BENCH_PARTS: import,send) in its own process with this Node, so each
// peak RSS is its own. Environment knobs: BENCH_LATENCY_MS (40), BENCH_RATE (requests/s the
// sandbox allows, none), BENCH_ROWS (50000), BENCH_CHANNELS (1000), BENCH_SCALE (800),
// BENCH_SEND_TIMEOUT_S (300).
import { spawnSync } from 'node:child_process'
import { bundle } from './bundle.mjs'

const bench = await bundle('bench/writes.ts')
const writer = await bundle('src/main/store/cache/writer/cache-writer.worker.ts')
const cli = await bundle('packages/sandbox/src/cli.ts')
let status = 0
for (const part of (process.env.BENCH_PARTS ?? 'import,send').split(',')) {
  const result = spawnSync(process.execPath, [bench], {
    stdio: 'inherit',
    env: { ...process.env, BENCH_SANDBOX_CLI: cli, BENCH_PART: part, FIELDKEY_CACHE_WRITER: writer },
  })
  status ||= result.status ?? 1
}
process.exit(status)
