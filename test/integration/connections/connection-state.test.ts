import type { ConnectionState, ConnectionSummary } from '@shared/domain/connection'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Core } from '../../../src/main/core/core'
import { type RunningSandboxes, startSandboxes } from '@fieldkey/sandbox'
import { testCore } from '../../helpers/core'

/**
 * A connection's state comes from what its cloud calls did, over real HTTP against the sandbox:
 * one value, pushed as `connections:changed` and read back by `connections:list`.
 */
let sandboxes: RunningSandboxes
let core: Core
let online = true
const pushed: ConnectionState[] = []
let id = ''

async function value<T>(channel: string, input?: unknown): Promise<T> {
  const result = (await core.router.dispatch(channel, input, { origin: 'headless' })) as { ok: true; value: T } | { ok: false; error: unknown }
  if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`)
  return result.value
}

async function queried(): Promise<ConnectionState | undefined> {
  return (await value<ConnectionSummary[]>('connections:list')).find((c) => c.id === id)?.state
}

const faults = (body: unknown) =>
  fetch(`${sandboxes.info.admin!.baseUrl}/faults/akuvox`, body ? { method: 'POST', body: JSON.stringify(body) } : { method: 'DELETE' })

beforeAll(async () => {
  sandboxes = await startSandboxes({ seed: 5 })
  core = testCore({ online: () => online })
  core.events.subscribe((channel, payload) => {
    if (channel !== 'connections:changed') return
    const mine = (payload as ConnectionSummary[]).find((c) => c.id === id)
    if (mine) pushed.push(mine.state)
  })
  const a = sandboxes.info.akuvox
  id = (
    await value<ConnectionSummary>('connections:add', {
      vendor: 'akuvox',
      label: 'Harbour View',
      server: { kind: 'custom', baseUrl: a.baseUrl },
      credentials: { clientId: a.clientId, clientSecret: a.clientSecret, username: a.username, password: a.password },
    })
  ).id
})
afterAll(async () => {
  await core.close()
  await sandboxes.close()
})

describe('a connection’s state from the outcome of its calls', () => {
  it('a call that cannot reach the cloud makes it "unreachable", pushed and queried alike; the next answer makes it signed in', async () => {
    expect(await queried()).toMatchObject({ kind: 'signedIn' })
    // The projects list falls back to the cache when the cloud is gone: the call still counts.
    await value('projects:list', { id })
    await faults({ dropRate: 1 })
    try {
      await value('projects:list', { id })
    } finally {
      await faults(null)
    }
    expect(pushed.at(-1)).toMatchObject({ kind: 'unreachable', error: { code: 'network' } })
    expect(await queried()).toEqual(pushed.at(-1))
    await value('projects:list', { id })
    expect(pushed.at(-1)).toMatchObject({ kind: 'signedIn' })
    expect(await queried()).toMatchObject({ kind: 'signedIn' })
  })

  it('new credentials the cloud refuses leave the saved connection as it was', async () => {
    const before = pushed.length
    const edit = await core.router.dispatch('connections:edit', { id, credentials: { vendor: 'akuvox', password: 'not-the-password' } }, { origin: 'headless' })
    expect(edit).toMatchObject({ ok: false, error: { code: 'auth' } })
    expect(pushed.slice(before).every((s) => s.kind === 'signedIn')).toBe(true)
    expect(await queried()).toMatchObject({ kind: 'signedIn' })
  })

  it('the network monitor seeing no network makes it "offline"', async () => {
    online = false
    core.start()
    await expect.poll(() => pushed.at(-1)?.kind).toBe('offline')
    expect(await queried()).toMatchObject({ kind: 'offline' })
  })
})
