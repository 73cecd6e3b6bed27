/**
 * Sync benchmark (run by `node bench/run.mjs`, not a test): a large sandbox site with 40 ms of
 * latency, in its own process so the RSS printed is the syncing process's. For each vendor:
 * full-sync time, the physical bound (requests × latency ÷ the app's in-flight ceiling, or
 * requests ÷ the sandbox's rate limit when one is set, whichever is larger), their ratio, an unchanged re-sync as a
 * fraction of the full sync (and how many lists it only checked by their first page, as a sync
 * within the full-read max age does), the longest event-loop stall of this (the IPC-answering)
 * thread during each vendor's syncs, and the peak RSS. The sync runs on the app's own transport
 * and limiter (`createCloudTransport`), which learns its pace from the sandbox's answers.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { getHeapSpaceStatistics } from 'node:v8'
import type { SandboxesInfo } from '@fieldkey/sandbox'
import { createCloudTransport } from '../src/main/clouds/cloud-transport'
import { RATE_TUNING } from '../src/main/clouds/rate-controller'
import { storedRateMemory } from '../src/main/services/connections/rate-memory'
import { RequestRatesRepo } from '../src/main/store/request-rates-repo'
import { SyncService } from '../src/main/services/sync/sync-service'
import { silentLogger } from '../src/main/log/logger'
import { AKUVOX_CONNECTION, TUYA_CONNECTION, openTestStore, sessionsFor } from '../test/integration/sync/harness'
import { isThrottle } from './throttled-answer'
import { keepYoungGenerationSmall } from '../src/main/core/heap-tuning'

const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 40)
/** The sandbox's own rate limit per client (requests per second); none by default. */
const RATE = process.env.BENCH_RATE === undefined ? null : Number(process.env.BENCH_RATE)
const SCALE = process.env.BENCH_SCALE ?? 'large'
/** Comma-separated subset of `akuvox,tuya`, to profile one cloud at a time. */
const VENDORS = (process.env.BENCH_VENDORS ?? 'akuvox,tuya').split(',')

async function startSandbox(cli: string): Promise<{ info: SandboxesInfo; stop: () => void }> {
  const args = [cli, '--scale', SCALE, '--latency', String(LATENCY_MS), ...(RATE === null ? [] : ['--rate-limit', String(RATE)])]
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] })
  const lines = createInterface({ input: child.stdout })
  for await (const line of lines) return { info: JSON.parse(line) as SandboxesInfo, stop: () => child.kill('SIGTERM') }
  throw new Error('the sandbox exited before printing its address')
}

async function main(): Promise<void> {
  // As the app does at startup (`bootCore`): the RSS printed is the app's.
  keepYoungGenerationSmall()
  const cli = process.env.BENCH_SANDBOX_CLI
  if (!cli) throw new Error('run through bench/run.mjs')
  const sandbox = await startSandbox(cli)
  let requests = 0
  let throttled = 0
  const counting = async (url: string, init: RequestInit): Promise<Response> => {
    requests++
    const response = await fetch(url, init)
    if (await isThrottle(response)) throttled++
    return response
  }
  const db = openTestStore(sandbox.info, join(mkdtempSync(join(tmpdir(), 'fk-bench-')), 'fieldkey.db'))
  const { transport } = createCloudTransport({ fetch: counting, logger: silentLogger, memory: storedRateMemory(new RequestRatesRepo(db), Date.now) })
  const sync = new SyncService({
    db,
    session: sessionsFor(sandbox.info, counting, transport),
    now: Date.now,
    logger: silentLogger,
    onProgress: () => undefined,
  })
  const admin = sandbox.info.admin?.baseUrl ?? ''
  const akuvoxProjects = ((await (await fetch(`${admin}/akuvox/state`)).json()) as { projects: { project_id: string }[] }).projects.map((p) => p.project_id)
  const targets: { readonly label: 'akuvox' | 'tuya'; readonly connectionId: string; readonly projectIds: readonly string[] }[] = [
    { label: 'akuvox', connectionId: AKUVOX_CONNECTION, projectIds: akuvoxProjects },
    { label: 'tuya', connectionId: TUYA_CONNECTION, projectIds: [sandbox.info.tuya.projectId] },
  ]
  const ceiling = RATE_TUNING.maxInFlight
  console.log(
    `sync benchmark: scale ${SCALE}, latency ${LATENCY_MS} ms, the app's limiter (at most ${ceiling} in flight), sandbox rate limit ${RATE ?? 'none'}; RSS before syncing ${(process.memoryUsage.rss() / 2 ** 20).toFixed(0)} MB`,
  )
  let worst = 0
  let worstResync = 0
  let worstStall = 0
  for (const target of targets.filter((t) => VENDORS.includes(t.label))) {
    const run = async (): Promise<{ ms: number; requests: number; throttled: number; pagesWritten: number; checkedOnly: number }> => {
      const before = requests
      const throttledBefore = throttled
      const started = performance.now()
      let pagesWritten = 0
      let checkedOnly = 0
      for (const projectId of target.projectIds) {
        const summary = await sync.syncProject(target.connectionId, projectId)
        pagesWritten += summary.pagesWritten
        checkedOnly += summary.checkedOnly?.length ?? 0
      }
      return { ms: performance.now() - started, requests: requests - before, throttled: throttled - throttledBefore, pagesWritten, checkedOnly }
    }
    const stalls = monitorEventLoopDelay({ resolution: 10 })
    stalls.enable()
    const cpuStalls = cpuStallSampler()
    const rss = rssSampler()
    const full = await run()
    const again = await run()
    stalls.disable()
    const peakRss = rss.stop()
    const stallMs = stalls.max / 1e6
    const cpuStallMs = cpuStalls.stop()
    worstStall = Math.max(worstStall, stallMs)
    // Every HTTP request counts (token, retries, the last-page checks), not only pages written.
    const bound = Math.max((full.requests * LATENCY_MS) / ceiling, RATE === null ? 0 : (full.requests / RATE) * 1000)
    const ratio = full.ms / bound
    const fraction = again.ms / full.ms
    worst = Math.max(worst, ratio)
    worstResync = Math.max(worstResync, fraction)
    console.log(
      `${target.label.padEnd(7)} full ${(full.ms / 1000).toFixed(2)} s (${full.requests} requests, ${full.throttled} throttled, ${full.pagesWritten} pages written)` +
        ` | bound ${(bound / 1000).toFixed(2)} s | ratio ${ratio.toFixed(3)}` +
        ` | re-sync ${(again.ms / 1000).toFixed(2)} s (${again.requests} requests, ${again.pagesWritten} pages written,` +
        ` ${again.checkedOnly} lists checked by first page) = ${(fraction * 100).toFixed(1)} % of full`,
    )
    console.log(
      `${target.label.padEnd(7)} longest event-loop stall ${stallMs.toFixed(0)} ms (goal ≤ 50 ms), longest run of this thread's own work ${cpuStallMs.toFixed(0)} ms` +
        ` | peak RSS while syncing ${peakRss.mb.toFixed(0)} MB (${peakRss.breakdown})`,
    )
  }
  const rssMb = process.resourceUsage().maxRSS / 1024
  console.log(`peak RSS ${rssMb.toFixed(0)} MB (goal < 250 MB); longest stall ${worstStall.toFixed(0)} ms (goal ≤ 50 ms)`)
  console.log(`goal: full ≤ 1.10 × bound (worst ${worst.toFixed(3)}), re-sync ≤ 5 % (worst ${(worstResync * 100).toFixed(1)} %)`)
  db.close()
  sandbox.stop()
}

/**
 * The most CPU time this thread spent between two turns of a 5 ms timer: the longest stretch of
 * work that kept the loop from answering, apart from the time a busy machine left the thread
 * waiting for a core (which the wall-clock stall above includes).
 */
function cpuStallSampler(): { stop: () => number } {
  const cpu = (): number => {
    const { user, system } = process.threadCpuUsage()
    return (user + system) / 1000
  }
  let last = cpu()
  let worst = 0
  const timer = setInterval(() => {
    const now = cpu()
    worst = Math.max(worst, now - last)
    last = now
  }, 5)
  return {
    stop: () => {
      clearInterval(timer)
      return worst
    },
  }
}

/**
 * Samples the process's RSS every 50 ms (worker threads included: they share the process), and
 * at the peak where it went: this thread's heap committed and used, its young generation, and
 * memory outside the heap (buffers).
 */
function rssSampler(): { stop: () => { readonly mb: number; readonly breakdown: string } } {
  const mb = (bytes: number): string => (bytes / 2 ** 20).toFixed(0)
  const describe = (): string => {
    const m = process.memoryUsage()
    const young = getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.space_size ?? 0
    return `main heap ${mb(m.heapTotal)} MB committed, ${mb(m.heapUsed)} MB used, young generation ${mb(young)} MB; outside the heap ${mb(m.external)} MB`
  }
  let peak = process.memoryUsage.rss()
  let breakdown = describe()
  const timer = setInterval(() => {
    const rss = process.memoryUsage.rss()
    if (rss > peak) {
      peak = rss
      breakdown = describe()
    }
  }, 50)
  return {
    stop: () => {
      clearInterval(timer)
      return { mb: peak / 2 ** 20, breakdown }
    },
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
