import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import type { ConnectionSummary, ProjectSummary } from '@shared/domain/connection'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Core } from '../../../src/main/core/core'
import { testCore } from '../../helpers/core'

/**
 * Health watches follow the open project. Polls are counted in the cache's own record of them
 * (health_polls.last_attempt_at, read through a second SQLite connection): a closed project's
 * record stands still while the open one's moves on.
 */
type Scope = { readonly connectionId: string; readonly projectId: string }

let core: Core
let cache: DatabaseSync
let tuya: Scope
let akuvox: Scope

async function value<T>(channel: string, input?: unknown): Promise<T> {
  const result = await core.router.dispatch(channel, input, { origin: 'headless' })
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`)
  return result.value as T
}

async function demo(vendor: 'akuvox' | 'tuya'): Promise<Scope> {
  const connection = await value<ConnectionSummary>('connections:openDemo', { vendor })
  const [project] = await value<ProjectSummary[]>('projects:list', { id: connection.id })
  return { connectionId: connection.id, projectId: project!.id }
}

const lastPoll = (s: Scope): number | null =>
  (cache.prepare('SELECT last_attempt_at FROM health_polls WHERE connection_id = ? AND project_id = ?').get(s.connectionId, s.projectId)?.last_attempt_at as
    number | undefined) ?? null

/** Waits for `s` to be polled `times` more times. */
async function polled(s: Scope, times: number): Promise<void> {
  for (let i = 0; i < times; i++) {
    const before = lastPoll(s)
    await expect.poll(() => lastPoll(s), { timeout: 20_000, interval: 5 }).not.toBe(before)
  }
}

beforeAll(async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'fk-health-'))
  // Polls 20 ms apart, so each one stamps a new millisecond.
  core = testCore({ dataDir, healthTiming: { intervalMs: 20, maxBackoffMs: 20 } })
  cache = new DatabaseSync(join(dataDir, 'fieldkey.db'), { readOnly: true })
  tuya = await demo('tuya')
  akuvox = await demo('akuvox')
})
afterAll(async () => {
  cache.close()
  await core.close()
})

describe('health watches', () => {
  it('stop when their project closes because another one opens', async () => {
    await value('project:open', tuya)
    await polled(tuya, 2)
    await value('project:open', akuvox)
    await polled(akuvox, 2)
    const closedAt = lastPoll(tuya)
    await polled(akuvox, 3)
    expect(lastPoll(tuya)).toBe(closedAt)
  })
})
