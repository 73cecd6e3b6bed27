import { importChunks } from '../../../src/shared/people/import-chunks'
import type { BulkDeleteProgress } from '../../../src/shared/people/bulk-delete'
import type { BulkProgress, BulkRow, BulkRowResult } from '../../../src/shared/people/staff'
import type { FetchLike } from '../../../src/main/clouds/http'
import { silentLogger } from '../../../src/main/log/logger'
import type { RunningSandboxes } from '@fieldkey/sandbox'
import type { CloudSession } from '../../../src/main/services/connections/cloud-session'
import type { ActivityChange } from '../../../src/main/services/activity/activity-log'
import { OutboxService } from '../../../src/main/services/outbox/outbox-service'
import { outboxOperations } from '../../../src/main/services/outbox-operations'
import { BulkImports } from '../../../src/main/services/people/bulk-import'
import { PersonsBulkDelete } from '../../../src/main/services/people/persons-bulk-delete'
import { PersonsService } from '../../../src/main/services/people/persons-service'
import { StaffBulkDelete } from '../../../src/main/services/people/staff-bulk-delete'
import { StaffService } from '../../../src/main/services/people/staff-service'
import type { CacheScope } from '../../../src/main/store/cache/scope'
import type { SqlDatabase } from '../../../src/main/store/driver'
import { AKUVOX_CONNECTION, TUYA_CONNECTION, openTestStore, sessionsFor, syncService } from '../sync/harness'

export { adminGet, adminSend } from '../access-groups/harness'

export interface PeopleHarness {
  readonly db: SqlDatabase
  readonly staff: StaffService
  readonly bulk: BulkImports
  readonly bulkDelete: StaffBulkDelete
  readonly deleteProgress: BulkDeleteProgress[]
  readonly persons: PersonsService
  readonly personsBulkDelete: PersonsBulkDelete
  readonly outbox: OutboxService
  readonly akuvox: CacheScope
  readonly tuya: CacheScope
  readonly progress: BulkProgress[]
  /** How many times each service announced a change of the project's people. */
  readonly changes: CacheScope[]
  /** What the activity log was told, in order. */
  readonly logged: ActivityChange[]
  online: boolean
  /** How far the imports' clock runs ahead of the wall clock (ms): what ages an import. */
  ahead: number
}

/** The people services over a real SQLite file, the sandboxes' clouds, a real outbox and sync. */
export function peopleHarness(sandboxes: RunningSandboxes, akuvoxProjectId: string, fetchLike?: FetchLike): PeopleHarness {
  const db = openTestStore(sandboxes.info)
  const session: (id: string) => Promise<CloudSession> = sessionsFor(sandboxes.info, fetchLike)
  const logged: ActivityChange[] = []
  const outbox = new OutboxService({
    db,
    session,
    now: Date.now,
    operations: outboxOperations(db),
    logger: silentLogger,
    onChange: () => undefined,
    activity: { record: (change) => logged.push(change) },
  })
  const sync = syncService(db, sandboxes.info)
  const progress: BulkProgress[] = []
  const deleteProgress: BulkDeleteProgress[] = []
  const changes: CacheScope[] = []
  const common = {
    db,
    session,
    outbox,
    isOnline: () => h.online,
    logger: silentLogger,
    onChange: (scope: CacheScope) => changes.push(scope),
  }
  const syncProject = (connectionId: string, projectId: string) => sync.syncProject(connectionId, projectId)
  const persons = new PersonsService({ ...common, sync: syncProject })
  const h: PeopleHarness = {
    db,
    outbox,
    progress,
    deleteProgress,
    changes,
    logged,
    online: true,
    ahead: 0,
    akuvox: { connectionId: AKUVOX_CONNECTION, projectId: akuvoxProjectId },
    tuya: { connectionId: TUYA_CONNECTION, projectId: sandboxes.info.tuya.projectId },
    staff: new StaffService({ ...common, sync: syncProject, now: Date.now }),
    bulk: new BulkImports({ ...common, now: () => Date.now() + h.ahead, onProgress: (p) => progress.push(p) }),
    bulkDelete: new StaffBulkDelete({ ...common, onProgress: (p) => deleteProgress.push(p) }),
    persons,
    personsBulkDelete: new PersonsBulkDelete({ ...common, persons, onProgress: (p) => deleteProgress.push(p) }),
  }
  return h
}

/** A second, independent client of each sandbox cloud: what the tests read the cloud's state with. */
export function secondClients(sandboxes: RunningSandboxes): (id: string) => Promise<CloudSession> {
  return sessionsFor(sandboxes.info)
}

export async function until<T>(read: () => Promise<T | undefined> | T | undefined, what: string, tries = 200): Promise<T> {
  for (let i = 0; i < tries; i++) {
    const value = await read()
    if (value !== undefined) return value
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
  throw new Error(`timed out waiting for ${what}`)
}

/** Real fetch that counts the Akuvox commands of one name in flight (what the sandbox sees at once). */
export function countingFetch(command: string): { readonly fetch: FetchLike; readonly peak: () => number; readonly reset: () => void } {
  let now = 0
  let peak = 0
  const fetchLike: FetchLike = async (url, init) => {
    const body = typeof init?.body === 'string' ? init.body : ''
    const counted = body.includes(`"command":"${command}"`)
    if (counted) peak = Math.max(peak, ++now)
    try {
      return await fetch(url, init)
    } finally {
      if (counted) now--
    }
  }
  return { fetch: fetchLike, peak: () => peak, reset: () => void (peak = now) }
}

/** Begins an import, appends its rows in the chunks the renderer sends, and runs it. */
export async function startImport(
  bulk: BulkImports,
  scope: CacheScope,
  rows: readonly BulkRow[],
  concurrency: number,
  fileName?: string,
): Promise<BulkProgress> {
  const { jobId } = await bulk.begin(scope, rows.length, concurrency, fileName)
  for (const chunk of importChunks(rows)) bulk.append(jobId, chunk)
  return bulk.run(jobId)
}

/** Every row result of a job, read page by page as the wizard does. */
export function allResults(bulk: BulkImports, jobId: string): BulkRowResult[] {
  const all: BulkRowResult[] = []
  for (;;) {
    const page = bulk.results(jobId, 'all', all.length, 500)
    all.push(...page.items)
    if (page.items.length === 0 || all.length >= page.total) return all
  }
}
