import type { KeychainStatus, Runtime } from '@shared/domain/app-info'
import { HttpTransport, type FetchLike } from './clouds/http'
import { EventHub } from './ipc/events'
import { type Handlers, type Router, createRouter } from './ipc/router'
import type { Logger } from './log/logger'
import { createAppService } from './services/app-service'
import { NetworkMonitor, type NetworkProbe } from './services/network-monitor'

export interface CoreOptions {
  readonly runtime: Runtime
  readonly name: string
  readonly version: string
  readonly dataDir: string
  readonly electronVersion: string | null
  readonly chromeVersion: string | null
  /** `net.fetch` in Electron, the global `fetch` elsewhere: every cloud call goes through it. */
  readonly fetch: FetchLike
  readonly networkProbe: NetworkProbe
  readonly keychainStatus: () => Promise<KeychainStatus>
  readonly logger: Logger
}

export interface Core {
  readonly router: Router
  readonly events: EventHub
  /** The cloud transport the services build their clients on. */
  readonly transport: HttpTransport
  start(): void
  close(): Promise<void>
}

/**
 * The main-process core, identical under Electron and the headless host: services, the router
 * over them, and the event hub. Only the transport to the renderer differs.
 */
export function createCore(options: CoreOptions): Core {
  const events = new EventHub()
  const logger = options.logger
  const transport = new HttpTransport({ fetch: options.fetch, logger: logger.child('http') })
  let keychain: Promise<KeychainStatus> | undefined
  const app = createAppService(options, () => (keychain ??= options.keychainStatus()))
  const network = new NetworkMonitor(options.networkProbe, (state) => {
    logger.info('network state changed', { online: state.online })
    events.emit('network:changed', state)
  })

  const handlers: Handlers = {
    'app:info': () => app.info(),
    'app:ping': ({ message }) => app.ping(message),
    'network:status': () => network.check(),
  }

  return {
    router: createRouter(handlers, logger.child('ipc')),
    events,
    transport,
    start: () => network.start(),
    async close() {
      network.stop()
    },
  }
}
