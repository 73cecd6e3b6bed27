import { mkdtempSync, readFileSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ConnectionSummary } from '@shared/domain/connection'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Core } from '../../../src/main/core/core'
import { fileSink } from '../../../src/main/log/file-sink'
import { createLogger } from '../../../src/main/log/logger'
import { Redactor } from '../../../src/main/log/redact'
import { type RunningSandboxes, startSandboxes } from '@fieldkey/sandbox'
import { memorySecretStore } from '../../../src/main/vault/secret-store'
import { testCore } from '../../helpers/core'

/**
 * Connections against the real sandbox clouds over HTTP, through the real router: what the
 * renderer sends is exactly what these tests send.
 */
let sandboxes: RunningSandboxes
let core: Core
let dataDir: string
const secrets = memorySecretStore('test')
const payloads: string[] = []
const events: string[] = []

async function call(channel: string, input?: unknown) {
  const result = await core.router.dispatch(channel, input, { origin: 'headless' })
  payloads.push(JSON.stringify(result))
  return result as { ok: true; value: never } | { ok: false; error: { code: string; messageKey: string; vendor?: { code?: string } } }
}

async function value<T>(channel: string, input?: unknown): Promise<T> {
  const result = await call(channel, input)
  if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`)
  return result.value as T
}

beforeAll(async () => {
  sandboxes = await startSandboxes({ seed: 7 })
  dataDir = mkdtempSync(join(tmpdir(), 'fk-conn-'))
  const redactor = new Redactor()
  core = testCore({ dataDir, secrets, redactor, logger: createLogger(fileSink(join(dataDir, 'logs')), redactor, { level: 'debug' }) })
  core.events.subscribe((_channel, payload) => events.push(JSON.stringify(payload)))
})
afterAll(async () => {
  await core.close()
  await sandboxes.close()
})

const akuvox = () => sandboxes.info.akuvox
const tuya = () => sandboxes.info.tuya

function addAkuvox(overrides: Record<string, string> = {}) {
  return call('connections:add', {
    vendor: 'akuvox',
    label: 'Harbour View',
    server: { kind: 'custom', baseUrl: akuvox().baseUrl },
    credentials: { clientId: akuvox().clientId, clientSecret: akuvox().clientSecret, username: akuvox().username, password: akuvox().password, ...overrides },
  })
}

function addTuya(overrides: Record<string, string> = {}) {
  return call('connections:add', {
    vendor: 'tuya',
    label: 'Riverside Tower',
    server: { kind: 'custom', baseUrl: tuya().baseUrl },
    credentials: { accessId: tuya().accessId, accessSecret: tuya().accessSecret, projectId: tuya().projectId, ...overrides },
  })
}

describe('connections', () => {
  it('adds an Akuvox connection only after signing in, and lists its projects', async () => {
    const added = await addAkuvox()
    expect(added.ok).toBe(true)
    const connection = (added as { value: ConnectionSummary }).value
    expect(connection).toMatchObject({ vendor: 'akuvox', label: 'Harbour View', hasCredentials: true, state: { kind: 'signedIn' } })
    expect(connection.account).toEqual({ vendor: 'akuvox', clientId: akuvox().clientId, username: akuvox().username })
    const projects = await value<Array<{ id: string; name: string }>>('projects:list', { id: connection.id })
    expect(projects.length).toBeGreaterThan(0)
    const chosen = await value<ConnectionSummary>('projects:choose', { id: connection.id, projectId: projects[0]!.id })
    expect(chosen.defaultProjectId).toBe(projects[0]!.id)
    expect(chosen.lastUsedAt).not.toBeNull()
  })

  it('refuses an Akuvox connection with a wrong secret and saves nothing', async () => {
    const before = (await value<ConnectionSummary[]>('connections:list')).length
    const result = await addAkuvox({ clientSecret: 'wrong-secret-value' })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.code).toBe('auth')
    expect((await value<ConnectionSummary[]>('connections:list')).length).toBe(before)
  })

  it('adds a Tuya connection (signed requests) and checks its project', async () => {
    const connection = await value<ConnectionSummary>('connections:add', {
      vendor: 'tuya',
      label: 'Riverside Tower',
      server: { kind: 'custom', baseUrl: tuya().baseUrl },
      credentials: { accessId: tuya().accessId, accessSecret: tuya().accessSecret, projectId: tuya().projectId },
    })
    expect(connection).toMatchObject({ vendor: 'tuya', defaultProjectId: tuya().projectId, state: { kind: 'signedIn' } })
    const projects = await value<Array<{ id: string }>>('projects:list', { id: connection.id })
    expect(projects.map((p) => p.id)).toEqual([tuya().projectId])
  })

  it('explains a wrong Tuya secret with the vendor’s own code (1004: signature rejected)', async () => {
    const result = await addTuya({ accessSecret: 'x'.repeat(32) })
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.code).toBe('auth')
      expect(result.error.vendor?.code).toBe('1004')
      expect(result.error.messageKey).toBe('errors.tuya.1004')
    }
  })

  it('refuses a plain-http address that is not loopback, naming the field', async () => {
    const result = await call('connections:add', {
      vendor: 'tuya',
      label: 'x',
      server: { kind: 'custom', baseUrl: 'http://openapi.tuyaeu.com' },
      credentials: { accessId: 'a', accessSecret: 'b', projectId: 'c' },
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', messageKey: 'errors.baseUrl.https' } })
  })

  it('edits a label without signing in again; a changed secret is tested before it is saved', async () => {
    const c = await value<ConnectionSummary>('connections:add', {
      vendor: 'akuvox',
      label: 'Old name',
      server: { kind: 'custom', baseUrl: akuvox().baseUrl },
      credentials: { clientId: akuvox().clientId, clientSecret: akuvox().clientSecret, username: akuvox().username, password: akuvox().password },
    })
    expect((await value<ConnectionSummary>('connections:edit', { id: c.id, label: 'New name' })).label).toBe('New name')
    const bad = await call('connections:edit', { id: c.id, credentials: { vendor: 'akuvox', password: 'not-the-password' } })
    expect(bad.ok).toBe(false)
    // The saved password is still the good one: a test signs in fine.
    expect((await value<ConnectionSummary>('connections:signOut', { id: c.id })).state).toEqual({ kind: 'signedOut' })
    expect((await value<ConnectionSummary>('connections:test', { id: c.id })).state.kind).toBe('signedIn')
  })

  it('removes a connection: its keychain entry and its row are gone', async () => {
    const c = await value<ConnectionSummary>('connections:add', {
      vendor: 'tuya',
      label: 'To remove',
      server: { kind: 'custom', baseUrl: tuya().baseUrl },
      credentials: { accessId: tuya().accessId, accessSecret: tuya().accessSecret, projectId: tuya().projectId },
    })
    expect(await secrets.get(c.id)).not.toBeNull()
    await value('connections:remove', { id: c.id })
    expect(await secrets.get(c.id)).toBeNull()
    expect((await value<ConnectionSummary[]>('connections:list')).some((x) => x.id === c.id)).toBe(false)
    expect(await call('connections:test', { id: c.id })).toMatchObject({ ok: false, error: { code: 'not_found' } })
  })

  it('opens the demo sites on the built-in sandbox, once per vendor', async () => {
    const a = await value<ConnectionSummary>('connections:openDemo', { vendor: 'akuvox' })
    const again = await value<ConnectionSummary>('connections:openDemo', { vendor: 'akuvox' })
    const t = await value<ConnectionSummary>('connections:openDemo', { vendor: 'tuya' })
    expect(again.id).toBe(a.id)
    expect(a).toMatchObject({ isDemo: true, state: { kind: 'signedIn' }, hasCredentials: true })
    expect(t).toMatchObject({ isDemo: true, vendor: 'tuya', state: { kind: 'signedIn' } })
    expect((await value<Array<unknown>>('projects:list', { id: a.id })).length).toBeGreaterThan(0)
    const demoEdit = await call('connections:edit', { id: a.id, server: { kind: 'region', region: 'eu' } })
    expect(demoEdit.ok).toBe(false)
  })

  it('never lets a secret or token reach the database file, the log file or an IPC payload', async () => {
    const secretsToFind = [akuvox().clientSecret, akuvox().password, tuya().accessSecret]
    // Tokens the clients minted during the tests live in the (memory) keychain: collect them.
    const keychainValues = await Promise.all((await value<ConnectionSummary[]>('connections:list')).filter((c) => !c.isDemo).map((c) => secrets.get(c.id)))
    const tokens = keychainValues.flatMap((v) => {
      const parsed = v ? (JSON.parse(v) as { tokens: { accessToken: string; refreshToken: string | null } | null }) : null
      return parsed?.tokens ? [parsed.tokens.accessToken, parsed.tokens.refreshToken ?? ''].filter(Boolean) : []
    })
    expect(tokens.length).toBeGreaterThan(0)
    const files = [join(dataDir, 'fieldkey.db'), join(dataDir, 'fieldkey.db-wal'), ...readdirSync(join(dataDir, 'logs')).map((f) => join(dataDir, 'logs', f))]
    const haystacks = [
      ...files.map((f) => {
        try {
          return readFileSync(f).toString('latin1')
        } catch {
          return ''
        }
      }),
      ...payloads,
      ...events,
    ]
    expect(readFileSync(join(dataDir, 'logs', 'main.log'), 'utf8')).toContain('cloud call')
    for (const needle of [...secretsToFind, ...tokens]) {
      for (const hay of haystacks) expect(hay.includes(needle), `found ${needle.slice(0, 6)}…`).toBe(false)
    }
  })
})
