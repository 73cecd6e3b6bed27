import { spawnSync } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { loadKeytar } from '../../../../src/main/vault/keychain-probe'
import { createSecretStore, memorySecretStore } from '../../../../src/main/vault/secret-store'

const hasBus = Boolean(process.env.DBUS_SESSION_BUS_ADDRESS)

describe('SecretStore', () => {
  it.runIf(hasBus)('keeps a connection’s secrets in the real OS keychain (gnome-keyring over D-Bus)', async () => {
    const store = await createSecretStore(loadKeytar, 'fieldkey-test')
    expect(store.status()).toEqual({ backend: 'os-keychain' })
    const account = `conn-${randomUUID()}`
    const secret = JSON.stringify({ clientSecret: 's3cr3t-ü-密钥', password: 'p@ss' })
    await store.set(account, secret)
    expect(await store.get(account)).toBe(secret)
    // A second, independent keytar handle sees the same entry: it really is in the keyring.
    const keytar = await loadKeytar()
    expect(await keytar.getPassword('fieldkey-test', account)).toBe(secret)
    expect(await store.delete(account)).toBe(true)
    expect(await store.get(account)).toBeNull()
    expect(await store.delete(account)).toBe(false)
  })

  it('without a Secret Service, keytar really fails (the premise of the fallback)', () => {
    const child = spawnSync(
      process.execPath,
      ['-e', "require('keytar').findCredentials('fieldkey').then(() => process.exit(0), (e) => { console.error(e.message); process.exit(3) })"],
      { env: { ...process.env, DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/bus', DISPLAY: '' }, encoding: 'utf8', timeout: 60_000 },
    )
    expect(child.status).toBe(3)
    expect(child.stderr.length).toBeGreaterThan(0)
  })

  it('falls back to memory with the reason when the keychain does not answer', async () => {
    const store = await createSecretStore(async () => ({
      findCredentials: () => Promise.reject(new Error('The name org.freedesktop.secrets was not provided by any .service files')),
      getPassword: () => Promise.reject(new Error('unreachable')),
      setPassword: () => Promise.reject(new Error('unreachable')),
      deletePassword: () => Promise.reject(new Error('unreachable')),
    }))
    expect(store.status()).toEqual({
      backend: 'memory',
      cause: 'no-secret-service',
      reason: 'The name org.freedesktop.secrets was not provided by any .service files',
    })
    await store.set('c1', 'v')
    expect(await store.get('c1')).toBe('v')
  })

  it('falls back to memory, saying keytar is not installed, when the module cannot be found', async () => {
    const store = await createSecretStore(() => Promise.reject(Object.assign(new Error("Cannot find module 'keytar'"), { code: 'MODULE_NOT_FOUND' })))
    expect(store.status()).toEqual({ backend: 'memory', cause: 'module-missing', reason: 'keytar not installed' })
    await store.set('c1', 'v')
    expect(await store.get('c1')).toBe('v')
  })

  it('the memory store forgets on delete and keeps accounts apart', async () => {
    const store = memorySecretStore('test')
    await store.set('a', '1')
    await store.set('b', '2')
    expect(await store.delete('a')).toBe(true)
    expect(await store.get('a')).toBeNull()
    expect(await store.get('b')).toBe('2')
  })
})
