import { createApi } from './create-api'
import { createWsTransport } from './ws-transport'

/**
 * Loaded only by the headless host (it injects this script before the app's own): builds the
 * same `window.fieldkey` the Electron preload exposes, over a WebSocket to the host. The
 * per-launch secret comes from the URL fragment the host printed.
 */
const secret = new URLSearchParams(location.hash.slice(1)).get('key') ?? ''
const origin = `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}`

Object.defineProperty(window, 'fieldkey', {
  value: createApi(
    createWsTransport({ origin, secret }),
  ),
  writable: false,
  configurable: false,
})
