import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { SyncProgress } from '../../../src/shared/domain/sync'
import { createAkuvoxClient } from '../../../src/main/clouds/akuvox'
import { type FetchLike, HttpTransport } from '../../../src/main/clouds/http'
import { createTuyaClient } from '../../../src/main/clouds/tuya'
import { silentLogger } from '../../../src/main/log/logger'
import type { SandboxesInfo } from '@fieldkey/sandbox'
import type { CloudSession } from '../../../src/main/services/connections/cloud-session'
import { ConnectionsRepo } from '../../../src/main/store/connections-repo'
import type { SqlDatabase } from '../../../src/main/store/driver'
import { openStore } from '../../../src/main/store/open-store'
import { SyncService } from '../../../src/main/services/sync/sync-service'

export const AKUVOX_CONNECTION = 'conn-akuvox'
export const TUYA_CONNECTION = 'conn-tuya'

/** A database with one connection per vendor pointing at the running sandboxes. */
export function openTestStore(info: SandboxesInfo, path = join(mkdtempSync(join(tmpdir(), 'fk-sync-')), 'fieldkey.db')): SqlDatabase {
  const { db } = openStore(path)
  const repo = new ConnectionsRepo(db)
  for (const [id, vendor, baseUrl] of [
    [AKUVOX_CONNECTION, 'akuvox', info.akuvox.baseUrl],
    [TUYA_CONNECTION, 'tuya', info.tuya.baseUrl],
  ] as const) {
    if (repo.get(id)) continue
    repo.insert({
      id,
      vendor,
      label: vendor,
      server: { kind: 'custom', baseUrl },
      baseUrl,
      defaultProjectId: null,
      isDemo: true,
      createdAt: 0,
      lastUsedAt: null,
    })
  }
  return db
}

/**
 * Signed-in clients for the sandboxes, built once per connection id like the ConnectionsService
 * does; the transport is unpaced unless one is given (the benchmarks pass the app's).
 */
export function sessionsFor(
  info: SandboxesInfo,
  fetchLike: FetchLike = (url, init) => fetch(url, init),
  transport = new HttpTransport({ fetch: fetchLike, logger: silentLogger }),
): (connectionId: string) => Promise<CloudSession> {
  const { akuvox, tuya } = info
  const sessions = new Map<string, CloudSession>([
    [
      AKUVOX_CONNECTION,
      {
        vendor: 'akuvox',
        client: createAkuvoxClient({
          baseUrl: akuvox.baseUrl,
          credentials: {
            clientId: akuvox.clientId,
            clientSecret: akuvox.clientSecret,
            username: akuvox.username,
            password: akuvox.password,
            grant: 'password',
          },
          transport,
          logger: silentLogger,
          rateScope: AKUVOX_CONNECTION,
        }),
      },
    ],
    [
      TUYA_CONNECTION,
      {
        vendor: 'tuya',
        projectId: tuya.projectId,
        client: createTuyaClient({
          baseUrl: tuya.baseUrl,
          credentials: { accessId: tuya.accessId, accessSecret: tuya.accessSecret },
          projectId: tuya.projectId,
          transport,
          logger: silentLogger,
          rateScope: TUYA_CONNECTION,
        }),
      },
    ],
  ])
  return async (id) => {
    const session = sessions.get(id)
    if (!session) throw new Error(`no connection ${id}`)
    return session
  }
}

export function syncService(
  db: SqlDatabase,
  info: SandboxesInfo,
  progress: { push(p: SyncProgress): unknown } = [],
  now: () => number = Date.now,
): SyncService {
  return new SyncService({ db, session: sessionsFor(info), now, logger: silentLogger, onProgress: (p) => progress.push(p) })
}

/** The tables sync fills, for whole-cache comparisons (status columns excluded: they are status, not content). */
export const CACHE_TABLES = [
  'devices',
  'buildings',
  'relays',
  'access_groups',
  'access_group_devices',
  'accounts',
  'staff_accesses',
  'staff_credentials',
  'persons',
  'recycled_persons',
  'organisations',
  'channels',
  'access_auths',
  'auth_tasks',
  'auth_task_records',
] as const

/** Every cached row of a table as text, sorted: equal caches give equal dumps. */
export function dump(db: SqlDatabase, table: string): string[] {
  const volatile = new Set(['online', 'last_seen_at', 'status_since', 'detail_fetched_at'])
  return db
    .all<Record<string, unknown>>(`SELECT * FROM ${table}`)
    .map((row) => JSON.stringify(Object.entries(row).filter(([k]) => !volatile.has(k))))
    .sort()
}

/** Whole pages only: every recorded page has exactly its rows in its table. */
export function pagesAreWhole(db: SqlDatabase): string[] {
  const tables: Readonly<Record<string, string>> = {
    devices: 'devices',
    accessGroups: 'access_groups',
    accounts: 'accounts',
    staffAccesses: 'staff_accesses',
    persons: 'persons',
    recycledPersons: 'recycled_persons',
    organisations: 'organisations',
    channels: 'channels',
    accessAuths: 'access_auths',
    authTasks: 'auth_tasks',
  }
  const problems: string[] = []
  const pages = db.all<{ connection_id: string; project_id: string; coll: string; page_no: number; item_count: number }>('SELECT * FROM sync_pages')
  for (const p of pages) {
    const table = tables[p.coll] ?? (p.coll.startsWith('authTaskRecords/') ? 'auth_task_records' : null)
    if (!table) continue
    const n =
      db.get<{ n: number }>(
        `SELECT COUNT(*) AS n FROM ${table} WHERE connection_id = ? AND project_id = ? AND coll = ? AND page_no = ?`,
        p.connection_id,
        p.project_id,
        p.coll,
        p.page_no,
      )?.n ?? 0
    if (n !== p.item_count) problems.push(`${p.coll} page ${p.page_no}: ${n} rows, recorded ${p.item_count}`)
  }
  return problems
}
