import { createApi } from './create-api'
import { SECRET_STORAGE_KEY, readLaunchSecret } from './launch-secret'
import { createWsTransport } from './ws-transport'

/**
 * Loaded only by the headless host (it injects this script before the app's own): builds the
 * same `window.fieldkey` the Electron preload exposes, over a WebSocket to the host. The
 * per-launch secret comes from the URL fragment the host printed; the bridge removes it from the
 * address at once and keeps it in this tab's sessionStorage (scoped to the host's origin, gone
 * with the tab), so a reload still connects while history never holds the secret.
 */
const { secret, cleanAddress } = readLaunchSecret(
  location.href,
  tabStorage(() => sessionStorage.getItem(SECRET_STORAGE_KEY)),
)
if (cleanAddress !== null) {
  const kept = tabStorage(() => {
    sessionStorage.setItem(SECRET_STORAGE_KEY, secret)
    return true
  })
  // Where the tab cannot keep it (site storage blocked) the address keeps it, or a reload would lock out.
  if (kept) history.replaceState(history.state, '', cleanAddress)
}
const origin = `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}`

/** A browser that blocks site storage throws on any access to it. */
function tabStorage<T>(use: () => T): T | null {
  try {
    return use()
  } catch {
    return null
  }
}

Object.defineProperty(window, 'fieldkey', {
  value: createApi(createWsTransport({ origin, secret })),
  writable: false,
  configurable: false,
})
