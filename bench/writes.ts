/**
 * Writes benchmark (run by `node bench/writes.mjs`, not a test), one part per process so the RSS
 * printed is that part's:
 * - `import`: a staff import of BENCH_ROWS rows (50,000) into an Akuvox project through the
 *   import service, its rows appended in the chunks the renderer sends, at the concurrency the
 *   IPC gives an import the renderer starts;
 * - `send`: a full permission send to BENCH_CHANNELS Tuya channels (1,000) through the sends
 *   service, in sends of at most the channels the send wizard allows, followed until every
 *   batch's tracking ends as the app follows it.
 * Each is timed from the first write to the end, every HTTP request counted (token, lookups,
 * polls), and compared with its bound: requests × latency ÷ concurrency, or requests ÷ the
 * sandbox's rate limit when one is set, whichever is larger. A send cannot end before the cloud
 * has run its tasks, nor read a task's final records before it settled: its bound is also at
 * least the time until the last task settled plus the same bound for the requests sent after.
 */
import { spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import type { SandboxesInfo } from '@fieldkey/sandbox'
import { FIELD_LIMITS } from '../src/shared/field-limits'
import { importBeginInput } from '../src/shared/ipc/schemas/people'
import { importChunks } from '../src/shared/people/import-chunks'
import type { BulkProgress, BulkRow } from '../src/shared/people/staff'
import type { SendProgress } from '../src/shared/sends/types'
import { createCloudTransport } from '../src/main/clouds/cloud-transport'
import { RATE_TUNING } from '../src/main/clouds/rate-controller'
import { silentLogger } from '../src/main/log/logger'
import { OutboxService } from '../src/main/services/outbox/outbox-service'
import { outboxOperations } from '../src/main/services/outbox-operations'
import { BulkImports } from '../src/main/services/people/bulk-import'
import { SendsService } from '../src/main/services/sends'
import { SEND_READ_CONCURRENCY } from '../src/main/services/sends/tracker'
import { storedRateMemory } from '../src/main/services/connections/rate-memory'
import { SyncService } from '../src/main/services/sync/sync-service'
import type { SqlDatabase } from '../src/main/store/driver'
import { RequestRatesRepo } from '../src/main/store/request-rates-repo'
import { AKUVOX_CONNECTION, TUYA_CONNECTION, openTestStore, sessionsFor } from '../test/integration/sync/harness'
import { keepYoungGenerationSmall } from '../src/main/core/heap-tuning'

const PART = process.env.BENCH_PART ?? 'import'
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 40)
const RATE = process.env.BENCH_RATE === undefined ? null : Number(process.env.BENCH_RATE)
/** Enough devices for 1,000 Tuya channels (about 1.3 per device). */
const SCALE = process.env.BENCH_SCALE ?? '800'
const ROWS = Number(process.env.BENCH_ROWS ?? 50_000)
const CHANNELS = Number(process.env.BENCH_CHANNELS ?? 1_000)
/** A send whose tracking has not ended by then is reported as not finished. */
const SEND_TIMEOUT_MS = Number(process.env.BENCH_SEND_TIMEOUT_S ?? 300) * 1000

interface Sandbox {
  readonly info: SandboxesInfo
  readonly admin: string
  readonly stop: () => void
}

async function startSandbox(cli: string): Promise<Sandbox> {
  const child = spawn(process.execPath, [cli, '--scale', SCALE, '--latency', String(LATENCY_MS)], { stdio: ['ignore', 'pipe', 'inherit'] })
  const lines = createInterface({ input: child.stdout })
  for await (const line of lines) {
    const info = JSON.parse(line) as SandboxesInfo
    const admin = info.admin?.baseUrl ?? ''
    // The sandbox's own throttling, per client and second, on both clouds.
    for (const vendor of ['akuvox', 'tuya'])
      await fetch(`${admin}/faults/${vendor}`, {
        method: 'POST',
        body: JSON.stringify({ rateLimitPerSecond: RATE }),
        headers: { 'content-type': 'application/json' },
      })
    return { info, admin, stop: () => child.kill('SIGTERM') }
  }
  throw new Error('the sandbox exited before printing its address')
}

interface Measured {
  readonly ms: number
  readonly requests: number
  /** Requests in flight at once that the bound may assume. */
  readonly concurrency: number
  /** A floor the cloud sets by itself (its tasks' run and what only then can be read), 0 when none. */
  readonly cloudFloorMs: number
  readonly detail: string
}

function report(label: string, m: Measured): void {
  // The app's limiter keeps at most RATE_TUNING.maxInFlight calls of a connection in flight, whatever the caller asks.
  const inFlight = Math.min(m.concurrency, RATE_TUNING.maxInFlight)
  const byLatency = (m.requests * LATENCY_MS) / inFlight
  const byRate = RATE === null ? 0 : (m.requests / RATE) * 1000
  const bound = Math.max(byLatency, byRate, m.cloudFloorMs)
  const ratio = m.ms / bound
  const floor = m.cloudFloorMs > 0 ? `, the tasks' run then what settled tasks allow ${(m.cloudFloorMs / 1000).toFixed(2)} s` : ''
  console.log(
    `${label}: ${(m.ms / 1000).toFixed(2)} s, ${m.requests} requests (${m.detail})` +
      ` | bound ${(bound / 1000).toFixed(2)} s (latency ${(byLatency / 1000).toFixed(2)} s at ${inFlight} in flight` +
      `${RATE === null ? '' : `, rate ${(byRate / 1000).toFixed(2)} s at ${RATE}/s`}${floor})` +
      ` | ratio ${ratio.toFixed(3)} (goal ≤ 1.2) | peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
  )
}

function outboxOf(db: SqlDatabase, session: ReturnType<typeof sessionsFor>): OutboxService {
  return new OutboxService({ db, session, now: Date.now, operations: outboxOperations(db), logger: silentLogger, onChange: () => undefined })
}

async function importPart(sandbox: Sandbox, db: SqlDatabase, session: ReturnType<typeof sessionsFor>, counted: () => number): Promise<Measured> {
  const state = (await (await fetch(`${sandbox.admin}/akuvox/state/access-groups`)).json()) as { project_id: string; id: string }[]
  const group = state[0]
  if (!group) throw new Error('the sandbox has no Akuvox access group')
  const scope = { connectionId: AKUVOX_CONNECTION, projectId: group.project_id }
  // What `staff:importBegin` gives an import the renderer starts (it names no concurrency).
  const { concurrency } = importBeginInput.parse({ connectionId: randomUUID(), projectId: scope.projectId, total: ROWS })
  let ended: (p: BulkProgress) => void = () => undefined
  const end = new Promise<BulkProgress>((resolve) => (ended = resolve))
  const bulk = new BulkImports({
    db,
    session,
    outbox: outboxOf(db, session),
    isOnline: () => true,
    now: Date.now,
    logger: silentLogger,
    onProgress: (p) => (p.state === 'finished' || p.state === 'cancelled' ? ended(p) : undefined),
    onChange: () => undefined,
  })
  const rows: BulkRow[] = Array.from({ length: ROWS }, (_, i) => ({
    line: i + 2,
    draft: { name: `Bench ${i}`, pinCodes: [String(10_000_000 + i)], rfCards: [], faceUrls: [], accessGroupIds: [group.id], floorAccesses: [] },
  }))
  const before = counted()
  const started = performance.now()
  const { jobId } = await bulk.begin(scope, rows.length, concurrency, 'bench.csv')
  for (const chunk of importChunks(rows)) bulk.append(jobId, chunk)
  await bulk.run(jobId)
  const p = await end
  const ms = performance.now() - started
  return {
    ms,
    requests: counted() - before,
    concurrency,
    cloudFloorMs: 0,
    detail: `${ROWS} rows: ${p.created} created, ${p.existing} existing, ${p.failed} failed`,
  }
}

/** The bound of `requests` alone: by latency at the tracker's concurrency, or by the rate limit. */
const sendBound = (requests: number): number => Math.max((requests * LATENCY_MS) / SEND_READ_CONCURRENCY, RATE === null ? 0 : (requests / RATE) * 1000)

async function sendPart(sandbox: Sandbox, db: SqlDatabase, session: ReturnType<typeof sessionsFor>, sentAt: readonly number[]): Promise<Measured> {
  const scope = { connectionId: TUYA_CONNECTION, projectId: sandbox.info.tuya.projectId }
  const sync = new SyncService({ db, session, now: Date.now, logger: silentLogger, onProgress: () => undefined })
  await sync.syncProject(scope.connectionId, scope.projectId)
  const finished = new Map<string, SendProgress>()
  let changed: () => void = () => undefined
  const service = new SendsService({
    db,
    session,
    outbox: outboxOf(db, session),
    isOnline: () => true,
    checked: () => undefined,
    emit: (p) => {
      if (p.state !== 'running') finished.set([...p.taskIds].sort().join(','), p)
      changed()
    },
    now: Date.now,
    logger: silentLogger,
  })
  const channelIds = service
    .channels(scope)
    .channels.slice(0, CHANNELS)
    .map((c) => c.channelId)
  if (channelIds.length < CHANNELS) throw new Error(`the sandbox has ${channelIds.length} channels, not ${CHANNELS}: raise BENCH_SCALE`)
  const before = sentAt.length
  const started = performance.now()
  // The sandbox's clock is this one (never advanced here): task times compare with request times.
  const startedAt = Date.now()
  const batches: string[] = []
  for (let i = 0; i < channelIds.length; i += FIELD_LIMITS.channelsPerSend) {
    const sent = await service.start(scope, { channelIds: channelIds.slice(i, i + FIELD_LIMITS.channelsPerSend), kind: 'full', certificates: 'card' })
    if (sent.outcome !== 'sent') throw new Error(`a send was ${sent.outcome}`)
    batches.push([...sent.taskIds].sort().join(','))
  }
  const sentMs = performance.now() - started
  const deadline = started + SEND_TIMEOUT_MS
  while (!batches.every((b) => finished.has(b)) && performance.now() < deadline)
    await new Promise<void>((resolve) => {
      changed = resolve
      setTimeout(resolve, 1000)
    })
  const ms = performance.now() - started
  const requests = sentAt.length - before
  service.close()
  const ends = batches.map((b) => finished.get(b))
  const tasks = ends.flatMap((e) => e?.tasks ?? [])
  const states = ends.map((e) => e?.state ?? `still running after ${SEND_TIMEOUT_MS / 1000} s`).join(', ')
  const taskIds = batches.flatMap((b) => b.split(','))
  // Until the last task settled, then the requests sent after it (its final records exist only then).
  const lastSettled = Math.max(...tasks.map((t) => t.task.taskFinishTime ?? 0))
  const afterSettled = sentAt.slice(before).filter((at) => at >= lastSettled).length
  return {
    ms,
    requests,
    concurrency: SEND_READ_CONCURRENCY,
    cloudFloorMs: tasks.length === 0 ? 0 : lastSettled - startedAt + sendBound(afterSettled),
    detail: `${channelIds.length} channels in ${batches.length} sends (started in ${(sentMs / 1000).toFixed(2)} s), ${taskIds.length} tasks; tracking ${states}; ${tasks.length} tasks followed to the end`,
  }
}

async function main(): Promise<void> {
  // As the app does at startup (`bootCore`): the RSS printed is the app's.
  keepYoungGenerationSmall()
  const cli = process.env.BENCH_SANDBOX_CLI
  if (!cli) throw new Error('run through bench/writes.mjs')
  const sandbox = await startSandbox(cli)
  /** When each HTTP request left (every one counts: token, retries, polls). */
  const sentAt: number[] = []
  const counting = (url: string, init: RequestInit): Promise<Response> => {
    sentAt.push(Date.now())
    return fetch(url, init)
  }
  const db = openTestStore(sandbox.info, join(mkdtempSync(join(tmpdir(), 'fk-bench-')), 'fieldkey.db'))
  // The app's own transport and limiter, which learns its pace from the sandbox's answers.
  const { transport } = createCloudTransport({ fetch: counting, logger: silentLogger, memory: storedRateMemory(new RequestRatesRepo(db), Date.now) })
  const session = sessionsFor(sandbox.info, counting, transport)
  console.log(`writes benchmark (${PART}): scale ${SCALE}, latency ${LATENCY_MS} ms, rate limit ${RATE ?? 'none'}`)
  try {
    if (PART === 'import') report('staff import', await importPart(sandbox, db, session, () => sentAt.length))
    else if (PART === 'send') report('full send', await sendPart(sandbox, db, session, sentAt))
    else throw new Error(`BENCH_PART is import or send, not ${PART}`)
  } finally {
    db.close()
    sandbox.stop()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
