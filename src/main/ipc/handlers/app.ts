import type { appInvokes } from '@shared/ipc/channels/app'
import type { createAppService } from '../../services/app-service'
import type { NetworkMonitor } from '../../services/network-monitor'
import type { Handlers } from '../router'

export function appHandlers(app: ReturnType<typeof createAppService>, network: NetworkMonitor): Pick<Handlers, keyof typeof appInvokes> {
  return {
    'app:info': () => app.info(),
    'app:ping': ({ message }) => app.ping(message),
    'network:status': () => network.check(),
  }
}
