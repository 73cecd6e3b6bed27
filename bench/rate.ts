/**
 * Rate benchmark (run by `node bench/rate.mjs`, not a test): against the sandbox's own rate limit
 * N (per client, fixed one-second windows; set through its admin endpoint) at several values,
 * each cloud's project of a mid-size site (2,000 devices) is synced in full (again, if it
 * finishes) for a fixed time, then cancelled: once from a fresh database and limiter (the app's,
 * `createCloudTransport`), so the window includes learning the rate from the safe start, then
 * again with a new limiter over the same database, as after a restart. Printed per N, cloud and
 * window: accepted requests ÷ time as a share of N, and the share of answers that were
 * throttled, beside the goals (≥ 0.9 N, ≤ 2 %).
 */
import { spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import type { SandboxesInfo } from '@fieldkey/sandbox'
import { createCloudTransport } from '../src/main/clouds/cloud-transport'
import { silentLogger } from '../src/main/log/logger'
import { storedRateMemory } from '../src/main/services/connections/rate-memory'
import { SyncService } from '../src/main/services/sync/sync-service'
import { RequestRatesRepo } from '../src/main/store/request-rates-repo'
import { AKUVOX_CONNECTION, TUYA_CONNECTION, openTestStore, sessionsFor } from '../test/integration/sync/harness'
import { isThrottle } from './throttled-answer'

const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 40)
const RATES = (process.env.BENCH_RATES ?? '5,20,50,100').split(',').map(Number)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20)
const SCALE = process.env.BENCH_SCALE ?? '2000'
const VENDORS = (process.env.BENCH_VENDORS ?? 'akuvox,tuya').split(',') as ('akuvox' | 'tuya')[]

async function startSandbox(cli: string): Promise<{ info: SandboxesInfo; stop: () => void }> {
  const child = spawn(process.execPath, [cli, '--scale', SCALE, '--latency', String(LATENCY_MS)], { stdio: ['ignore', 'pipe', 'inherit'] })
  const lines = createInterface({ input: child.stdout })
  for await (const line of lines) return { info: JSON.parse(line) as SandboxesInfo, stop: () => child.kill('SIGTERM') }
  throw new Error('the sandbox exited before printing its address')
}

interface Window {
  readonly seconds: number
  readonly requests: number
  readonly throttled: number
  readonly learned: number | null
}

/**
 * Two windows against the same limit: "cold", a fresh database and limiter learning the rate
 * from the safe start; then "warm", a new limiter over the same database, as after a restart.
 */
async function measure(info: SandboxesInfo, vendor: 'akuvox' | 'tuya', limit: number | null): Promise<{ cold: Window; warm: Window }> {
  const admin = info.admin?.baseUrl ?? ''
  await fetch(`${admin}/faults/${vendor}`, { method: 'DELETE' })
  await fetch(`${admin}/faults/${vendor}`, { method: 'POST', body: JSON.stringify({ latencyMs: LATENCY_MS, rateLimitPerSecond: limit }) })
  const db = openTestStore(info, join(mkdtempSync(join(tmpdir(), 'fk-rate-')), 'fieldkey.db'))
  const connectionId = vendor === 'akuvox' ? AKUVOX_CONNECTION : TUYA_CONNECTION
  const projectId =
    vendor === 'akuvox'
      ? (((await (await fetch(`${admin}/akuvox/state`)).json()) as { projects: { project_id: string }[] }).projects[0]?.project_id ?? '')
      : info.tuya.projectId
  const window = async (): Promise<Window> => {
    let requests = 0
    let throttled = 0
    const counting = async (url: string, init: RequestInit): Promise<Response> => {
      requests++
      const response = await fetch(url, init)
      if (await isThrottle(response)) throttled++
      return response
    }
    const { transport, limiter } = createCloudTransport({ fetch: counting, logger: silentLogger, memory: storedRateMemory(new RequestRatesRepo(db), Date.now) })
    const sync = new SyncService({ db, session: sessionsFor(info, counting, transport), now: Date.now, logger: silentLogger, onProgress: () => undefined })
    const started = performance.now()
    const stop = AbortSignal.timeout(SECONDS * 1000)
    while (!stop.aborted) await sync.syncProject(connectionId, projectId, { full: true, signal: stop }).catch(() => undefined)
    return { seconds: (performance.now() - started) / 1000, requests, throttled, learned: limiter.current(`${connectionId}/${projectId}`) }
  }
  const cold = await window()
  const warm = await window()
  db.close()
  return { cold, warm }
}

/** Sustained: the answers the cloud accepted per second; throttled ones only cost time. */
function describe(w: Window, limit: number): string {
  const accepted = (w.requests - w.throttled) / w.seconds
  return (
    `${accepted.toFixed(1)} accepted req/s = ${(accepted / limit).toFixed(2)} × N, throttled ${w.throttled} of ${w.requests} = ` +
    `${((w.throttled / w.requests) * 100).toFixed(1)} %, learned ${w.learned === null ? '—' : w.learned.toFixed(1)} req/s`
  )
}

async function main(): Promise<void> {
  const cli = process.env.BENCH_SANDBOX_CLI
  if (!cli) throw new Error('run through bench/rate.mjs')
  const sandbox = await startSandbox(cli)
  console.log(`rate benchmark: scale ${SCALE}, latency ${LATENCY_MS} ms, ${SECONDS} s of full syncs per window, cold (fresh) then warm (restarted)`)
  console.log('goal: sustained ≥ 0.90 × N, throttled ≤ 2 % of requests')
  for (const limit of RATES) {
    for (const vendor of VENDORS) {
      const { cold, warm } = await measure(sandbox.info, vendor, limit)
      console.log(`N ${String(limit).padStart(3)} ${vendor.padEnd(6)} cold: ${describe(cold, limit)} | warm: ${describe(warm, limit)}`)
    }
  }
  // What a sync reaches here with no limit at all: no limiter can beat it on this machine.
  for (const vendor of VENDORS) {
    const { cold } = await measure(sandbox.info, vendor, null)
    console.log(`no limit ${vendor.padEnd(6)} ${((cold.requests - cold.throttled) / cold.seconds).toFixed(1)} accepted req/s (the sync's own pace here)`)
  }
  sandbox.stop()
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
