import type { ConnectionSummary, RequestRate } from '@shared/domain/connection'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Core } from '../../../src/main/core/core'
import { memorySecretStore } from '../../../src/main/vault/secret-store'
import { type RunningSandboxes, startSandboxes } from '@fieldkey/sandbox'
import { testCore } from '../../helpers/core'

/**
 * The pace Fieldkey asks a cloud at, through the real core over HTTP against the sandbox: learned
 * from the sandbox's own rate limit during a sync, kept across a restart, and held under the
 * installer's ceiling.
 */
let sandboxes: RunningSandboxes
let core: Core
const dataDir = mkdtempSync(join(tmpdir(), 'fk-rate-'))
const secrets = memorySecretStore('test')
let id = ''
let projectId = ''

async function dispatch(channel: string, input?: unknown) {
  return (await core.router.dispatch(channel, input, { origin: 'headless' })) as
    | { ok: true; value: unknown }
    | { ok: false; error: { code: string; messageKey?: string; issues?: readonly { path: readonly (string | number)[]; kind: string }[] } }
}

async function value<T>(channel: string, input?: unknown): Promise<T> {
  const result = await dispatch(channel, input)
  if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`)
  return result.value as T
}

function synced(): Promise<void> {
  return new Promise((resolve) => {
    const off = core.events.subscribe((channel) => {
      if (channel !== 'sync:outcome') return
      off()
      resolve()
    })
  })
}

beforeAll(async () => {
  sandboxes = await startSandboxes({ seed: 7, scale: 60 })
  core = testCore({ dataDir, secrets })
  const a = sandboxes.info.akuvox
  id = (
    await value<ConnectionSummary>('connections:add', {
      vendor: 'akuvox',
      label: 'Harbour View',
      server: { kind: 'custom', baseUrl: a.baseUrl },
      credentials: { clientId: a.clientId, clientSecret: a.clientSecret, username: a.username, password: a.password },
    })
  ).id
  projectId = (await value<{ id: string }[]>('projects:list', { id }))[0]?.id ?? ''
})
afterAll(async () => {
  await core.close()
  await sandboxes.close()
})

describe('the request rate of a connection', () => {
  it('is learned from the cloud throttling a sync, stays under its limit, and is remembered across a restart', async () => {
    await fetch(`${sandboxes.info.admin!.baseUrl}/faults/akuvox`, { method: 'POST', body: JSON.stringify({ rateLimitPerSecond: 4 }) })
    const done = synced()
    await value('sync:start', { connectionId: id, projectId })
    await done
    const learned = await value<RequestRate>('connections:requestRate', { id })
    expect(learned.maxPerSecond).toBeNull()
    expect(learned.currentPerSecond).not.toBeNull()
    expect(learned.currentPerSecond).toBeLessThanOrEqual(4)

    await core.close()
    core = testCore({ dataDir, secrets })
    const remembered = await value<RequestRate>('connections:requestRate', { id })
    expect(remembered.currentPerSecond).toBeGreaterThan(0)
    expect(remembered.currentPerSecond).toBeLessThanOrEqual(4)
  })

  it('takes the installer’s ceiling, holds the rate under it, and lifts it when left blank', async () => {
    const capped = await value<RequestRate>('connections:setMaxRate', { id, maxPerSecond: 2 })
    expect(capped.maxPerSecond).toBe(2)
    await fetch(`${sandboxes.info.admin!.baseUrl}/faults/akuvox`, { method: 'DELETE' })
    const done = synced()
    await value('sync:start', { connectionId: id, projectId })
    await done
    expect((await value<RequestRate>('connections:requestRate', { id })).currentPerSecond).toBeLessThanOrEqual(2)
    expect(await value<RequestRate>('connections:setMaxRate', { id, maxPerSecond: null })).toMatchObject({ maxPerSecond: null })
  })

  it('refuses a ceiling out of range with the field it names, and a connection that does not exist', async () => {
    for (const maxPerSecond of [0, -1, 1001]) {
      const refused = await dispatch('connections:setMaxRate', { id, maxPerSecond })
      expect(refused.ok).toBe(false)
      if (refused.ok) continue
      expect(refused.error.code).toBe('invalid_input')
      expect(refused.error.issues?.[0]?.path).toEqual(['maxPerSecond'])
    }
    const unknown = await dispatch('connections:requestRate', { id: '00000000-0000-4000-8000-000000000000' })
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not_found', messageKey: 'errors.connections.notFound' } })
  })
})
