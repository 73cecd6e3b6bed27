import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AkuvoxAccessGroup } from '../../../src/shared/domain/akuvox'
import type { HealthChange } from '../../../src/shared/domain/devices'
import type { OutboxEntry } from '../../../src/shared/domain/outbox'
import { silentLogger } from '../../../src/main/log/logger'
import { type RunningSandboxes, startSandboxes } from '@fieldkey/sandbox'
import type { CloudSession } from '../../../src/main/services/connections/cloud-session'
import { HealthMonitor } from '../../../src/main/services/health/health-monitor'
import { OutboxService } from '../../../src/main/services/outbox/outbox-service'
import { accessGroupBase } from '../../../src/main/services/outbox/versions'
import { outboxOperations } from '../../../src/main/services/outbox-operations'
import { AccessGroupsRepo } from '../../../src/main/store/cache/access-groups-repo'
import { DevicesRepo } from '../../../src/main/store/cache/devices-repo'
import { openNodeSqlite } from '../../../src/main/store/driver'
import { AKUVOX_CONNECTION, openTestStore, sessionsFor, syncService } from './harness'

/** A create takes the update's fields without the group id. */
function withoutId<T extends { readonly accessGroupId: string }>(input: T): Omit<T, 'accessGroupId'> {
  const { accessGroupId: _id, ...rest } = input
  return rest
}

let sandboxes: RunningSandboxes
let projectId: string
let clock = Date.UTC(2026, 0, 5, 10, 2)
const now = (): number => clock
const admin = async (path: string, body: unknown): Promise<void> => {
  const res = await fetch(`${sandboxes.info.admin?.baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  if (!res.ok) throw new Error(`${path}: ${res.status}`)
}

beforeAll(async () => {
  sandboxes = await startSandboxes({ seed: 3, scale: 60, clock: { now: () => Date.UTC(2026, 0, 5, 10, 2) } })
  const state = (await (await fetch(`${sandboxes.info.admin?.baseUrl}/akuvox/state`)).json()) as { projects: { project_id: string }[] }
  projectId = state.projects[0]?.project_id ?? ''
})
afterAll(() => sandboxes.close())

describe('health monitor against the sandbox', () => {
  it('shows a device the sandbox takes offline as a transition within one poll, and an unreachable cloud as such', async () => {
    const db = openTestStore(sandboxes.info)
    await syncService(db, sandboxes.info, [], now).syncProject(AKUVOX_CONNECTION, projectId)
    const changes: HealthChange[] = []
    const monitor = new HealthMonitor({ db, session: sessionsFor(sandboxes.info), now, logger: silentLogger, onChange: (c) => changes.push(c) })
    const scope = { connectionId: AKUVOX_CONNECTION, projectId }
    const target = new DevicesRepo(db).list(scope, { online: true, limit: 1 })[0]
    if (!target) throw new Error('no online device')
    clock += 60_000
    await monitor.pollNow(AKUVOX_CONNECTION, projectId)
    await admin(`/akuvox/devices/${target.deviceId}/online`, { online: false })
    clock += 60_000
    const change = await monitor.pollNow(AKUVOX_CONNECTION, projectId)
    expect(change.transitions).toEqual([{ deviceId: target.deviceId, online: false, at: clock }])
    expect(changes.at(-1)?.transitions).toEqual(change.transitions)
    expect(new DevicesRepo(db).get(scope, target.deviceId)).toMatchObject({ online: false, lastSeenAt: clock - 60_000, statusSince: clock })
    expect(monitor.freshness(AKUVOX_CONNECTION, projectId)).toEqual({ kind: 'fresh', checkedAt: clock })

    // The cloud goes away: "unreachable", the devices keep their last known state.
    const unreachable = new HealthMonitor({
      db,
      session: async (): Promise<CloudSession> => {
        const dead = await sessionsFor({ ...sandboxes.info, akuvox: { ...sandboxes.info.akuvox, baseUrl: 'http://127.0.0.1:9' } })(AKUVOX_CONNECTION)
        return dead
      },
      now,
      logger: silentLogger,
      onChange: (c) => changes.push(c),
    })
    clock += 60_000
    const down = await unreachable.pollNow(AKUVOX_CONNECTION, projectId)
    expect(down.freshness).toMatchObject({ kind: 'cloudUnreachable', lastCheckedAt: clock - 60_000 })
    expect(new DevicesRepo(db).get(scope, target.deviceId)?.online).toBe(false)
    clock += 10 * 60_000
    expect(monitor.freshness(AKUVOX_CONNECTION, projectId)).toMatchObject({ kind: 'cloudUnreachable' })
    db.close()
  })
})

describe('outbox against the sandbox', () => {
  it('keeps changes across a reopen, replays them in order after review, reports a conflict unapplied and keeps a failure', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'fk-outbox-')), 'fieldkey.db')
    let db = openTestStore(sandboxes.info, path)
    await syncService(db, sandboxes.info, [], now).syncProject(AKUVOX_CONNECTION, projectId)
    const groups = new AccessGroupsRepo(db).list({ connectionId: AKUVOX_CONNECTION, projectId })
    const custom = groups.filter((g) => g.summary.accessGroupType === 'customized' && g.detail !== null)
    const [a, b] = custom.map((g) => g.detail as AkuvoxAccessGroup)
    if (!a || !b) throw new Error('need two customized groups')
    const update = (g: AkuvoxAccessGroup, name: string) => ({
      kind: 'akuvox.accessGroup.update' as const,
      input: {
        projectId,
        accessGroupId: g.accessGroupId,
        accessGroupName: name,
        devices: g.devices.map((d) => ({
          deviceId: d.deviceId,
          buildingId: d.buildingId,
          mac: d.mac,
          relayIds: d.relays.map((r) => r.relayId),
          securityRelayIds: d.securityRelays.map((r) => r.relayId),
        })),
        repeatMode: 'daily' as const,
        startTime: '08:00:00',
        finishTime: '18:00:00',
      },
    })
    const seen: (readonly OutboxEntry[])[] = []
    const deps = { session: sessionsFor(sandboxes.info), now, logger: silentLogger, onChange: (e: readonly OutboxEntry[]) => seen.push(e) }
    let outbox = new OutboxService({ db, ...deps, operations: outboxOperations(db) })
    // Made offline: the base is what the cache showed.
    const first = outbox.enqueue({ connectionId: AKUVOX_CONNECTION, projectId, operation: update(a, 'Gym (renamed offline)'), base: accessGroupBase(a) })
    const conflicting = outbox.enqueue({ connectionId: AKUVOX_CONNECTION, projectId, operation: update(b, 'Mine'), base: accessGroupBase(b) })
    const failing = outbox.enqueue({
      connectionId: AKUVOX_CONNECTION,
      projectId,
      operation: { kind: 'akuvox.accessGroup.delete', projectId, accessGroupId: 'g-does-not-exist' },
      base: null,
    })
    const created = outbox.enqueue({
      connectionId: AKUVOX_CONNECTION,
      projectId,
      operation: { kind: 'akuvox.accessGroup.create', input: withoutId(update(a, 'Created offline').input) },
      base: null,
    })
    expect(seen.at(-1)?.length).toBe(4)
    db.close()

    // Meanwhile someone edits group b on the server.
    const session = await sessionsFor(sandboxes.info)(AKUVOX_CONNECTION)
    if (session.vendor !== 'akuvox') throw new Error('akuvox session expected')
    await session.client.updateAccessGroup(update(b, 'Theirs').input)

    db = openTestStore(sandboxes.info, path)
    outbox = new OutboxService({ db, ...deps, operations: outboxOperations(db) })
    expect(outbox.list().map((e) => e.id)).toEqual([first.id, conflicting.id, failing.id, created.id])
    const outcomes = await outbox.replay(outbox.list().map((e) => e.id))
    expect(outcomes.map((o) => o.kind)).toEqual(['applied', 'conflict', 'failed', 'applied'])
    const conflict = outcomes[1]
    if (conflict?.kind !== 'conflict') throw new Error('conflict expected')
    expect(conflict.conflict.base.snapshot).toMatchObject({ accessGroupName: b.accessGroupName })
    expect(conflict.conflict.current?.snapshot).toMatchObject({ accessGroupName: 'Theirs' })
    expect((await session.client.getAccessGroupInfo({ projectId, accessGroupId: b.accessGroupId })).accessGroupName).toBe('Theirs')
    expect((await session.client.getAccessGroupInfo({ projectId, accessGroupId: a.accessGroupId })).accessGroupName).toBe('Gym (renamed offline)')

    const left = outbox.list()
    expect(left.map((e) => [e.id, e.state])).toEqual([
      [conflicting.id, 'conflict'],
      [failing.id, 'failed'],
    ])
    expect(left[1]?.lastError?.code).toBe('not_found')
    expect(left[1]?.attempts).toBe(1)
    expect(outbox.results(failing.id).map((r) => r.outcome)).toEqual(['failed'])

    // Having seen both sides, the installer uses their own change for everything: it is based on the server version now.
    expect(outbox.resolve(conflicting.id, { kind: 'mine' })).toBe(true)
    expect((await outbox.replay([conflicting.id])).map((o) => o.kind)).toEqual(['applied'])
    expect((await session.client.getAccessGroupInfo({ projectId, accessGroupId: b.accessGroupId })).accessGroupName).toBe('Mine')
    expect(outbox.discard(failing.id)).toBe(true)
    expect(outbox.count()).toBe(0)
    db.close()
    const raw = openNodeSqlite(path)
    expect(raw.get<{ n: number }>('SELECT COUNT(*) AS n FROM outbox_results')?.n).toBe(5)
    raw.close()
  })
})
