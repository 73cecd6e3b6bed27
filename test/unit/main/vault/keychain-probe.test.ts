import { mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadKeytar, probeKeychain } from '../../../../src/main/vault/keychain-probe'

// `npm test` runs the suite inside a D-Bus session with an unlocked gnome-keyring
// (scripts/with-keyring.sh), so this talks to a real Secret Service.
const hasBus = Boolean(process.env.DBUS_SESSION_BUS_ADDRESS)

/** Node's own loader asked for keytar from a folder with no node_modules above it (`/tmp`). */
async function requireMissing(): Promise<never> {
  const dir = mkdtempSync(join(tmpdir(), 'fieldkey-nokeytar-'))
  try {
    return createRequire(join(dir, 'load.cjs'))('keytar') as never
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

describe('keychain probe', () => {
  it.runIf(hasBus)('finds the real OS keychain through keytar', async () => {
    expect(await probeKeychain(loadKeytar)).toEqual({ backend: 'os-keychain' })
  })

  it('falls back to memory, with the reason, when keytar loads but no keychain answers', async () => {
    const status = await probeKeychain(async () => ({
      findCredentials: () => Promise.reject(new Error('Cannot autolaunch D-Bus without X11 $DISPLAY')),
    }))
    expect(status).toEqual({ backend: 'memory', cause: 'no-secret-service', reason: 'Cannot autolaunch D-Bus without X11 $DISPLAY' })
  })

  it('says "keytar not installed" when the module is not in node_modules', async () => {
    expect(await probeKeychain(requireMissing)).toEqual({ backend: 'memory', cause: 'module-missing', reason: 'keytar not installed' })
  })

  it('keeps the loader’s first line when keytar is there but cannot load', async () => {
    const status = await probeKeychain(() =>
      Promise.reject(new Error('libsecret-1.so.0: cannot open shared object file: No such file or directory\n    at Module._extensions..node')),
    )
    expect(status).toEqual({
      backend: 'memory',
      cause: 'module-missing',
      reason: 'keytar could not be loaded: libsecret-1.so.0: cannot open shared object file: No such file or directory',
    })
  })
})
