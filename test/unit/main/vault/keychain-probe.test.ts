import { describe, expect, it } from 'vitest'
import { loadKeytar, probeKeychain } from '../../../../src/main/vault/keychain-probe'

// `npm test` runs the suite inside a D-Bus session with an unlocked gnome-keyring
// (scripts/with-keyring.sh), so this talks to a real Secret Service.
const hasBus = Boolean(process.env.DBUS_SESSION_BUS_ADDRESS)

describe('keychain probe', () => {
  it.runIf(hasBus)('finds the real OS keychain through keytar', async () => {
    expect(await probeKeychain(loadKeytar)).toEqual({ backend: 'os-keychain' })
  })

  it('falls back to memory, with the reason, when no keychain answers', async () => {
    const status = await probeKeychain(async () => ({
      findCredentials: () => Promise.reject(new Error('Cannot autolaunch D-Bus without X11 $DISPLAY')),
    }))
    expect(status).toEqual({ backend: 'memory', reason: 'Cannot autolaunch D-Bus without X11 $DISPLAY' })
  })

  it('falls back to memory when keytar itself cannot load', async () => {
    const status = await probeKeychain(() => Promise.reject(new Error('libsecret-1.so.0: cannot open shared object file')))
    expect(status.backend).toBe('memory')
  })
})
