import type { AccessGroupsChanged, SiteDevice } from '../../../src/shared/domain/access-groups'
import type { OutboxEntry, ReplayOutcome } from '../../../src/shared/domain/outbox'
import type { SyncOutcome } from '../../../src/shared/ipc/channels/sync'
import { silentLogger } from '../../../src/main/log/logger'
import type { RunningSandboxes } from '@fieldkey/sandbox'
import { AccessGroupsService } from '../../../src/main/services/access-groups'
import { OutboxService } from '../../../src/main/services/outbox/outbox-service'
import { outboxOperations } from '../../../src/main/services/outbox-operations'
import { replayAndRefresh } from '../../../src/main/services/outbox/replay-and-refresh'
import type { SqlDatabase } from '../../../src/main/store/driver'
import { AKUVOX_CONNECTION, openTestStore, sessionsFor, syncService } from '../sync/harness'

/** The installation the harness's changes are recorded as made from. */
export const INSTALL = { installId: 'install-here', machineName: 'field-laptop' } as const

export interface SandboxGroup {
  readonly project_id: string
  readonly id: string
  readonly name: string
  readonly type: string
  readonly repeatMode: string
  readonly availableDays: readonly string[]
  readonly startTime: string
  readonly finishTime: string
  readonly doors: readonly { readonly deviceId: string; readonly relayIds: readonly string[]; readonly securityRelayIds: readonly string[] }[]
  readonly members: readonly string[]
}

export interface Harness {
  readonly db: SqlDatabase
  readonly service: AccessGroupsService
  readonly outbox: OutboxService
  readonly changes: AccessGroupsChanged[]
  /** What each replay's re-read of the project reported, as the app emits it (`sync:outcome`). */
  readonly syncOutcomes: SyncOutcome[]
  readonly scope: { readonly connectionId: string; readonly projectId: string }
  /** Replays as the app does (`outbox:replay`): the entries, then the project read again and announced. */
  replay(entryIds: readonly number[]): Promise<ReplayOutcome[]>
  online: boolean
}

/** The service over a real SQLite file, the sandbox's cloud, a real outbox and sync. */
export function harness(sandboxes: RunningSandboxes, projectId: string): Harness {
  const db = openTestStore(sandboxes.info)
  const session = sessionsFor(sandboxes.info)
  const outbox = new OutboxService({ db, session, now: Date.now, operations: outboxOperations(db), logger: silentLogger, onChange: () => undefined })
  const sync = syncService(db, sandboxes.info)
  const changes: AccessGroupsChanged[] = []
  const syncOutcomes: SyncOutcome[] = []
  const h: Harness = {
    db,
    outbox,
    changes,
    syncOutcomes,
    scope: { connectionId: AKUVOX_CONNECTION, projectId },
    replay: (entryIds) =>
      replayAndRefresh(
        {
          outbox,
          sync: (connectionId, project) => sync.syncProject(connectionId, project),
          refreshed: (c, outcome) => {
            changes.push(c)
            syncOutcomes.push(outcome)
          },
          logger: silentLogger,
        },
        entryIds,
      ),
    online: true,
    service: new AccessGroupsService({
      db,
      session,
      outbox,
      sync: (connectionId, project) => sync.syncProject(connectionId, project),
      isOnline: () => h.online,
      now: Date.now,
      install: INSTALL,
      logger: silentLogger,
      onChange: (c) => changes.push(c),
    }),
  }
  return h
}

export async function adminGet<T>(sandboxes: RunningSandboxes, path: string): Promise<T> {
  const res = await fetch(`${sandboxes.info.admin?.baseUrl}${path}`)
  if (!res.ok) throw new Error(`${path}: ${res.status}`)
  return (await res.json()) as T
}

export async function adminSend(sandboxes: RunningSandboxes, method: 'POST' | 'DELETE', path: string, body?: unknown): Promise<void> {
  const res = await fetch(`${sandboxes.info.admin?.baseUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  if (!res.ok) throw new Error(`${path}: ${res.status}`)
}

export async function sandboxGroup(sandboxes: RunningSandboxes, id: string): Promise<SandboxGroup | undefined> {
  return (await adminGet<SandboxGroup[]>(sandboxes, '/akuvox/state/access-groups')).find((g) => g.id === id)
}

/** Two devices of the site that have at least one relay each. */
export function twoDoorDevices(devices: readonly SiteDevice[]): [SiteDevice, SiteDevice] {
  const withRelays = devices.filter((d) => d.relays.length > 0)
  const [a, b] = withRelays
  if (!a || !b) throw new Error('the site needs two devices with relays')
  return [a, b]
}

export type { OutboxEntry }
